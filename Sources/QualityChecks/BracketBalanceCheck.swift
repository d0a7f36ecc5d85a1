import Pairing
public import PublicationCore

/// Finds brackets in a translation that are opened and not closed, or closed and not opened, when
/// the source's brackets are balanced. List markers such as `1)` and `a)` are not brackets.
///
/// ```text
/// source: "Die Kita (für Kinder ab 1 Jahr)"   target: "Kreş (1 yaşından itibaren çocuklar için"
///   → qa.unbalanced-brackets
/// ```
public struct BracketBalanceCheck: QualityCheck {
    public static let code: DiagnosticCode = "qa.unbalanced-brackets"
    public static let defaultSeverity: Diagnostic.Severity = .warning
    public static let summary = "A bracket in the translation is not closed or not opened."

    private let scanner = PairedMarkScanner()
    /// The brackets, and their bytes (each one ASCII byte).
    static let brackets = "()[]{}"
    static let bracketBytes: [UInt8] = Array(brackets.utf8)

    /// Creates the check.
    public init() {}

    public func check(_ pair: SegmentPair, in context: CheckContext) -> [Diagnostic] {
        // The bytes first: most texts have no bracket, and comparing every character costs far more.
        guard let targetText = pair.targetText, targetText.hasAnyByte(of: Self.bracketBytes),
            targetText.contains(where: { Self.brackets.contains($0) })
        else { return [] }
        let problems = scanner.bracketProblems(in: targetText)
        guard let first = problems.first, scanner.bracketProblems(in: pair.sourceText).isEmpty else { return [] }
        return [
            finding(
                "\(pair.translationName.capitalisedFirst) \(CheckText.quoted(targetText)) \(first.wording).",
                remedy: "Add the missing bracket or remove the stray one.", at: pair)
        ]
    }
}

extension PairedMarkScanner.Problem {
    /// "opens “(” and never closes it", "closes “)” that was never opened".
    var wording: String {
        switch self {
        case .unclosed(let mark): "opens “\(mark)” and never closes it"
        case .unopened(let mark): "closes with “\(mark)” but never opens"
        }
    }
}
