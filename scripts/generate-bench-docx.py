#!/usr/bin/env python3
"""Writes deterministic Word documents for `make bench` (generated sample text, no real content).

Usage: generate-bench-docx.py FOLDER PARAGRAPHS
  FOLDER/bench-docx-text.docx   PARAGRAPHS paragraphs of German sample text, with headings every 20
                                paragraphs, bulleted and numbered lists, bold and italic runs, links
                                and a footnote every 50 paragraphs
  FOLDER/bench-docx-50mb.docx   a short text and 48 MB of (incompressible) images, the usual reason
                                a real Word document is large
"""
import os
import random
import sys
import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WORDS = ("die Stadt begleitet jede Familie beim Ankommen in der Kommune mit Sprachkursen Beratung "
         "Wohnungssuche und Arbeit im Stadtteil Nachbarschaft Schule Verwaltung Ehrenamt").split()


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 20))]
    return " ".join(words).capitalize() + f" {rng.randint(1, 2020)}."


def run(text, bold=False, italic=False):
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    props = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


def paragraph(content, style=None, numbering=None):
    props = ""
    if style:
        props += f'<w:pStyle w:val="{style}"/>'
    if numbering:
        props += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{numbering}"/></w:numPr>'
    return f"<w:p>{'<w:pPr>' + props + '</w:pPr>' if props else ''}{content}</w:p>"


def body(count, rng, footnotes):
    parts = [paragraph(run("Ankommen in der Kommune (Beispieltext)"), "Title")]
    for index in range(count):
        if index % 20 == 0:
            parts.append(paragraph(run(f"Abschnitt {index // 20 + 1}"), "Heading1"))
        if index % 10 == 5:
            parts.append(paragraph(run(sentence(rng)), numbering=1 if index % 20 == 5 else 2))
            continue
        content = run(sentence(rng) + " ") + run(sentence(rng), bold=True) + " " + run(sentence(rng), italic=True)
        if index % 7 == 0:
            content += '<w:hyperlink r:id="rIdLink">' + run("Stadtportal") + "</w:hyperlink>"
        if index % 50 == 0:
            note = len(footnotes) + 1
            footnotes.append(f'<w:footnote w:id="{note}">{paragraph(run(sentence(rng)))}</w:footnote>')
            content += f'<w:r><w:footnoteReference w:id="{note}"/></w:r>'
        parts.append(paragraph(content))
    return "".join(parts)


def write(path, document_body, footnotes, media=()):
    rels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rIdLink" Type="{R}/hyperlink" Target="https://www.example.org/" TargetMode="External"/>'
            + "".join(f'<Relationship Id="rIdImg{i}" Type="{R}/image" Target="media/image{i}.png"/>' for i, _ in enumerate(media))
            + "</Relationships>")
    styles = (f'<?xml version="1.0"?><w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="de-DE"/>'
              '</w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>')
    numbering = (f'<?xml version="1.0"?><w:numbering xmlns:w="{W}">'
                 '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>'
                 '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                         '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>'
                         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        archive.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                         f'<Relationship Id="rId1" Type="{R}/officeDocument" Target="word/document.xml"/></Relationships>')
        archive.writestr("word/_rels/document.xml.rels", rels)
        archive.writestr("word/styles.xml", styles)
        archive.writestr("word/numbering.xml", numbering)
        archive.writestr("word/footnotes.xml", f'<?xml version="1.0"?><w:footnotes xmlns:w="{W}">{"".join(footnotes)}</w:footnotes>')
        archive.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{document_body}</w:body></w:document>')
        for index, data in enumerate(media):
            archive.writestr(f"word/media/image{index}.png", data, compress_type=zipfile.ZIP_STORED)


def main():
    folder, count = sys.argv[1], int(sys.argv[2])
    os.makedirs(folder, exist_ok=True)
    rng = random.Random(2020)
    text_path = os.path.join(folder, "bench-docx-text.docx")
    if not os.path.exists(text_path):
        footnotes = []
        write(text_path, body(count, rng, footnotes), footnotes)
    large_path = os.path.join(folder, "bench-docx-50mb.docx")
    if not os.path.exists(large_path):
        footnotes = []
        media = [rng.randbytes(4 << 20) for _ in range(12)]
        write(large_path, body(200, rng, footnotes), footnotes, media)


if __name__ == "__main__":
    main()
