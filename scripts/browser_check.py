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

Usage: browser_check.py PAGE.html [--screenshot OUT.png] [--width 1280] [--dark]
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


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page")
    parser.add_argument("--screenshot")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--dark", action="store_true")
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
                          "overlappingRows": layout["overlapping"]},
                         ensure_ascii=False, indent=1))
    finally:
        driver.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
