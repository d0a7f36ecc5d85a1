import Foundation
import PublicationCore

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

    /// The pages the book marks: of the print pages in the order the book meets them, the longest
    /// ascending run (not necessarily adjacent), so that the page list ascends and leaves out as few
    /// pages as can be. The book meets the imprint (page 2 in print) at its end, and in the
    /// ``PublicationLayout/sequentialVolumes`` layout the Turkish contents (before the Turkish volume
    /// in print) at its start; those pages are left out.
    func pagesInReadingOrder(_ publication: BilingualPublication, layout: PublicationLayout) -> Set<Int> {
        var sequence: [Int] = []
        for entry in entries(for: publication, layout: layout, allowedPages: nil) where entry.path.hasSuffix(".xhtml") {
            sequence += Self.markedPages(in: String(decoding: entry.data, as: UTF8.self))
        }
        return Set(Self.longestAscending(sequence))
    }

    /// The longest strictly ascending subsequence of `numbers` (patience sorting, O(n log n)).
    static func longestAscending(_ numbers: [Int]) -> [Int] {
        var tails: [Int] = []  // index into numbers of the smallest tail of an ascending run of each length
        var previous = [Int](repeating: -1, count: numbers.count)
        for (index, number) in numbers.enumerated() {
            var low = 0, high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if numbers[tails[middle]] < number { low = middle + 1 } else { high = middle }
            }
            if low > 0 { previous[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var result: [Int] = []
        var index = tails.last ?? -1
        while index >= 0 {
            result.append(numbers[index])
            index = previous[index]
        }
        return result.reversed()
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

    /// `pageNavigation`, `pageBreakMarkers` and `pageBreakSource` (EPUB Accessibility 1.1: what the
    /// page numbers come from; the print edition has no ISBN, so its title, format and layout) when the
    /// book has a page list. Without one nothing is said: `pageBreakSource none` would claim that the
    /// volume has no print edition.
    func pageNavigationMetadata(hasPageList: Bool) -> String {
        guard hasPageList, let pageMap else { return "" }
        var result = "<meta property=\"schema:accessibilityFeature\">pageNavigation</meta>\n"
        result += "<meta property=\"schema:accessibilityFeature\">pageBreakMarkers</meta>\n"
        let source = pageMap.source.isEmpty ? "PDF" : pageMap.source
        result += "<meta property=\"pageBreakSource\">\(MarkupEscaping.text(source))</meta>\n"
        return result
    }
}
