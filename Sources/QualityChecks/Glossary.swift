public import Foundation
import Pairing
public import PublicationCore

/// Required German–Turkish terms: where the source has one side of an entry, the translation must
/// have the other.
///
/// Read from CSV (`german,turkish[,note]`, see ``read(csv:file:)``) or from TBX (``read(tbx:file:)``).
///
/// ```swift
/// let (glossary, problems) = Glossary.read(csv: "german,turkish\nGeflüchtete,mülteciler\n", file: "g.csv")
/// glossary.entries.first?.turkish   // "mülteciler"
/// ```
public struct Glossary: Hashable, Sendable {
    /// One required term pair.
    public struct Entry: Hashable, Sendable {
        /// The German term (`Geflüchtete`).
        public var german: String
        /// The Turkish term (`mülteciler`).
        public var turkish: String
        /// A remark for translators, if any.
        public var note: String?
        /// Where the entry was written.
        public var location: SourceLocation?

        /// Creates an entry.
        public init(german: String, turkish: String, note: String? = nil, location: SourceLocation? = nil) {
            self.german = german
            self.turkish = turkish
            self.note = note
            self.location = location
        }

        /// The term in a language: German or Turkish, `nil` for any other.
        public func term(in language: LanguageTag) -> String? {
            switch language.code {
            case "de": german
            case "tr": turkish
            default: nil
            }
        }
    }

    /// The entries, in the order they were written.
    public var entries: [Entry]

    /// Creates a glossary.
    public init(_ entries: [Entry] = []) {
        self.entries = entries
    }

    /// Whether there are no entries.
    public var isEmpty: Bool { entries.isEmpty }

    /// Reads a glossary file: TBX when the name ends in `.tbx` or the text starts like XML, CSV otherwise.
    ///
    /// - Parameter url: the file.
    /// - Returns: the glossary and the problems found in it.
    /// - Throws: when the file cannot be read or is not UTF-8.
    public static func load(contentsOf url: URL) throws -> (Glossary, [Diagnostic]) {
        let data = try Data(contentsOf: url)
        let looksLikeXML = data.first { !($0.isXMLWhitespace || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) } == UInt8(ascii: "<")
        if url.pathExtension.lowercased() == "tbx" || looksLikeXML {
            // The XML parser reads the declared encoding itself.
            return read(tbx: data, file: url.relativePath)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CocoaError(.fileReadInapplicableStringEncoding)
        }
        return read(csv: text, file: url.relativePath)
    }

    /// `glossary.malformed-row`
    public static let malformedRow = DiagnosticCatalog.Entry(
        "glossary.malformed-row", .warning, "A glossary CSV row lacks the German or the Turkish term.")
    /// `glossary.incomplete-entry`
    public static let incompleteEntry = DiagnosticCatalog.Entry(
        "glossary.incomplete-entry", .warning, "A TBX term entry lacks a German or a Turkish term.")

    /// The codes glossary reading reports.
    public static let diagnostics: [DiagnosticCatalog.Entry] = [
        malformedRow, incompleteEntry,
    ]
}
