public import Foundation
import FormatReaders
public import PublicationCore
import XMLSource

/// Re-serialises an XLIFF 1.2 or 2.x file from its streaming events, replacing only the targets (and
/// states) of given units and keeping everything else: unknown elements and attributes, module and
/// extension namespaces with their declarations, notes, `xml:space`, comments and processing
/// instructions.
///
/// With no changes, the output has the same canonical form (`xmllint --c14n`) as the input, unless the
/// input has a DOCTYPE (which is dropped). A unit with more than one segment is not changed (a single
/// returned target cannot be split); it is reported in ``Result/unapplied``. A change for a unit the
/// file does not have, given with its ``XLIFFTargetChange/source``, becomes a new unit at the end of the
/// first `<file>` (XLIFF 1.2: of its `<body>`), so that a translation file can take units the original
/// gained after it was made (a byline, an attribution).
///
/// ```swift
/// let result = try XLIFFRewriter().rewrite(contentsOf: url, displayPath: "de.xlf",
///     changes: [XLIFFTargetChange(unitID: "p7", target: "Neu.", state: "translated")])
/// result.document   // the file with one target replaced
/// ```
public struct XLIFFRewriter: Sendable {
    /// The outcome of a rewrite.
    public struct Result: Sendable {
        /// The rewritten document.
        public var document: Data
        /// The ids of the units whose target was written.
        public var applied: Set<String>
        /// Changes that could not be written, with the reason.
        public var unapplied: [String: String]
        /// Problems of the input file, as the reader reports them.
        public var diagnostics: [Diagnostic]
    }

    /// Creates a rewriter.
    public init() {}

    /// Rewrites a file.
    ///
    /// - Parameters:
    ///   - url: the XLIFF file.
    ///   - displayPath: its path for messages.
    ///   - changes: the new targets, by unit id.
    /// - Returns: the new document and which changes were written.
    /// - Throws: ``ExchangeError/unreadable(_:_:)`` when the file cannot be read as XML.
    public func rewrite(contentsOf url: URL, displayPath: String, changes: [XLIFFTargetChange]) throws(ExchangeError)
        -> Result
    {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .unreadable(displayPath, "the file cannot be read")
        }
        return try rewrite(data, displayPath: displayPath, changes: changes)
    }

    /// Rewrites a document held in memory.
    public func rewrite(_ data: Data, displayPath: String, changes: [XLIFFTargetChange]) throws(ExchangeError) -> Result {
        var segmentCounts: [String: Int] = [:]
        let loaded = DocumentLoader().load(data, displayPath: displayPath) { unit in
            segmentCounts[unit.id] = max(segmentCounts[unit.id] ?? 0, unit.segments.count { !$0.isSubflow })
        }
        var byID: [String: XLIFFTargetChange] = [:]
        var unapplied: [String: String] = [:]
        var additions: [XLIFFTargetChange] = []
        for change in changes {
            if segmentCounts[change.unitID] == nil, change.source != nil {
                additions.append(change)
            } else if let count = segmentCounts[change.unitID], count > 1 {
                unapplied[change.unitID] = "the unit has \(count) segments; a single target cannot be split into them"
            } else {
                byID[change.unitID] = change
            }
        }
        let handler = XLIFFRewriteHandler(changes: byID, additions: additions)
        let result = XMLStreamParser().parse(data, displayPath: displayPath, handler: handler)
        guard result.isWellFormed else {
            let first = result.diagnostics.first { $0.severity == .error }
            throw .unreadable(displayPath, first.map { "\($0.location?.description ?? displayPath): \($0.message)" }
                ?? "the file is not well-formed XML")
        }
        for id in byID.keys.sorted() + additions.map(\.unitID) where !handler.applied.contains(id) && unapplied[id] == nil {
            unapplied[id] = "the file has no unit \"\(id)\""
        }
        return Result(document: FileConventions(of: data).applied(to: handler.document), applied: handler.applied,
            unapplied: unapplied,
            diagnostics: loaded.diagnostics)
    }
}
