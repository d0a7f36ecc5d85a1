public import Foundation
public import Project
public import PublicationCore

/// Writes a build into a temporary folder next to the destination and swaps it into place only when
/// every writer succeeded.
///
/// The destination path always names a complete publication, the previous one or the new one: the new
/// folder changes places with the old one in one atomic step (``FolderReplacement``). A failed or
/// interrupted build leaves the previous folder exactly as it was. The destination is checked before
/// anything is written: the project folder, a folder that holds sources, a file, or a non-empty folder
/// that Köprü did not write are refused (``ProtectedPlaces``).
///
/// ```swift
/// try PublicationOutput(destination: outputFolder).write(publication, layout: .parallel,
///     with: [HTMLWriter(), EPUBWriter(), PDFWriter()])
/// ```
public struct PublicationOutput: Sendable {
    /// Where the build goes and what may be replaced there (the destination, how messages name it,
    /// the project's protected places, and `force`).
    public var replacement: FolderReplacement

    /// The folder that holds the finished build, such as `Output`.
    public var destination: URL { replacement.destination }

    /// Creates an output for `destination`; `force` replaces a non-empty folder that Köprü did not write
    /// (never a protected one).
    public init(destination: URL, displayPath: String? = nil, places: ProtectedPlaces? = nil, force: Bool = false) {
        replacement = FolderReplacement(destination: destination, displayPath: displayPath, places: places, force: force)
    }

    /// Checks, without writing anything, that the destination may be replaced.
    ///
    /// - Throws: ``ProjectError/refused(path:reason:remedy:)``.
    public func check() throws(ProjectError) {
        try replacement.check()
    }

    /// Runs every writer into a fresh temporary folder, then swaps it into place.
    ///
    /// The writers run as a ``WriterSequence``: a PDF writer before an EPUB writer, whose book then
    /// gets the PDF's page list (without a PDF writer, the EPUB has none).
    ///
    /// - Throws: the first writer's error (the destination is then untouched and the temporary folder
    ///   removed), or a ``ProjectError`` when the destination may not be replaced or cannot be written.
    public func write(
        _ publication: BilingualPublication, layout: PublicationLayout, with writers: [any PublicationWriter]
    ) throws {
        try build { folder in
            try WriterSequence(writers: writers, laysOutPrintEdition: false).write(publication, layout: layout, to: folder)
        }
    }

    /// Calls `body` with a fresh temporary folder next to the destination; when it returns, the folder
    /// replaces the destination. When it throws, the temporary folder is removed and the error rethrown.
    public func build(_ body: (URL) throws -> Void) throws {
        try replacement.run(body)
    }
}
