#!/usr/bin/env python3
"""Writes deterministic XLIFF 1.2 and 2.0 files of a given size for `make bench`.

Usage: generate-bench-xliff.py OUTPUT_DIR SIZE_MB [SIZE_MB ...]
Writes OUTPUT_DIR/bench-{SIZE}mb-xliff12.xlf and OUTPUT_DIR/bench-{SIZE}mb-xliff20.xlf (skipped when present
with the right size). The units hold German sources and Turkish targets with inline codes and a mix of
states, so the reader does all of its work (states, codes, word counts).
"""
import os
import random
import sys

GERMAN = [
    "Die Stadt bietet seit dem 17.12.2020 Sprachkurse für Geflüchtete an.",
    "Im Jahr 2019 wurden 1.250 Wohnungen an Familien vermittelt.",
    "Ehrenamtliche begleiten Kinder auf dem Weg in die Schule.",
    "Weitere Informationen finden Sie unter https://www.example.org/integration.",
    "Die Beratung ist kostenlos und findet montags bis freitags statt.",
    "Straßenfeste in Saarbrücken und Osnabrück bringen Nachbarn zusammen.",
]
TURKISH = [
    "Şehir 17.12.2020'den bu yana mülteciler için dil kursları sunuyor.",
    "2019 yılında 1.250 konut ailelere tahsis edildi.",
    "Gönüllüler çocuklara okul yolunda eşlik ediyor.",
    "Daha fazla bilgi için https://www.example.org/integration adresini ziyaret edin.",
    "Danışmanlık ücretsizdir ve pazartesiden cumaya kadar yapılır.",
    "Şişli ve İstanbul'daki sokak şenlikleri komşuları bir araya getiriyor.",
]
STATES12 = ["translated", "final", "needs-review-translation", "new", None]
STATES20 = ["translated", "final", "reviewed", "initial", None]


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xliff12(path, size):
    rng = random.Random(12)
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        out.write('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n')
        out.write('<file original="bench.txt" source-language="de-DE" target-language="tr-TR" datatype="plaintext"><body>\n')
        unit = 0
        while out.tell() < size:
            for _ in range(200):
                unit += 1
                i = rng.randrange(len(GERMAN))
                state = STATES12[unit % len(STATES12)]
                source = f'{escape(GERMAN[i])} <g id="{unit}a">Nr. {unit}</g><x id="{unit}b"/>'
                out.write(f'  <trans-unit id="u{unit}" resname="r{unit}">\n    <source xml:lang="de-DE">{source}</source>\n')
                if unit % 7 != 0:
                    attr = f' state="{state}"' if state else ""
                    target = f'{escape(TURKISH[i])} <g id="{unit}a">No. {unit}</g><x id="{unit}b"/>'
                    out.write(f'    <target xml:lang="tr-TR"{attr}>{target}</target>\n')
                out.write('    <note>Kontext: Integrationsbericht</note>\n  </trans-unit>\n')
        out.write("</body></file></xliff>\n")


def xliff20(path, size):
    rng = random.Random(20)
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        out.write('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de-DE" trgLang="tr-TR">\n')
        out.write('<file id="f1">\n')
        unit = 0
        while out.tell() < size:
            for _ in range(200):
                unit += 1
                i = rng.randrange(len(GERMAN))
                state = STATES20[unit % len(STATES20)]
                out.write(f'  <unit id="u{unit}">\n    <notes><note>Kontext: Integrationsbericht</note></notes>\n')
                out.write('    <originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data></originalData>\n')
                attr = f' state="{state}"' if state else ""
                if unit % 7 == 0:
                    attr = ""
                out.write(f'    <segment id="s1"{attr}>\n')
                out.write(f'      <source>{escape(GERMAN[i])} <pc id="1" dataRefStart="d1" dataRefEnd="d2">Nr. {unit}</pc><ph id="2"/></source>\n')
                if unit % 7 != 0:
                    out.write(f'      <target>{escape(TURKISH[i])} <pc id="1" dataRefStart="d1" dataRefEnd="d2">No. {unit}</pc><ph id="2"/></target>\n')
                out.write('    </segment>\n  </unit>\n')
        out.write("</file>\n</xliff>\n")


def main():
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    for megabytes in sys.argv[2:]:
        size = int(megabytes) * 1_000_000
        for kind, writer in (("xliff12", xliff12), ("xliff20", xliff20)):
            path = os.path.join(folder, f"bench-{megabytes}mb-{kind}.xlf")
            if os.path.exists(path) and abs(os.path.getsize(path) - size) < size * 0.05:
                continue
            writer(path + ".tmp", size)
            os.replace(path + ".tmp", path)
            print(f"wrote {path} ({os.path.getsize(path) / 1e6:.1f} MB)", file=sys.stderr)


if __name__ == "__main__":
    main()
