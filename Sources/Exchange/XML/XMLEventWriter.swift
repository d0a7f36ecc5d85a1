import PublicationCore
import Foundation
import XMLSource

/// Writes the events of a streaming parse back as XML, keeping everything the parser reports:
/// elements with their prefixes, attributes and namespace declarations, text, comments and processing
/// instructions.
///
/// By default every event is copied; a rewriter overrides the events it changes and calls `super` for the
/// rest (the default traversal). ``suppressContent()`` drops the children of the current element, so a
/// rewriter can put new content in their place. What the parser does not report is not written: the
/// XML declaration is always `<?xml version="1.0" encoding="UTF-8"?>`, a DOCTYPE is dropped, CDATA
/// sections become escaped text and character references become characters — none of which changes
/// the document's canonical form (`xmllint --c14n`) except the DOCTYPE.
class XMLEventWriter: XMLEventHandler {
    /// The document written so far.
    private(set) var output: [UInt8] = []
    /// How many elements are open.
    private(set) var depth = 0
    /// The whitespace written since the last tag, for indenting inserted elements like their neighbours.
    private(set) var trailingWhitespace = ""
    private var startTagOpen = false
    private var suppressedBelow: Int?
    private var sawRoot = false

    init() {
        write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    }

    /// Whether events are being dropped (inside a suppressed element).
    var isSuppressing: Bool { suppressedBelow.map { depth >= $0 } ?? false }

    /// Whether the end tag about to be reported belongs to a dropped child (and not to the element whose
    /// content is dropped).
    var endIsSuppressed: Bool { suppressedBelow.map { depth - 1 >= $0 } ?? false }

    /// Drops the content of the element just started, up to its end tag.
    func suppressContent() {
        suppressedBelow = depth
    }

    /// Writes markup as it is (it must be well-formed and escaped).
    func write(_ markup: String) {
        output.append(contentsOf: Array(markup.utf8))
    }

    /// Closes a start tag that is still open, so content can follow.
    func closeStartTag() {
        if startTagOpen {
            write(">")
            startTagOpen = false
        }
    }

    /// Writes a start tag and leaves it open (to become `/>` if the element ends right away).
    func writeStartTag(_ name: XMLName, attributes: [XMLAttribute], namespaceDeclarations: [(prefix: String?, uri: String)]) {
        closeStartTag()
        var markup = "<" + name.qualified
        for declaration in namespaceDeclarations {
            let attribute = declaration.prefix.map { "xmlns:\($0)" } ?? "xmlns"
            markup += " \(attribute)=\"\(XMLEscaping.attribute(declaration.uri))\""
        }
        for attribute in attributes {
            markup += " \(Self.qualifiedName(of: attribute.name))=\"\(XMLEscaping.attribute(Self.attributeValue(attribute.value)))\""
        }
        write(markup)
        startTagOpen = true
        trailingWhitespace = ""
    }

    /// The value of an attribute as the document meant it: libxml2 hands an escaped ampersand in an
    /// attribute value over as `&#38;` when it does not substitute entities.
    static func attributeValue(_ raw: String) -> String {
        raw.contains("&#38;") ? raw.replacingOccurrences(of: "&#38;", with: "&") : raw
    }

    static func qualifiedName(of name: XMLName) -> String {
        if name.namespace == XMLName.xmlNamespace { return "xml:" + name.local }
        return name.qualified
    }

    /// Counts an element whose start tag was written with ``writeStartTag(_:attributes:namespaceDeclarations:)``.
    func countStartTag() {
        sawRoot = true
        depth += 1
    }

    // MARK: Events

    func startElement(_ tag: XMLStartTag) {
        if isSuppressing {
            depth += 1
            return
        }
        sawRoot = true
        writeStartTag(tag.name, attributes: tag.attributes, namespaceDeclarations: tag.namespaceDeclarations)
        depth += 1
    }

    func endElement(_ name: XMLName, line: Int, column: Int) {
        depth -= 1
        if let below = suppressedBelow {
            if depth >= below { return }
            suppressedBelow = nil
        }
        if startTagOpen {
            write("/>")
            startTagOpen = false
        } else {
            write("</\(name.qualified)>")
        }
        trailingWhitespace = ""
    }

    func characters(_ text: UnsafeRawBufferPointer) {
        if isSuppressing || depth == 0 { return }
        closeStartTag()
        let string = String(decoding: text, as: UTF8.self)
        write(XMLEscaping.text(string))
        if string.allSatisfy(\.isWhitespace) {
            trailingWhitespace += string
        } else {
            trailingWhitespace = ""
        }
    }

    func comment(_ text: String) {
        if isSuppressing { return }
        closeStartTag()
        if depth == 0 && sawRoot { write("\n") }
        write("<!--\(text)-->")
        if depth == 0 && !sawRoot { write("\n") }
        trailingWhitespace = ""
    }

    func processingInstruction(target: String, data: String?) {
        if isSuppressing { return }
        closeStartTag()
        if depth == 0 && sawRoot { write("\n") }
        write("<?\(target)\(data.map { $0.isEmpty ? "" : " " + $0 } ?? "")?>")
        if depth == 0 && !sawRoot { write("\n") }
        trailingWhitespace = ""
    }

    /// The finished document, ending with a line break.
    var document: Data {
        var bytes = output
        if bytes.last != 0x0A { bytes.append(0x0A) }
        return Data(bytes)
    }
}
