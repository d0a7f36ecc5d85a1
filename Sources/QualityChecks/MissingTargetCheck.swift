import Pairing
public import PublicationCore

/// Finds segments that have no translation at all.
///
/// ```text
/// source: "Willkommen in Osnabrück."   target: (none)   → qa.missing-target
/// ```
public struct MissingTargetCheck: QualityCheck {
    public static let code: DiagnosticCode = "qa.missing-target"
    public static let defaultSeverity: Diagnostic.Severity = .warning
    public static let summary = "A segment has no translation."
    public static let appliesToUntranslatedUnits = true
    public static let appliesToKeyedUnits = true

    /// Creates the check.
    public init() {}

    public func check(_ pair: SegmentPair, in context: CheckContext) -> [Diagnostic] {
        guard pair.target == nil, pair.sourceHasText else { return [] }
        return [
            finding(
                "Segment \"\(pair.id)\" has no \(CheckText.name(of: pair.targetLanguage)) translation of "
                    + "\(CheckText.quoted(pair.sourceText)).",
                remedy: "Translate the segment, or export what is missing with `kopru export-missing`.", at: pair)
        ]
    }
}
