import Foundation
import XMLSource

/// `docProps/core.xml`: the document's title, author and language (Dublin Core).
final class DOCXCoreProperties: XMLEventHandler {
    static let dublinCore = "http://purl.org/dc/elements/1.1/"

    private(set) var title = ""
    private(set) var creator = ""
    private(set) var language = ""
    private var current: String?
    private var text = ""

    func startElement(_ tag: XMLStartTag) {
        guard tag.name.namespace == Self.dublinCore else { return }
        current = tag.name.local
        text = ""
    }

    func characters(_ bytes: UnsafeRawBufferPointer) {
        if current != nil { text += String(decoding: bytes, as: UTF8.self) }
    }

    func endElement(_ name: XMLName, line: Int, column: Int) {
        guard let field = current, name.local == field else { return }
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch field {
        case "title": title = value
        case "creator": creator = value
        case "language": language = value
        default: break
        }
        current = nil
    }
}
