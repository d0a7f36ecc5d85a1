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
/// returned target cannot be split); it is reported in ``Result/unapplied``.
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
            segmentCounts[unit.id] = max(segmentCounts[unit.id] ?? 0, unit.segments.count)
        }
        var byID: [String: XLIFFTargetChange] = [:]
        var unapplied: [String: String] = [:]
        for change in changes {
            if let count = segmentCounts[change.unitID], count > 1 {
                unapplied[change.unitID] = "the unit has \(count) segments; a single target cannot be split into them"
            } else {
                byID[change.unitID] = change
            }
        }
        let handler = XLIFFRewriteHandler(changes: byID)
        let result = XMLStreamParser().parse(data, displayPath: displayPath, handler: handler)
        guard result.isWellFormed else {
            let first = result.diagnostics.first { $0.severity == .error }
            throw .unreadable(displayPath, first.map { "\($0.location?.description ?? displayPath): \($0.message)" }
                ?? "the file is not well-formed XML")
        }
        for id in byID.keys where !handler.applied.contains(id) && unapplied[id] == nil {
            unapplied[id] = "the file has no unit \"\(id)\""
        }
        return Result(document: handler.document, applied: handler.applied, unapplied: unapplied,
            diagnostics: loaded.diagnostics)
    }
}

/// The event handler behind ``XLIFFRewriter``.
final class XLIFFRewriteHandler: XMLEventWriter {
    let changes: [String: XLIFFTargetChange]
    private(set) var applied: Set<String> = []
    private var version: XLIFFVersion = .v2_1
    private var current: XLIFFTargetChange?
    /// The depth at which source and target start (children of a 1.2 trans-unit or a 2.x segment).
    private var containerDepth: Int?
    private var sourceIndent = ""
    private var sourcePrefix: String?
    private var targetPending = false
    private var targetWritten = false

    init(changes: [String: XLIFFTargetChange]) {
        self.changes = changes
        super.init()
    }

    private func isCore(_ name: XMLName) -> Bool {
        name.namespace == XLIFFVersion.v1_2.namespace || name.namespace == XLIFFVersion.v2_1.namespace
    }

    override func startElement(_ tag: XMLStartTag) {
        if isSuppressing {
            super.startElement(tag)
            return
        }
        let name = tag.name
        if depth == 0, name.local == "xliff" {
            version = name.namespace == XLIFFVersion.v1_2.namespace ? .v1_2 : .v2_1
        }
        let core = isCore(name)
        if !(core && (name.local == "seg-source" || name.local == "target")) { insertPendingTarget() }
        guard core else {
            super.startElement(tag)
            return
        }
        switch name.local {
        case "trans-unit" where version == .v1_2, "unit" where version == .v2_1:
            current = tag.attribute("id").flatMap { changes[$0] }
            containerDepth = version == .v1_2 && current != nil ? depth + 1 : nil
            targetWritten = false
            targetPending = false
            super.startElement(tag)
        case "segment" where version == .v2_1 && current != nil && containerDepth == nil:
            containerDepth = depth + 1
            var attributes = tag.attributes
            if let state = current?.state {
                attributes.removeAll { $0.name.local == "state" && $0.name.namespace.isEmpty }
                attributes.append(XMLAttribute(name: XMLName(local: "state"), value: state))
            }
            writeStartTag(name, attributes: attributes, namespaceDeclarations: tag.namespaceDeclarations)
            countStartTag()
        case "source" where containerDepth == depth:
            sourceIndent = trailingWhitespace
            sourcePrefix = name.prefix
            super.startElement(tag)
            if let source = current?.source {
                closeStartTag()
                write(XLIFFInlineWriter(version: version).markup(for: source))
                suppressContent()
            }
        case "target" where containerDepth == depth:
            targetPending = false
            var attributes = tag.attributes
            if version == .v1_2, let state = current?.state {
                attributes.removeAll { $0.name.local == "state" && $0.name.namespace.isEmpty }
                attributes.append(XMLAttribute(name: XMLName(local: "state"), value: state))
            }
            writeStartTag(name, attributes: attributes, namespaceDeclarations: tag.namespaceDeclarations)
            countStartTag()
            closeStartTag()
            write(XLIFFInlineWriter(version: version).markup(for: current!.target))
            suppressContent()
            targetWritten = true
        default:
            super.startElement(tag)
        }
    }

    override func endElement(_ name: XMLName, line: Int, column: Int) {
        if endIsSuppressed {
            super.endElement(name, line: line, column: column)
            return
        }
        let core = isCore(name)
        if core, let containerDepth, depth == containerDepth, name.local == "trans-unit" || name.local == "segment" {
            if targetPending {
                let indent = trailingWhitespace
                if !indent.isEmpty { write("  ") }
                writeNewTarget()
                write(indent)
            }
            if let current, targetWritten { applied.insert(current.unitID) }
            self.containerDepth = nil
            targetPending = false
        }
        super.endElement(name, line: line, column: column)
        if core, name.local == "source", let containerDepth, depth == containerDepth, current != nil, !targetWritten {
            targetPending = true
        }
        if core, name.local == "trans-unit" || name.local == "unit" {
            current = nil
            containerDepth = nil
        }
    }

    override func comment(_ text: String) {
        if !isSuppressing { insertPendingTarget() }
        super.comment(text)
    }

    override func processingInstruction(target: String, data: String?) {
        if !isSuppressing { insertPendingTarget() }
        super.processingInstruction(target: target, data: data)
    }

    /// Writes the target of a unit that had none, right after its source.
    private func insertPendingTarget() {
        guard targetPending, containerDepth == depth else { return }
        targetPending = false
        writeNewTarget()
        write(sourceIndent)
    }

    private func writeNewTarget() {
        guard let current else { return }
        let element = (sourcePrefix.map { $0.isEmpty ? "" : $0 + ":" } ?? "") + "target"
        var markup = "<" + element
        if version == .v1_2, let state = current.state { markup += " state=\"\(XMLEscaping.attribute(state))\"" }
        markup += ">" + XLIFFInlineWriter(version: version).markup(for: current.target) + "</\(element)>"
        closeStartTag()
        write(markup)
        targetWritten = true
    }
}
