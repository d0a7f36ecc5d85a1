import PublicationCore
import XMLSource

/// The event handler behind ``XLIFFRewriter``.
final class XLIFFRewriteHandler: XMLEventWriter {
    let changes: [String: XLIFFTargetChange]
    /// Units the file does not have, written at the end of its first `<file>` (1.2: its `<body>`).
    let additions: [XLIFFTargetChange]
    private(set) var applied: Set<String> = []
    private var additionsWritten = false
    /// The prefix of the XLIFF namespace on the root, for the elements of new units.
    private var corePrefix = ""
    private var version: XLIFFVersion = .v2_1
    private var current: XLIFFTargetChange?
    /// The depth at which source and target start (children of a 1.2 trans-unit or a 2.x segment).
    private var containerDepth: Int?
    private var sourceIndent = ""
    private var sourcePrefix: String?
    private var targetPending = false
    private var targetWritten = false

    init(changes: [String: XLIFFTargetChange], additions: [XLIFFTargetChange] = []) {
        self.changes = changes
        self.additions = additions
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
            corePrefix = name.prefix.map { $0.isEmpty ? "" : $0 + ":" } ?? ""
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
        if core, !additionsWritten, name.local == (version == .v1_2 ? "body" : "file") {
            additionsWritten = true
            writeAdditions()
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

    /// Writes the new units, each on a line of its own before the container's end tag.
    private func writeAdditions() {
        guard !additions.isEmpty else { return }
        let indent = trailingWhitespace
        let inline = XLIFFInlineWriter(version: version)
        closeStartTag()
        for change in additions {
            let p = corePrefix
            let id = XMLEscaping.attribute(change.unitID)
            let source = "<\(p)source>" + inline.markup(for: change.source ?? InlineText("")) + "</\(p)source>"
            let state = change.state.map { " state=\"\(XMLEscaping.attribute($0))\"" } ?? ""
            let markup = version == .v1_2
                ? "<\(p)trans-unit id=\"\(id)\">\(source)<\(p)target\(state)>\(inline.markup(for: change.target))</\(p)target></\(p)trans-unit>"
                : "<\(p)unit id=\"\(id)\"><\(p)segment\(state)>\(source)<\(p)target>\(inline.markup(for: change.target))</\(p)target></\(p)segment></\(p)unit>"
            write("  " + markup + indent)
            applied.insert(change.unitID)
        }
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
