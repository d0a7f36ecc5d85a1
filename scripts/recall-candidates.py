#!/usr/bin/env python3
"""Lists translate-toolkit pofilter findings beside `kopru check --qa on`, unit by unit, with the unit's
source and target, as candidates to read for the review set's recall
(Tests/CommandsTests/ReviewSet/recall-candidates.tsv, docs/checks.md).

Usage (from the repository root, after `swift build`):
    scripts/recall-candidates.py [--kopru .build/debug/kopru] [--corpus ../shared/corpus] [--only-pofilter]
                                 [FOLDER ...]

FOLDER defaults to xliff12-de-tr (the German and Turkish files); xliff12-edge works as well. Each output
line (tab-separated) is: BOTH or PONLY (whether Köprü reports a finding of the same kind at the unit),
pofilter test, Köprü code of that kind ("-": none), file, unit id, Köprü's codes at the unit, source,
target. Nothing is judged here: the lines are for reading.

pofilter is installed into a virtual environment (.build/pofilter-venv) with pip on first use, as
scripts/compare-pofilter.py does.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# pofilter test -> the Köprü code that looks for the same kind of problem ("-": no Köprü check).
TESTS = {
    "printf": "qa.placeholder-mismatch",
    "variables": "qa.placeholder-mismatch",
    "pythonbraceformat": "qa.placeholder-mismatch",
    "numbers": "qa.number-mismatch",
    "endpunc": "qa.end-punctuation",
    "startpunc": "qa.end-punctuation",
    "doublewords": "qa.repeated-word",
    "unchanged": "qa.identical-target",
    "urls": "qa.url-mismatch",
    "emails": "qa.email-mismatch",
    "doublespacing": "qa.double-space",
    "endwhitespace": "qa.edge-whitespace",
    "startwhitespace": "qa.edge-whitespace",
    "brackets": "qa.unbalanced-brackets",
    "doublequoting": "qa.unbalanced-quotes",
    "singlequoting": "qa.unbalanced-quotes",
    "xmltags": "qa.inline-code-mismatch",
    "sentencecount": "-",
    "newlines": "-",
    "puncspacing": "-",
    "escapes": "-",
    "tabs": "-",
}


def ensure_pofilter(venv):
    pofilter = os.path.join(venv, "bin", "pofilter")
    if not os.path.exists(pofilter):
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
        subprocess.run([os.path.join(venv, "bin", "pip"), "install", "-q", "translate-toolkit"], check=True)
    return pofilter


def xliff_files(corpus, folder):
    for root, _, names in os.walk(os.path.join(corpus, folder)):
        for name in sorted(names):
            if name.endswith((".xlf", ".xliff")):
                yield os.path.relpath(os.path.join(root, name), corpus)


def languages(path):
    """The first <file>'s source and target language (primary subtag); the target falls back to the
    language code in the file name, else German."""
    source = target = None
    try:
        for _, element in ET.iterparse(path, events=("start",)):
            if element.tag.endswith("file"):
                source = element.get("source-language")
                target = element.get("target-language")
                break
    except ET.ParseError:
        pass
    primary = lambda tag: tag.split("-")[0].split("_")[0].lower() if tag else None
    if not target:
        name = os.path.basename(path)
        if ".en." in name or name.startswith("en."):
            target = "en"
        else:
            target = "tr" if ".tr." in name or name.startswith("tr.") or "tr_TR" in name else "de"
    return primary(source), primary(target)


def pofilter_findings(pofilter, path, language):
    found = []
    with tempfile.TemporaryDirectory() as folder:
        output = os.path.join(folder, "out.xlf")
        arguments = [pofilter, f"--language={language}"]
        for test in TESTS:
            arguments += ["-t", test]
        subprocess.run(arguments + [path, output], capture_output=True)
        if not os.path.exists(output):
            return found
        for unit in ET.parse(output).iter():
            if not unit.tag.endswith("trans-unit"):
                continue
            texts = {child.tag.split("}")[-1]: "".join(child.itertext()) for child in unit
                     if child.tag.split("}")[-1] in ("source", "target")}
            for note in unit:
                if note.tag.endswith("note") and note.get("from") == "pofilter" and note.text:
                    test = note.text.split(":", 1)[0].strip()
                    if test in TESTS:
                        found.append((test, unit.get("id"), texts.get("source", ""), texts.get("target", "")))
    return found


def kopru_codes(kopru, path):
    result = subprocess.run([kopru, "check", "--format", "json", "--qa", "on", "--quiet", path],
                            capture_output=True, text=True)
    codes = {}
    for finding in json.loads(result.stdout)["findings"]:
        parts = finding.get("unit", "").split("#")
        unit = parts[1] if len(parts) >= 2 else parts[0]
        codes.setdefault(unit, set()).add(finding["code"])
    return codes


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*", default=["xliff12-de-tr"])
    parser.add_argument("--kopru", default=".build/debug/kopru")
    parser.add_argument("--corpus", default="../shared/corpus")
    parser.add_argument("--venv", default=".build/pofilter-venv")
    parser.add_argument("--only-pofilter", action="store_true", help="leave out the units both tools report")
    options = parser.parse_args()
    pofilter = ensure_pofilter(options.venv)
    for folder in options.folders:
        for relative in xliff_files(options.corpus, folder):
            path = os.path.join(options.corpus, relative)
            source_language, target_language = languages(path)
            if source_language == target_language:
                continue  # a source file (en.xliff, locallang.xlf): nothing is translated in it
            ours = kopru_codes(options.kopru, path)
            for test, unit, source, target in pofilter_findings(pofilter, path, target_language):
                code = TESTS[test]
                mark = "BOTH" if code in ours.get(unit, set()) else "PONLY"
                if options.only_pofilter and mark == "BOTH":
                    continue
                print("\t".join([mark, test, code, relative, unit or "", ",".join(sorted(ours.get(unit, set()))),
                                 repr(source), repr(target)]))


if __name__ == "__main__":
    main()
