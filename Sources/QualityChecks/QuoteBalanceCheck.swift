import Pairing
public import PublicationCore

/// Finds quotation marks in a translation that are opened and not closed, or closed and not opened,
/// when the source's quotes are balanced (see ``PairedMarkScanner`` for how marks pair; an
/// apostrophe inside a word, as in `Şişli’de`, is not a quote).
///
/// ```text
/// source: "Das Motto „Gemeinsam“ gilt."   target: "“Birlikte sloganı geçerli."   → qa.unbalanced-quotes
/// ```
public struct QuoteBalanceCheck: QualityCheck {
    public static let code: DiagnosticCode = "qa.unbalanced-quotes"
    public static let defaultSeverity: Diagnostic.Severity = .warning
    public static let summary = "A quotation mark in the translation is not closed or not opened."

    private let scanner = PairedMarkScanner()
    static let marks: Set<Character> = ["„", "“", "”", "‚", "‘", "’", "«", "»", "\""]
    /// The first UTF-8 byte of each mark.
    static let markBytes: [UInt8] = Array(Set(marks.compactMap { String($0).utf8.first }))

    /// Creates the check.
    public init() {}

    public func check(_ pair: SegmentPair, in context: CheckContext) -> [Diagnostic] {
        // The bytes first: a text without `"` and without the lead bytes of the other marks (C2 for « »,
        // E2 for the curly quotes) holds none of them, and hashing every character costs far more.
        guard let targetText = pair.targetText, targetText.hasAnyByte(of: Self.markBytes),
            targetText.contains(where: { Self.marks.contains($0) })
        else {
            return []
        }
        let problems = scanner.quoteProblems(in: targetText)
        guard let first = problems.first, scanner.quoteProblems(in: pair.sourceText).isEmpty else { return [] }
        return [
            finding(
                "\(pair.translationName.capitalisedFirst) \(CheckText.quoted(targetText)) \(first.wording).",
                remedy: "Close the quotation, or remove the stray mark.", at: pair)
        ]
    }
}
