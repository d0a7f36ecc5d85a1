import Foundation
import XMLSource

/// The events of a parse as text, with attributes and namespace declarations sorted and adjacent text
/// joined: a canonical form for files that `xmllint --c14n` refuses (relative namespace URIs).
final class EventTranscript: XMLEventHandler {
    private(set) var lines: [String] = []
    private var text = ""

    static func of(_ data: Data) -> [String] {
        let transcript = EventTranscript()
        _ = XMLStreamParser().parse(data, displayPath: "file", handler: transcript)
        transcript.flush()
        return transcript.lines
    }

    private func flush() {
        if !text.isEmpty { lines.append("T " + text) }
        text = ""
    }

    func startElement(_ tag: XMLStartTag) {
        flush()
        let attributes = tag.attributes.map { "\($0.name)=\($0.value)" }.sorted()
        let namespaces = tag.namespaceDeclarations.map { "xmlns:\($0.prefix ?? "")=\($0.uri)" }.sorted()
        lines.append("S \(tag.name) \((namespaces + attributes).joined(separator: " "))")
    }

    func endElement(_ name: XMLName, line: Int, column: Int) {
        flush()
        lines.append("E \(name)")
    }

    func characters(_ text: UnsafeRawBufferPointer) {
        self.text += String(decoding: text, as: UTF8.self)
    }

    func comment(_ text: String) {
        flush()
        lines.append("C " + text)
    }

    func processingInstruction(target: String, data: String?) {
        flush()
        lines.append("P \(target) \(data ?? "")")
    }
}
