import Pairing
public import PublicationCore

/// Finds translations that exist but hold no text (only white space or inline codes).
///
/// ```text
/// source: "Willkommen in Osnabrück."   target: "  "   → qa.empty-target
/// ```
public struct EmptyTargetCheck: QualityCheck {
    public static let code: DiagnosticCode = "qa.empty-target"
    public static let defaultSeverity: Diagnostic.Severity = .warning
    public static let summary = "A translation exists but is empty."
    public static let appliesToUntranslatedUnits = true
    public static let appliesToKeyedUnits = true

    /// Creates the check.
    public init() {}

    public func check(_ pair: SegmentPair, in context: CheckContext) -> [Diagnostic] {
        guard let target = pair.target, target.hasNoText, pair.sourceHasText else { return [] }
        return [
            finding(
                "The \(CheckText.name(of: pair.targetLanguage)) translation of \(CheckText.quoted(pair.sourceText)) "
                    + "is empty.",
                remedy: "Write the translation into the empty target.", at: pair)
        ]
    }
}
