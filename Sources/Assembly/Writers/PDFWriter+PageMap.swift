public import Foundation
public import PublicationCore

/// The print edition's pages, for the EPUB's page list.
extension PDFWriter {
    /// Writes the PDF and returns where its pages begin.
    ///
    /// The engine reports, while it writes the PDF, the first element that begins on each page; no
    /// second layout is needed.
    ///
    /// ```swift
    /// let pages = try PDFWriter().writeReportingPages(publication, layout: .parallel, to: output)
    /// try EPUBWriter(pageMap: pages).write(publication, layout: .parallel, to: output)
    /// ```
    ///
    /// - Returns: the page map of the PDF just written.
    /// - Throws: ``PublicationWriterError`` when the engine is missing or fails, or its page map cannot be read.
    public func writeReportingPages(
        _ publication: BilingualPublication, layout: PublicationLayout, to folder: URL
    ) throws -> PrintPageMap {
        guard let pages = try render(publication, layout: layout, to: folder, reportingPages: true) else {
            throw PublicationWriterError.engineFailed(program: "weasyprint", status: 0, standardError: "no page map was written")
        }
        return pages
    }

    /// Lays out the print edition without keeping the PDF, for an EPUB built without one: the page
    /// map that ``writeReportingPages(_:layout:to:)`` would return.
    ///
    /// - Parameter scratch: the folder in which a new folder of a unique name takes the engine's work; it is
    ///   removed afterwards, and nothing else in `scratch` is touched.
    /// - Throws: ``PublicationWriterError`` when the engine is missing or fails.
    public func pageMap(
        for publication: BilingualPublication, layout: PublicationLayout, scratch: URL
    ) throws -> PrintPageMap {
        let folder = scratch.appendingPathComponent(".kopru-page-map-\(UUID().uuidString)", isDirectory: true)
        // Not withIntermediateDirectories: the folder is new, so removing it afterwards removes only its own work.
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try writeReportingPages(publication, layout: layout, to: folder)
    }

    /// Reads the engine's page map and names its source: the volume's title, the PDF's file name, A4
    /// and the layout.
    static func readPageMap(_ url: URL, publication: BilingualPublication, layout: PublicationLayout) throws -> PrintPageMap {
        do {
            var map = try PrintPageMap.decode(Data(contentsOf: url))
            map.source = "\(publication.metadata.title.german) / \(publication.metadata.title.turkish)"
                + " (PDF, A4, \(layout.rawValue))"
            return map
        } catch {
            throw PublicationWriterError.engineFailed(program: "weasyprint", status: 0,
                standardError: "the page map \(url.lastPathComponent) could not be read: \(error)")
        }
    }
}
