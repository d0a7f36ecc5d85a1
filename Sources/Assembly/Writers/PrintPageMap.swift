public import Foundation

/// Where the pages of the print edition begin: for each page of the PDF on which an element of the
/// publication starts, the key of the first such element.
///
/// The PDF engine reports it while it lays out the print page (``PDFWriter/writeReportingPages(_:layout:to:)``).
/// Keys name the title page (`title-page`), the imprint (`imprint`), the tables of contents (`toc-de`,
/// `toc-tr`), each contribution's article (`c-osnabrueck`, or `c-osnabrueck-de-article` in one
/// language) and each row or block in it (`c-osnabrueck/r4`, `c-osnabrueck-tr/r4`). The
/// ``EPUBWriter`` puts a page-break marker before the element with the same key, so the book's page
/// list leads to the first block that begins on the printed page (text running on from the page
/// before stands before the marker).
///
/// ```swift
/// let pages = try PDFWriter().writeReportingPages(publication, layout: .parallel, to: output)
/// pages.pageCount             // 23
/// pages.starts[0]             // PrintPageMap.Start(page: 1, key: "title-page")
/// ```
public struct PrintPageMap: Hashable, Sendable, Codable {
    /// A page and the key of the first element that starts on it.
    public struct Start: Hashable, Sendable, Codable {
        /// The page number, from 1, as printed at the foot of the page.
        public var page: Int
        /// The key of the first element that begins on the page.
        public var key: String

        /// Creates a page start.
        public init(page: Int, key: String) {
            self.page = page
            self.key = key
        }
    }

    /// How many pages the PDF has.
    public var pageCount: Int
    /// The pages on which an element begins, in page order. Pages that only continue an element of the
    /// page before (a long paragraph, the rest of a list) are not listed.
    public var starts: [Start]
    /// What the page numbers come from, for the EPUB's `a11y:pageBreakSource`, such as
    /// "Kommunale Integration (PDF, A4, parallel)".
    public var source: String

    /// Creates a page map.
    public init(pageCount: Int, starts: [Start], source: String = "") {
        self.pageCount = pageCount
        self.starts = starts
        self.source = source
    }

    /// The page on which the element with each key begins.
    public var pageByKey: [String: Int] {
        var result: [String: Int] = [:]
        for start in starts where result[start.key] == nil { result[start.key] = start.page }
        return result
    }

    /// Reads the JSON the engine writes: `{"pageCount": 23, "starts": [{"page": 1, "key": "title-page"}, …]}`.
    public static func decode(_ data: Data) throws -> PrintPageMap {
        try JSONDecoder().decode(PrintPageMap.self, from: data)
    }

    private enum CodingKeys: String, CodingKey { case pageCount, starts, source }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        pageCount = try container.decode(Int.self, forKey: .pageCount)
        starts = try container.decode([Start].self, forKey: .starts)
        source = try container.decodeIfPresent(String.self, forKey: .source) ?? ""
    }
}
