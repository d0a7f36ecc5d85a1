#!/usr/bin/env python3
"""Writes a generated bilingual volume of N contributions for timing `kopru build`.

Usage: generate-volume.py FOLDER N
FOLDER gets kopru.yaml, Sources-de/ and Sources-tr/ with N German–Turkish DocBook pairs (with ids;
every seventh translation lacks a paragraph), built from the sample volume's own texts so that the
sizes are realistic. Deterministic.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def main():
    folder, count = sys.argv[1], int(sys.argv[2])
    os.makedirs(os.path.join(folder, "Sources-de"), exist_ok=True)
    os.makedirs(os.path.join(folder, "Sources-tr"), exist_ok=True)
    german = open(os.path.join(ROOT, "Sources-de", "03-osnabrueck.xml"), encoding="utf-8").read()
    turkish = open(os.path.join(ROOT, "Sources-tr", "03-osnabrueck.xml"), encoding="utf-8").read()
    entries = []
    for index in range(1, count + 1):
        name = f"c{index:03d}"
        de = german.replace('xml:id="osn', f'xml:id="{name}')
        tr = turkish.replace('xml:id="osn', f'xml:id="{name}')
        de = de.replace("Osnabrück: Sprache als Schlüssel", f"Beitrag {index}: Sprache als Schlüssel", 1)
        tr = tr.replace("Osnabrück: Anahtar olarak dil", f"Katkı {index}: Anahtar olarak dil", 1)
        if index % 7 == 0:
            tr = re.sub(r'<para xml:id="' + name + r'-p2">.*?</para>', "", tr, count=1, flags=re.S)
        # Images are left out of the generated volume.
        de = re.sub(r"<figure.*?</figure>", "", de, flags=re.S)
        tr = re.sub(r"<figure.*?</figure>", "", tr, flags=re.S)
        with open(os.path.join(folder, "Sources-de", f"{name}.xml"), "w", encoding="utf-8") as out:
            out.write(de)
        with open(os.path.join(folder, "Sources-tr", f"{name}.xml"), "w", encoding="utf-8") as out:
            out.write(tr)
        entries.append(f"  - id: {name}\n    original: de\n    german: Sources-de/{name}.xml\n    turkish: Sources-tr/{name}.xml\n")
    with open(os.path.join(folder, "kopru.yaml"), "w", encoding="utf-8") as out:
        out.write("title: {de: \"Generierter Band\", tr: \"Üretilmiş cilt\"}\n")
        out.write("layout: parallel\noutputs: [html, pdf, epub]\noutput: Output\n")
        out.write("contributions:\n" + "".join(entries))
    print(f"wrote {count} contributions to {folder}", file=sys.stderr)


if __name__ == "__main__":
    main()
