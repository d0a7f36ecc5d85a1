import Foundation

/// A BCP 47 language tag, normalised to its primary language subtag for pairing.
///
/// Köprü compares languages by their primary subtag, so `tr-TR`, `tr_TR` and `TR` are all
/// ``LanguageTag/turkish``. The tag as written in the file is kept in ``written``.
///
/// ```swift
/// LanguageTag("de-DE") == .german   // true
/// LanguageTag("tr_TR").code         // "tr"
/// ```
public struct LanguageTag: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The lower-cased primary language subtag, such as `de` or `tr`.
    public let code: String
    /// The tag exactly as it was written in the source document.
    public let written: String

    /// Creates a tag from the text of an `xml:lang`, `srcLang` or similar attribute.
    ///
    /// Underscores are accepted as separators (`tr_TR`, as Angular and Xcode write it),
    /// and the primary subtag is lower-cased. Returns `nil` for an empty string.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        let primary = trimmed.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? trimmed
        self.code = primary.lowercased()
        self.written = trimmed
    }

    private init(code: String) {
        self.code = code
        self.written = code
    }

    /// German (`de`).
    public static let german = LanguageTag(code: "de")
    /// Turkish (`tr`).
    public static let turkish = LanguageTag(code: "tr")
    /// English (`en`), the pivot language of many real translation files.
    public static let english = LanguageTag(code: "en")

    /// Whether this is German or Turkish, the two languages of a Köprü publication.
    public var isPublicationLanguage: Bool { code == "de" || code == "tr" }

    public var description: String { code }

    public static func == (lhs: LanguageTag, rhs: LanguageTag) -> Bool { lhs.code == rhs.code }
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let tag = LanguageTag(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "empty language tag")
        }
        self = tag
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
