public import Foundation
import Pairing
public import PublicationCore
import XMLSource

extension Glossary {
    /// Reads a glossary from TBX (TermBase eXchange), streamed through XMLSource's hardened parser.
    ///
    /// Only what a glossary needs is kept: each `<termEntry>` (TBX 2008) or `<conceptEntry>` (TBX 2019),
    /// its `<langSet>`/`<langSec>` elements with `xml:lang`, the first `<term>` of each, and the entry's
    /// first `<note>` or `<descrip>` as the note. An entry without a German or a Turkish term is reported
    /// and skipped; a file that is not well-formed XML is reported with the parser's position, and the
    /// entries read before the error are kept.
    ///
    /// ```xml
    /// <termEntry id="t1">
    ///   <langSet xml:lang="de"><tig><term>Geflüchtete</term></tig></langSet>
    ///   <langSet xml:lang="tr"><tig><term>mülteciler</term></tig></langSet>
    /// </termEntry>
    /// ```
    ///
    /// - Parameters:
    ///   - text: the TBX document.
    ///   - file: the path for diagnostics.
    /// - Returns: the glossary and a diagnostic for each incomplete entry or XML error.
    public static func read(tbx text: String, file: String) -> (Glossary, [Diagnostic]) {
        read(tbx: Data(text.utf8), file: file)
    }

    /// Reads a glossary from TBX bytes; see ``read(tbx:file:)-(String,_)``.
    public static func read(tbx data: Data, file: String) -> (Glossary, [Diagnostic]) {
        let collector = TBXEntryCollector(file: file)
        let parser = XMLPushParser(displayPath: file, handler: collector)
        _ = parser.feed(data)
        let result = parser.finish()
        return (Glossary(collector.entries), collector.problems.map(DiagnosticVoice.voiced) + result.diagnostics)
    }
}

/// Collects term entries from the events of a TBX document.
private final class TBXEntryCollector: XMLEventHandler {
    let file: String
    private(set) var entries: [Glossary.Entry] = []
    private(set) var problems: [Diagnostic] = []

    /// The entry being read.
    private struct OpenEntry {
        var id: String?
        var location: SourceLocation
        var german: String?
        var turkish: String?
        var note: String?
    }

    private var entry: OpenEntry?
    /// The language of the `langSet`/`langSec` being read, and whether its first term was taken.
    private var language: LanguageTag?
    private var languageHasTerm = false
    /// What is being captured: a term or a note, and its text so far.
    private enum Capture { case term, note }
    private var capture: Capture?
    private var captureDepth = 0
    private var captured: [UInt8] = []
    private var depth = 0

    init(file: String) { self.file = file }

    func startElement(_ tag: XMLStartTag) {
        depth += 1
        if capture != nil { return }
        switch tag.name.local {
        case "termEntry", "conceptEntry":
            entry = OpenEntry(id: tag.attribute("id"), location: SourceLocation(file: file, line: tag.line, column: tag.column))
        case "langSet" where entry != nil, "langSec" where entry != nil:
            let code = tag.attribute("lang", namespace: XMLName.xmlNamespace) ?? tag.attribute("lang")
            language = code.flatMap(LanguageTag.init)
            languageHasTerm = false
        case "term" where entry != nil && language != nil && !languageHasTerm:
            start(.term)
        case "note" where entry != nil && entry?.note == nil, "descrip" where entry != nil && entry?.note == nil:
            start(.note)
        default:
            break
        }
    }

    private func start(_ kind: Capture) {
        capture = kind
        captureDepth = depth
        captured.removeAll(keepingCapacity: true)
    }

    func characters(_ text: UnsafeRawBufferPointer) {
        if capture != nil { captured.append(contentsOf: text) }
    }

    func endElement(_ name: XMLName, line: Int, column: Int) {
        defer { depth -= 1 }
        if let kind = capture {
            guard depth == captureDepth else { return }
            capture = nil
            let value = String(decoding: captured, as: UTF8.self).trimmingWhitespace.description
            switch kind {
            case .term:
                languageHasTerm = true
                let term = CheckText.nfc(value)
                if language == .german, entry?.german == nil { entry?.german = term }
                if language == .turkish, entry?.turkish == nil { entry?.turkish = term }
            case .note:
                entry?.note = value
            }
            return
        }
        switch name.local {
        case "langSet", "langSec":
            language = nil
        case "termEntry", "conceptEntry":
            if let open = entry { finish(open) }
            entry = nil
        default:
            break
        }
    }

    private func finish(_ open: OpenEntry) {
        guard let german = open.german, let turkish = open.turkish, !german.isEmpty, !turkish.isEmpty else {
            let lacking = open.german?.isEmpty ?? true ? "German" : "Turkish"
            problems.append(
                Diagnostic(
                    Glossary.incompleteEntry,
                    "The TBX term entry \(open.id.map { "\"\($0)\"" } ?? "") has no \(lacking) term.",
                    remedy: "Give the entry a <langSet xml:lang=\"de\"> and a <langSet xml:lang=\"tr\"> with a <term>.",
                    at: open.location))
            return
        }
        entries.append(Glossary.Entry(german: german, turkish: turkish, note: open.note, location: open.location))
    }
}
