#!/usr/bin/env python3
"""Walks the structure tree of a tagged PDF with pikepdf and prints one JSON object:

  {"tags": {"/P": N, ...}, "figures": [{"alt": TEXT}], "languages": {"/P": {"tr": N, "de": N}, ...},
   "documentLanguage": "de", "displayDocTitle": true, "markInfo": true}

"languages" counts structure elements by their effective language (their own /Lang, else the
nearest ancestor's, else the document's), and "explicit" counts the elements that carry /Lang.
Run it with the PDF engine's Python (.venv-pdf/bin/python), which has pikepdf.
"""
import collections
import json
import sys

import pikepdf


def main(path):
    pdf = pikepdf.open(path)
    root = pdf.Root
    document = str(root.get('/Lang', ''))
    tags = collections.Counter()
    languages = collections.defaultdict(collections.Counter)
    explicit = collections.defaultdict(collections.Counter)
    figures = []

    def walk(element, inherited):
        if not isinstance(element, pikepdf.Dictionary) or '/S' not in element:
            return
        tag = str(element.S)
        language = str(element['/Lang']) if '/Lang' in element else inherited
        tags[tag] += 1
        languages[tag][language] += 1
        if '/Lang' in element:
            explicit[tag][language] += 1
        if tag == '/Figure':
            figures.append({'alt': str(element.get('/Alt', ''))})
        kids = element.get('/K')
        for kid in (kids if isinstance(kids, pikepdf.Array) else [kids]):
            walk(kid, language)

    tree = root.get('/StructTreeRoot')
    if tree is not None:
        kids = tree.get('/K')
        for kid in (kids if isinstance(kids, pikepdf.Array) else [kids]):
            walk(kid, document)
    preferences = root.get('/ViewerPreferences', {})
    print(json.dumps({
        'tags': tags, 'figures': figures, 'languages': languages, 'explicit': explicit,
        'documentLanguage': document,
        'displayDocTitle': bool(preferences.get('/DisplayDocTitle', False)),
        'markInfo': bool(root.get('/MarkInfo', {}).get('/Marked', False)),
    }))


if __name__ == '__main__':
    main(sys.argv[1])
