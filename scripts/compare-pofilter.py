#!/usr/bin/env python3
"""Runs translate-toolkit's pofilter and `kopru check` side by side on the corpus's Turkish XLIFF files
and lists, per kind of check, what both find, what only pofilter finds and what only Köprü finds.

Usage (from the repository root, after `swift build`):
    scripts/compare-pofilter.py [--kopru .build/debug/kopru] [--corpus ../shared/corpus] [--details]

pofilter is installed into a virtual environment (.build/pofilter-venv) with pip on first use.
The output is a table on standard output; --details also lists every unit found by one tool only.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# pofilter test -> the Köprü code that looks for the same kind of problem.
CATEGORIES = {
    "printf": "qa.placeholder-mismatch",
    "variables": "qa.placeholder-mismatch",
    "pythonbraceformat": "qa.placeholder-mismatch",
    "numbers": "qa.number-mismatch",
    "endpunc": "qa.end-punctuation",
    "doublewords": "qa.repeated-word",
    "unchanged": "qa.identical-target",
    "urls": "qa.url-mismatch",
    "emails": "qa.email-mismatch",
    "doublespacing": "qa.double-space",
    "endwhitespace": "qa.edge-whitespace",
    "startwhitespace": "qa.edge-whitespace",
}

TURKISH_FILES = [
    "xliff12-de-tr/symfony/Validator/validators.tr.xlf",
    "xliff12-de-tr/symfony/Form/validators.tr.xlf",
    "xliff12-de-tr/symfony/Security/security.tr.xlf",
    "xliff12-de-tr/sonata-admin/SonataAdminBundle.tr.xliff",
    "xliff12-de-tr/typo3-femanager/tr.locallang.xlf",
    "xliff12-de-tr/typo3-sf_event_mgt/tr.locallang.xlf",
    "xliff12-de-tr/angular-orcid/messages.tr_TR.xlf",
    "xliff12-de-tr/xcode-vienna/tr.xliff",
]


def ensure_pofilter(venv):
    pofilter = os.path.join(venv, "bin", "pofilter")
    if not os.path.exists(pofilter):
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
        subprocess.run([os.path.join(venv, "bin", "pip"), "install", "-q", "translate-toolkit"], check=True)
    return pofilter


def unit_id(key):
    """The unit's own id from a Köprü unit key (`file#id`, `file#id#segment`)."""
    parts = key.split("#")
    return parts[1] if len(parts) >= 2 else key


def pofilter_findings(pofilter, path):
    found = set()
    with tempfile.TemporaryDirectory() as folder:
        output = os.path.join(folder, "out.xlf")
        arguments = [pofilter, "--language=tr"]
        for test in CATEGORIES:
            arguments += ["-t", test]
        subprocess.run(arguments + [path, output], check=True, capture_output=True)
        if not os.path.exists(output):
            return found
        tree = ET.parse(output)
        for unit in tree.iter():
            if not unit.tag.endswith("trans-unit"):
                continue
            for note in unit:
                if note.tag.endswith("note") and note.get("from") == "pofilter" and note.text:
                    test = note.text.split(":", 1)[0].strip()
                    if test in CATEGORIES:
                        found.add((CATEGORIES[test], unit.get("id")))
    return found


def kopru_findings(kopru, path):
    result = subprocess.run([kopru, "check", "--format", "json", "--qa", "on", "--quiet", path],
                            capture_output=True, text=True)
    report = json.loads(result.stdout)
    codes = set(CATEGORIES.values())
    return {(f["code"], unit_id(f.get("unit", ""))) for f in report["findings"] if f["code"] in codes}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kopru", default=".build/debug/kopru")
    parser.add_argument("--corpus", default="../shared/corpus")
    parser.add_argument("--venv", default=".build/pofilter-venv")
    parser.add_argument("--details", action="store_true")
    options = parser.parse_args()
    pofilter = ensure_pofilter(options.venv)
    both = collections.Counter()
    only_pofilter = collections.defaultdict(list)
    only_kopru = collections.defaultdict(list)
    for relative in TURKISH_FILES:
        path = os.path.join(options.corpus, relative)
        theirs = pofilter_findings(pofilter, path)
        ours = kopru_findings(options.kopru, path)
        for code, unit in theirs & ours:
            both[code] += 1
        for code, unit in sorted(theirs - ours):
            only_pofilter[code].append(f"{relative} {unit}")
        for code, unit in sorted(ours - theirs):
            only_kopru[code].append(f"{relative} {unit}")
    codes = sorted(set(both) | set(only_pofilter) | set(only_kopru))
    print(f"{'Köprü code':28} {'both':>5} {'pofilter only':>14} {'Köprü only':>11}")
    for code in codes:
        print(f"{code:28} {both[code]:5} {len(only_pofilter[code]):14} {len(only_kopru[code]):11}")
    if options.details:
        for title, table in (("pofilter only", only_pofilter), ("Köprü only", only_kopru)):
            for code in codes:
                for unit in table[code]:
                    print(f"{title}\t{code}\t{unit}")


if __name__ == "__main__":
    main()
