public import Foundation
import PublicationCore
import XMLSource

/// Applies a ``DocBookEdit`` to a DocBook document, re-serialising it from its streaming events so that
/// everything the edit does not touch stays as it was.
///
/// ```swift
/// var edit = DocBookEdit()
/// edit.insertAfter["sis-p3"] = ["<para xml:id=\"sis-p4\">…</para>"]
/// let data = try DocBookUpdater().apply(edit, to: url, displayPath: "Sources-de/07-sisli.xml")
/// ```
public struct DocBookUpdater: Sendable {
    /// Creates an updater.
    public init() {}

    /// The edited document.
    ///
    /// - Returns: the document and the ids of the edit's replacements and anchors that were found.
    /// - Throws: ``ExchangeError/unreadable(_:_:)`` when the file cannot be read as XML.
    public func apply(_ edit: DocBookEdit, to url: URL, displayPath: String) throws(ExchangeError)
        -> (document: Data, found: Set<String>)
    {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .unreadable(displayPath, "the file cannot be read")
        }
        let handler = DocBookUpdateHandler(edit: edit)
        let result = XMLStreamParser().parse(data, displayPath: displayPath, handler: handler)
        guard result.isWellFormed else {
            throw .unreadable(displayPath, result.diagnostics.first?.message ?? "the file is not well-formed XML")
        }
        return (FileConventions(of: data).applied(to: handler.document), handler.found)
    }
}
