import Pairing
public import PublicationCore

/// Finds two or more spaces in a row inside a translation whose source has none.
///
/// ```text
/// source: "Die Stadt hilft."   target: "Şehir  yardım ediyor."   → qa.double-space
/// ```
public struct DoubleSpaceCheck: QualityCheck {
    public static let code: DiagnosticCode = "qa.double-space"
    public static let defaultSeverity: Diagnostic.Severity = .warning
    public static let summary = "The translation has two spaces in a row where the source has none."

    /// Creates the check.
    public init() {}

    public func check(_ pair: SegmentPair, in context: CheckContext) -> [Diagnostic] {
        guard let targetText = pair.targetText, let position = Self.doubleSpace(in: targetText),
            Self.doubleSpace(in: pair.sourceText) == nil
        else { return [] }
        let characters = Array(targetText)
        let before = String(characters[max(0, position - 15)..<position])
            .split(separator: " ", omittingEmptySubsequences: false).suffix(2).joined(separator: " ")
        var end = position
        while end < characters.count, characters[end] == " " || characters[end] == "\u{00A0}" { end += 1 }
        let after = String(characters[end..<min(characters.count, end + 15)])
            .split(separator: " ", omittingEmptySubsequences: false).prefix(2).joined(separator: " ")
        return [
            finding(
                "\(pair.translationName.capitalisedFirst) has two spaces in a row in “…\(before)  \(after)…”.",
                remedy: "Replace the double space with one space.", at: pair)
        ]
    }

    /// The character offset of the first double space between words, if any.
    static func doubleSpace(in text: String) -> Int? {
        // Two spaces in a row are found on the bytes first; the characters are counted only when there are.
        guard text.hasTwoSpacesInARow else { return nil }
        return doubleSpaceByCharacters(in: text)
    }

    /// ``doubleSpace(in:)`` found by walking the characters alone (what it does once the bytes allow a
    /// double space).
    static func doubleSpaceByCharacters(in text: String) -> Int? {
        var previousWasSpace = false
        var sawNonSpace = false
        var offset = 0
        var candidate: Int?
        for character in text {
            let isSpace = character == " " || character == "\u{00A0}"
            if isSpace {
                if previousWasSpace, sawNonSpace, candidate == nil { candidate = offset - 1 }
            } else {
                if candidate != nil { return candidate }
                sawNonSpace = true
            }
            previousWasSpace = isSpace
            offset += 1
        }
        return nil  // Spaces at the very end are EdgeWhitespaceCheck's business.
    }
}
