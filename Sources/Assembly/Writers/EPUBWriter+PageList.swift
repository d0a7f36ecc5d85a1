import Foundation

/// The book's page list: the pages of the print edition (``PrintPageMap``), as EPUB 3 page-break
/// markers in the documents and a `page-list` navigation.
extension EPUBWriter {
    /// The page numbers of the page-break markers in a document's body, in order.
    static func markedPages(in body: String) -> [Int] {
        var pages: [Int] = []
        let marker = "role=\"doc-pagebreak\" id=\"page-"
        var rest = body[...]
        while let range = rest.range(of: marker) {
            rest = rest[range.upperBound...]
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            if let page = Int(digits) { pages.append(page) }
        }
        return pages
    }

    /// The `nav epub:type="page-list"` for the navigation document, or an empty string without pages.
    /// It is hidden: reading systems offer it as "go to page", it is not a list to read.
    static func pageList(_ targets: [(page: Int, fileName: String)]) -> String {
        guard !targets.isEmpty else { return "" }
        var result = "<nav epub:type=\"page-list\" id=\"page-list\" hidden=\"hidden\">\n"
        result += "<h2><span lang=\"de\" xml:lang=\"de\">\(MarkupEscaping.text(GeneratedWords.pages.german))</span> · "
            + "<span lang=\"tr\" xml:lang=\"tr\">\(MarkupEscaping.text(GeneratedWords.pages.turkish))</span></h2>\n<ol>\n"
        for target in targets {
            result += "<li><a href=\"\(target.fileName)#page-\(target.page)\">\(target.page)</a></li>\n"
        }
        return result + "</ol>\n</nav>\n"
    }

    /// `pageNavigation` and `a11y:pageBreakSource` when the book has a page list; without one,
    /// `a11y:pageBreakSource none` would claim the book has no print source at all, so nothing is said.
    func pageNavigationMetadata(hasPageList: Bool) -> String {
        guard hasPageList, let pageMap else { return "" }
        var result = "<meta property=\"schema:accessibilityFeature\">pageNavigation</meta>\n"
        result += "<meta property=\"schema:accessibilityFeature\">pageBreakMarkers</meta>\n"
        let source = pageMap.source.isEmpty ? "PDF" : pageMap.source
        result += "<meta property=\"a11y:pageBreakSource\">\(MarkupEscaping.text(source))</meta>\n"
        return result
    }
}
