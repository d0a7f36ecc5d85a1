#!/usr/bin/env python3
"""Opens a Köprü HTML page in headless Chromium and reports what a reader would meet.

Prints one JSON object on stdout:
  {"violations": [...axe-core violations...],
   "rows": [{"row": N, "german": {"top", "tag"}, "turkish": {"top", "tag"}}, ...],
   "blocksWithoutLanguage": [...], "screenshot": PATH, "axeVersion": "4.x",
   "viewportWidth": N, "horizontalOverflow": BOOL, "overlappingRows": [N, ...]}

"rows" lists, for every row of the parallel layout, the top coordinate of the first block in
the German cell and in the Turkish cell, so a caller can check that partners share a line;
"overlappingRows" lists the rows whose German and Turkish cells overlap on the screen.

With --choose de|tr, the one-language view is chosen first, with the keyboard only (Tab until a
radio button of the view has the focus, then arrow keys), and the report has
  "languageView": {"chosen": "de", "focusReached": BOOL, "otherBlocks": N, "visibleOther": [...],
                   "accessibleOther": [...], "visibleOwn": N}
"otherBlocks" counts the other language's paragraphs and headings in the page, "visibleOther" lists
those still shown, "accessibleOther" those whose text is still in Chromium's accessibility tree
(text that reads the same in both languages, such as an untranslated organisation's name, left out).

Usage: browser_check.py PAGE.html [--screenshot OUT.png] [--width 1280] [--dark] [--choose de|tr]
(--dark: the system asks for dark colours, `prefers-color-scheme: dark`)
Needs: Debian chromium and chromium-driver, python packages selenium and axe-core-python
(scripts/install-test-tools.sh installs them).
"""
import argparse
import json
import pathlib
import shutil
import sys


def find(program, candidates):
    for candidate in [shutil.which(program)] + candidates:
        if candidate and pathlib.Path(candidate).exists():
            return candidate
    return None


ROWS_SCRIPT = """
const rows = [];
for (const row of document.querySelectorAll('.row[data-row]')) {
  const entry = {row: Number(row.dataset.row)};
  for (const cell of row.querySelectorAll(':scope > .cell')) {
    const first = cell.firstElementChild;
    if (!first) continue;
    const key = cell.lang === 'tr' ? 'turkish' : 'german';
    entry[key] = {top: first.getBoundingClientRect().top + window.scrollY, tag: first.tagName.toLowerCase(),
                  lang: first.lang};
  }
  rows.push(entry);
}
return rows;
"""

OVERLAP_SCRIPT = """
const overlapping = [];
for (const row of document.querySelectorAll('.row[data-row]')) {
  const cells = Array.from(row.querySelectorAll(':scope > .cell')).map(cell => cell.getBoundingClientRect());
  for (let i = 0; i < cells.length; i++) for (let j = i + 1; j < cells.length; j++) {
    const a = cells[i], b = cells[j];
    const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
    const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    if (width > 0.5 && height > 0.5 && a.width > 0 && b.width > 0) overlapping.push(Number(row.dataset.row));
  }
}
return {overlapping: overlapping, viewportWidth: window.innerWidth,
        horizontalOverflow: document.documentElement.scrollWidth > window.innerWidth + 1};
"""

LANGUAGE_SCRIPT = """
const missing = [];
for (const element of document.querySelectorAll('main p, main li, main h2, main h3, main h4, main h5, main h6, main blockquote, main figure')) {
  if (element.classList.contains('date')) continue;
  const owner = element.closest('[lang]');
  if (!owner || owner === document.documentElement) missing.push(element.outerHTML.slice(0, 120));
}
return missing;
"""


VIEW_SCRIPT = """
const own = arguments[0], other = own === 'de' ? 'tr' : 'de';
const checked = document.querySelector('input[name="language-view"]:checked');
const blocks = lang => Array.from(document.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li'))
  .filter(e => e.closest('[lang]') && e.closest('[lang]') !== document.documentElement
               && e.closest('[lang]').lang === lang && !e.closest('.language-view-region')
               && e.textContent.trim().length > 0 && !e.querySelector('p, li'));
const shown = e => e.checkVisibility ? e.checkVisibility() : e.getClientRects().length > 0;
const others = blocks(other);
const text = e => e.textContent.replace(/\\s+/g, ' ').trim();
// Text that reads the same in both languages (a name, an organisation left untranslated) is not the other language's.
const ownTexts = new Set(blocks(own).map(text));
return {chosen: checked ? checked.value : null, otherBlocks: others.length,
        visibleOther: others.filter(shown).map(e => e.outerHTML.slice(0, 100)),
        otherTexts: others.map(text).filter(t => !ownTexts.has(t)),
        visibleOwn: blocks(own).filter(shown).length};
"""


def choose_language(driver, language):
    """Chooses the one-language view with the keyboard; returns whether a radio button got the focus."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    reached = False
    for _ in range(12):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        if driver.execute_script("return document.activeElement && document.activeElement.name === 'language-view'"):
            reached = True
            break
    if not reached:
        return False
    for _ in range(4):
        if driver.execute_script("return document.querySelector('input[name=\"language-view\"]:checked').value") == language:
            break
        ActionChains(driver).send_keys(Keys.ARROW_DOWN).perform()
    return True


def accessible_texts(driver):
    """The names of the text nodes in Chromium's accessibility tree that are not ignored."""
    tree = driver.execute_cdp_cmd("Accessibility.getFullAXTree", {})
    names = []
    for node in tree.get("nodes", []):
        if node.get("ignored"):
            continue
        role = node.get("role", {}).get("value")
        name = node.get("name", {}).get("value")
        if role in ("StaticText", "InlineTextBox") and name:
            names.append(name)
    return " ".join(" ".join(names).split())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page")
    parser.add_argument("--screenshot")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--choose", choices=["de", "tr"])
    arguments = parser.parse_args()

    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
        import axe_core_python.base as axe_base
    except ImportError as error:
        print(f"error: {error}; run scripts/install-test-tools.sh", file=sys.stderr)
        return 3
    chromium = find("chromium", ["/usr/bin/chromium", "/usr/bin/chromium-browser"])
    driver_path = find("chromedriver", ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"])
    if not chromium or not driver_path:
        print("error: chromium or chromedriver missing; run `apt-get install chromium chromium-driver`", file=sys.stderr)
        return 3

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 f"--window-size={arguments.width},900", "--force-device-scale-factor=1"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    try:
        driver.set_script_timeout(120)
        if arguments.width < 500:
            # Chromium's windows are at least 500 pixels wide; emulate a phone's narrower screen.
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                   {"width": arguments.width, "height": 900, "deviceScaleFactor": 1, "mobile": False})
        if arguments.dark:
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                                   {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
        driver.get(pathlib.Path(arguments.page).resolve().as_uri())
        language_view = None
        if arguments.choose:
            reached = choose_language(driver, arguments.choose)
            language_view = driver.execute_script(VIEW_SCRIPT, arguments.choose)
            language_view["focusReached"] = reached
            spoken = accessible_texts(driver)
            texts = language_view.pop("otherTexts")
            language_view["accessibleOther"] = [text[:100] for text in texts if len(text) >= 12 and text[:60] in spoken]
        rows = driver.execute_script(ROWS_SCRIPT)
        layout = driver.execute_script(OVERLAP_SCRIPT)
        without_language = driver.execute_script(LANGUAGE_SCRIPT)
        screenshot = None
        if arguments.screenshot:
            height = driver.execute_script("return document.documentElement.scrollHeight")
            if arguments.width < 500:
                driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                       {"width": arguments.width, "height": min(max(height, 900), 12000),
                                        "deviceScaleFactor": 1, "mobile": False})
            else:
                driver.set_window_size(arguments.width, min(max(height, 900), 12000))
            driver.save_screenshot(arguments.screenshot)
            screenshot = arguments.screenshot
        driver.execute_script(axe_base.AXE_SCRIPT)
        results = driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {resultTypes: ['violations']}).then(r => done(r), e => done({error: String(e)}));")
        if "error" in results:
            print(f"error: axe-core failed: {results['error']}", file=sys.stderr)
            return 4
        violations = [
            {"id": v["id"], "impact": v.get("impact"), "help": v["help"],
             "nodes": [n.get("target") for n in v.get("nodes", [])][:10]}
            for v in results["violations"]
        ]
        print(json.dumps({"axeVersion": results.get("testEngine", {}).get("version"), "violations": violations,
                          "rows": rows, "blocksWithoutLanguage": without_language, "screenshot": screenshot,
                          "viewportWidth": layout["viewportWidth"], "horizontalOverflow": layout["horizontalOverflow"],
                          "overlappingRows": layout["overlapping"], "languageView": language_view},
                         ensure_ascii=False, indent=1))
    finally:
        driver.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
