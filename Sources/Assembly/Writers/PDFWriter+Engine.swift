extension PDFWriter {
    /// The arguments WeasyPrint gets: a tagged PDF/UA-1 (structure tree, figures with alternative
    /// text, running heads and page numbers as artifacts, the document title shown, XMP metadata).
    static func engineArguments(input: String, output: String) -> [String] {
        ["--pdf-variant", "pdf/ua-1", "--quiet", input, output]
    }

    /// The engine's two steps, each a run of the virtual environment's Python with ``engineScript``:
    /// WeasyPrint renders `input` to `output`, marking every structure element with its HTML box's
    /// language; then pikepdf sets `/Lang` where a structure element's language differs from the
    /// document's or its parent's.
    ///
    /// With `pageMap`, the first step also writes where the pages begin to that file (``PrintPageMap``).
    static func runEngine(_ engine: PDFEngine, script: String, input: String, output: String, pageMap: String? = nil) throws {
        let pages = pageMap.map { ["--page-map", $0] } ?? []
        try run(engine.python, arguments: [script, "render"] + pages + ["--"] + engineArguments(input: input, output: output))
        try run(engine.python, arguments: [script, "languages", output])
    }

    /// The Python program behind ``runEngine(_:script:input:output:)``, written next to the HTML before each run.
    static let engineScript = #"""
"""Köprü's PDF step, run by the Python of the PDF engine's virtual environment.

  python kopru_pdf.py render [--page-map JSON] -- WEASYPRINT-ARGUMENTS...
      runs WeasyPrint's command line; while it builds the structure tree of a tagged PDF, each
      structure element is marked with the language of the HTML box it comes from (/KopruLang).
      With --page-map, writes for each page the data-page-key of the first element that begins
      on it (an element seen on an earlier page only continues there) to JSON.
  python kopru_pdf.py languages PDF
      with pikepdf: sets /Lang on every structure element whose language differs from the
      document's or its parent's, and removes the marks.
"""
import sys


def write_page_map(document, path):
    import json

    seen = set()
    starts = []
    for number, page in enumerate(document.pages, start=1):
        first = None
        for box in page._page_box.descendants():
            element = getattr(box, 'element', None)
            key = element.get('data-page-key') if element is not None else None
            if key is None or key in seen:
                continue
            seen.add(key)
            if first is None:
                first = key
        if first is not None:
            starts.append({'page': number, 'key': first})
    with open(path, 'w', encoding='utf-8') as output:
        json.dump({'pageCount': len(document.pages), 'starts': starts}, output)


def render(arguments, page_map=None):
    import pydyf
    from weasyprint.__main__ import main
    from weasyprint.document import Document
    from weasyprint.pdf import tags

    if page_map is not None:
        write_pdf = Document.write_pdf

        def write_pdf_and_page_map(document, *args, **kwargs):
            write_page_map(document, page_map)
            return write_pdf(document, *args, **kwargs)

        Document.write_pdf = write_pdf_and_page_map

    build = tags._build_box_tree

    def build_with_language(box, parent, *rest):
        style = getattr(box, 'style', None)
        language = style['lang'] if style is not None else None
        for element in build(box, parent, *rest):
            if language and 'KopruLang' not in element:
                element['KopruLang'] = pydyf.String(str(language))
            yield element

    tags._build_box_tree = build_with_language
    main(arguments)


def languages(path):
    import pikepdf

    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        root = pdf.Root
        document = str(root.get('/Lang', '')).lower()
        tree = root.get('/StructTreeRoot')
        if tree is None:
            sys.exit(f'{path}: the PDF has no structure tree')
        seen = set()

        def walk(element, inherited):
            if not isinstance(element, pikepdf.Dictionary) or '/S' not in element:
                return
            key = element.objgen
            if key != (0, 0):
                if key in seen:
                    return
                seen.add(key)
            own = element.get('/KopruLang')
            language = str(own).lower() if own is not None else inherited
            if '/KopruLang' in element:
                del element['/KopruLang']
            if language and (language != document or language != inherited):
                element.Lang = pikepdf.String(language)
            kids = element.get('/K')
            if isinstance(kids, pikepdf.Array):
                for kid in kids:
                    walk(kid, language)
            else:
                walk(kids, language)

        kids = tree.get('/K')
        for kid in (kids if isinstance(kids, pikepdf.Array) else [kids]):
            walk(kid, document)
        pdf.save(path)


if __name__ == '__main__':
    if len(sys.argv) >= 3 and sys.argv[1] == 'render' and sys.argv[2] == '--':
        render(sys.argv[3:])
    elif len(sys.argv) >= 5 and sys.argv[1] == 'render' and sys.argv[2] == '--page-map' and sys.argv[4] == '--':
        render(sys.argv[5:], page_map=sys.argv[3])
    elif len(sys.argv) == 3 and sys.argv[1] == 'languages':
        languages(sys.argv[2])
    else:
        sys.exit('usage: kopru_pdf.py render [--page-map JSON] -- WEASYPRINT-ARGUMENTS... | languages PDF')
"""#
}
