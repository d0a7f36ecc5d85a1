#!/usr/bin/env python3
"""Loads `kopru preview` in headless Chromium, edits a source, and measures how long the page takes to show it.

Prints one JSON object: {"before": bool, "seconds": S or null, "reloads": N}
  before   the old text was on the page when it was first loaded
  seconds  the time from saving the edited source until the new text was on the page (null: not within 10 s)

Usage: preview_check.py URL SOURCE OLD-TEXT NEW-TEXT
"""
import json
import pathlib
import shutil
import sys
import time
import urllib.request


def wait_for_server(url, seconds=30):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return True
        except OSError:
            time.sleep(0.2)
    return False


def main():
    url, source, old, new = sys.argv[1:5]
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    if not wait_for_server(url):
        print("error: the preview server did not answer", file=sys.stderr)
        return 3
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    try:
        driver.get(url)
        before = old in driver.execute_script("return document.body.innerText")
        marker = driver.execute_script("window.kopruMarker = 1; return 1")
        path = pathlib.Path(source)
        path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
        saved = time.time()
        seconds = None
        while time.time() - saved < 10:
            try:
                text = driver.execute_script("return document.body ? document.body.innerText : ''")
            except Exception:
                text = ""
            if new in text:
                seconds = round(time.time() - saved, 3)
                break
            time.sleep(0.05)
        reloaded = driver.execute_script("return window.kopruMarker === undefined")
        print(json.dumps({"before": before, "seconds": seconds, "reloaded": reloaded and marker == 1}))
    finally:
        driver.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
