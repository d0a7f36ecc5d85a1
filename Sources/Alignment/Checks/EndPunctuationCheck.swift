public import PublicationCore

/// Finds translations that end with other punctuation than their source: `.`, `!`, `?`, `:`, `;`,
/// `…` (or `...`), or none. Closing quotes and brackets at the end are looked through, so
/// `„Willkommen!“` ends with `!`.
///
/// ```text
/// source: "Wie geht es weiter?"   target: "Bundan sonra ne olacak."   → qa.end-punctuation
/// ```
public struct EndPunctuationCheck: QualityCheck {
    public static let code: DiagnosticCode = "qa.end-punctuation"
    public static let defaultSeverity: Diagnostic.Severity = .warning
    public static let summary = "The translation ends with other punctuation than the source."

    private static let closers: Set<Character> = ["“", "”", "‘", "’", "«", "»", "\"", "'", ")", "]", "}", "›", "‹"]

    /// Creates the check.
    public init() {}

    public func check(_ pair: SegmentPair, in context: CheckContext) -> [Diagnostic] {
        guard let targetText = pair.targetText else { return [] }
        let source = Self.endPunctuation(pair.sourceText)
        let target = Self.endPunctuation(targetText)
        guard source != target else { return [] }
        let describe = { (mark: String?) in mark.map { "“\($0)”" } ?? "no punctuation" }
        return [
            finding(
                "\(pair.translationName.capitalisedFirst) ends with \(describe(target)), the original "
                    + "\(CheckText.quoted(pair.sourceText)) with \(describe(source)).",
                remedy: "End the translation as the original ends, unless the language demands otherwise.", at: pair)
        ]
    }

    /// The final punctuation of a text, looking through closing quotes and brackets.
    static func endPunctuation(_ text: String) -> String? {
        var characters = Array(text)
        while let last = characters.last, last.isWhitespace || closers.contains(last) { characters.removeLast() }
        guard let last = characters.last else { return nil }
        if last == ".", characters.count >= 3, characters.suffix(3).allSatisfy({ $0 == "." }) { return "…" }
        switch last {
        case ".", "!", "?", ":", ";", "…": return String(last)
        default: return nil
        }
    }
}
