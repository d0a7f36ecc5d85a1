public import Foundation
public import PublicationCore
import XMLSource

/// German–Turkish segments from TMX files, for pre-translating an export with exact matches.
///
/// Only segments without inline codes are kept, in both languages, so that an exact match means the
/// same text and the same (no) codes; a segment with codes is never used to pre-fill, rather than
/// filled with codes that might not correspond. Texts are compared after Unicode normalisation and
/// white-space collapsing.
///
/// ```swift
/// var memory = TranslationMemory()
/// let problems = memory.load(contentsOf: URL(fileURLWithPath: "kopru.tmx"), displayPath: "kopru.tmx")
/// memory.translation(of: "Ausblick", from: .german)   // "Görünüm"
/// ```
public struct TranslationMemory: Sendable {
    /// What was loaded, per source language: the comparable source text → the target text.
    private var entries: [LanguageTag: [String: String]] = [.german: [:], .turkish: [:]]
    /// The files loaded, for the notes that name the match's origin.
    public private(set) var files: [String] = []

    /// How many German–Turkish pairs the memory holds.
    public var count: Int { entries[.german]?.count ?? 0 }

    /// Creates an empty memory.
    public init() {}

    /// Reads a TMX file; returns its problems (a file that cannot be read, or is not TMX).
    public mutating func load(contentsOf url: URL, displayPath: String) -> [Diagnostic] {
        let reader = TMXSegmentCollector()
        let result: XMLStreamParser.Result
        do {
            result = try XMLStreamParser().parse(contentsOf: url, displayPath: displayPath, handler: reader)
        } catch {
            return [Diagnostic(ExchangeDiagnostics.unreadable, "the translation memory \(displayPath) cannot be read: \(error)",
                remedy: "name a TMX file with --tm, or --no-tm to export without pre-translation")]
        }
        if !result.isWellFormed || !reader.sawTMX {
            return [Diagnostic(ExchangeDiagnostics.unreadable,
                "the translation memory \(displayPath) is not \(reader.sawTMX ? "well-formed" : "a TMX file")",
                remedy: "name a TMX 1.4 file with --tm, or --no-tm to export without pre-translation",
                at: SourceLocation(file: displayPath, line: 1, column: 1), notes: result.diagnostics.map(\.message))]
        }
        files.append(displayPath)
        for unit in reader.units {
            guard let german = unit[.german], let turkish = unit[.turkish] else { continue }
            entries[.german, default: [:]][german.comparableForm] = turkish
            entries[.turkish, default: [:]][turkish.comparableForm] = german
        }
        return []
    }

    /// The memory's translation of `text`, written in `language`, into the other language; `nil`
    /// without an exact match.
    public func translation(of text: String, from language: LanguageTag) -> String? {
        entries[language]?[text.comparableForm]
    }
}

/// Collects the code-free segments of each `<tu>`, by language.
final class TMXSegmentCollector: XMLEventHandler {
    var units: [[LanguageTag: String]] = []
    var sawTMX = false
    private var unit: [LanguageTag: String]?
    private var language: LanguageTag?
    private var segment: [UInt8]?
    private var segmentHasCodes = false

    func startElement(_ tag: XMLStartTag) {
        switch tag.name.local {
        case "tmx": sawTMX = true
        case "tu": unit = [:]
        case "tuv":
            let code = tag.attributes.first { $0.name.local == "lang" }?.value.lowercased() ?? ""
            language = code.hasPrefix("de") ? .german : code.hasPrefix("tr") ? .turkish : nil
        case "seg": segment = []
        case "bpt", "ept", "ph", "it", "hi", "sub", "ut":
            if segment != nil { segmentHasCodes = true }
        default: break
        }
    }

    func endElement(_ name: XMLName, line: Int, column: Int) {
        switch name.local {
        case "seg":
            if let bytes = segment, !segmentHasCodes, let language {
                let text = String(decoding: bytes, as: UTF8.self)
                if !text.isBlank { unit?[language] = text }
            }
            segment = nil
            segmentHasCodes = false
        case "tuv": language = nil
        case "tu":
            if let unit, !unit.isEmpty { units.append(unit) }
            unit = nil
        default: break
        }
    }

    func characters(_ text: UnsafeRawBufferPointer) {
        if segment != nil, !segmentHasCodes { segment!.append(contentsOf: text) }
    }
}
