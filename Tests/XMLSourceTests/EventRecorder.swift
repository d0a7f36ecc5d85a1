import Foundation
import XMLSource

/// Records the events of a parse as readable lines, for comparing parses.
final class EventRecorder: XMLEventHandler {
    var events: [String] = []
    var text = ""
    private var pendingText: [UInt8] = []

    func startElement(_ tag: XMLStartTag) {
        flush()
        let attributes = tag.attributes.map { "\($0.name.qualified)=\($0.value)" }.joined(separator: " ")
        events.append("start \(tag.name) @\(tag.line):\(tag.column)" + (attributes.isEmpty ? "" : " [\(attributes)]"))
    }

    func endElement(_ name: XMLName, line: Int, column: Int) {
        flush()
        events.append("end \(name)")
    }

    func characters(_ bytes: UnsafeRawBufferPointer) {
        pendingText.append(contentsOf: bytes)
    }

    func comment(_ text: String) {
        flush()
        events.append("comment \(text)")
    }

    func processingInstruction(target: String, data: String?) {
        flush()
        events.append("pi \(target) \(data ?? "")")
    }

    private func flush() {
        guard !pendingText.isEmpty else { return }
        let run = String(decoding: pendingText, as: UTF8.self)
        text += run
        events.append("text \(run.debugDescription)")
        pendingText = []
    }

    func parse(_ data: Data, options: XMLStreamParser.Options = .init()) -> XMLStreamParser.Result {
        let result = XMLStreamParser(options: options).parse(data, displayPath: "test.xml", handler: self)
        flush()
        return result
    }

    /// Hands `data` to an ``XMLPushParser`` in pieces of `chunkSize` bytes.
    func push(_ data: Data, chunkSize: Int) -> XMLStreamParser.Result {
        let parser = XMLPushParser(displayPath: "test.xml", handler: self)
        var offset = 0
        while offset < data.count {
            let end = min(data.count, offset + chunkSize)
            if !parser.feed(data.subdata(in: offset..<end)) { break }
            offset = end
        }
        let result = parser.finish()
        flush()
        return result
    }
}
