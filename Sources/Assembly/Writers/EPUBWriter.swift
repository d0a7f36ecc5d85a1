public import Foundation
public import PublicationCore
import ZIPFoundation

/// Writes a publication as an EPUB 3 book.
///
/// The book holds a title page, the navigation document (a table of contents per language and
/// landmarks), one XHTML document per contribution (two per contribution in the
/// ``PublicationLayout/sequentialVolumes`` layout, one in each language), the imprint and a style
/// sheet. Every document and every block carries `xml:lang` and `lang`. The package metadata has the
/// title in both languages, `dc:language` `de` and `tr`, and `dcterms:modified`. The output is
/// deterministic: ZIP entry dates come from the manifest's date, and
/// ``PublicationWriterOptions/modificationDate`` fixes `dcterms:modified`.
///
/// ```swift
/// try EPUBWriter().write(publication, layout: .interleaved, to: output)   // output/publication.epub
/// ```
public struct EPUBWriter: PublicationWriter {
    /// One file inside the EPUB container.
    public struct Entry: Hashable, Sendable {
        /// The path inside the container, such as `EPUB/package.opf`.
        public var path: String
        /// The file's bytes.
        public var data: Data
        /// Whether the entry is stored uncompressed (the `mimetype` entry must be).
        public var isStored: Bool

        /// Creates an entry.
        public init(path: String, data: Data, isStored: Bool = false) {
            self.path = path
            self.data = data
            self.isStored = isStored
        }
    }

    /// Placeholders, editor marks, images and the modification date.
    public var options: PublicationWriterOptions
    /// The book's file name.
    public var fileName: String
    /// Where the pages of the print edition begin; with it the book has a page list and page-break
    /// markers (see ``PrintPageMap``), without it neither.
    public var pageMap: PrintPageMap?

    /// Creates an EPUB writer.
    public init(
        options: PublicationWriterOptions = PublicationWriterOptions(), fileName: String = "publication.epub",
        pageMap: PrintPageMap? = nil
    ) {
        self.options = options
        self.fileName = fileName
        self.pageMap = pageMap
    }

    @discardableResult
    public func write(_ publication: BilingualPublication, layout: PublicationLayout, to folder: URL) throws -> [Diagnostic] {
        let url = folder.appendingPathComponent(fileName)
        try? FileManager.default.removeItem(at: url)
        let date = Self.entryDate(publication.metadata.date)
        do {
            let archive = try Archive(url: url, accessMode: .create)
            for entry in entries(for: publication, layout: layout) {
                let data = entry.data
                try archive.addEntry(
                    with: entry.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                    permissions: 0o644, compressionMethod: entry.isStored ? .none : .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
        } catch {
            throw PublicationWriterError.cannotWrite(path: url.path, reason: "\(error)")
        }
        return ImageResource.problems(in: publication, directory: options.resourceDirectory)
    }

    /// The date stamped on every ZIP entry: the publication date, or 1 January 1980 without one.
    static func entryDate(_ date: String?) -> Date {
        var components = DateComponents()
        components.timeZone = TimeZone(identifier: "UTC")
        components.year = 1980
        components.month = 1
        components.day = 1
        components.hour = 12
        if let date {
            let parts = date.split(separator: "-").compactMap { Int($0) }
            if parts.count >= 1, parts[0] >= 1980 { components.year = parts[0] }
            if parts.count >= 2, (1...12).contains(parts[1]) { components.month = parts[1] }
            if parts.count >= 3, (1...31).contains(parts[2]) { components.day = parts[2] }
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: components) ?? Date(timeIntervalSince1970: 315_576_000)
    }
}
