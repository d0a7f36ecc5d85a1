import Pairing
public import PublicationCore

/// Finds segments whose state says translated (or reviewed, final, signed-off) while the translation
/// is missing or empty.
///
/// ```text
/// <target state="translated"></target>   → qa.state-without-text
/// ```
public struct StateWithoutTextCheck: QualityCheck {
    public static let code: DiagnosticCode = "qa.state-without-text"
    public static let defaultSeverity: Diagnostic.Severity = .error
    public static let summary = "The state says translated, but the translation is missing or empty."
    public static let appliesToUntranslatedUnits = true
    public static let appliesToKeyedUnits = true

    /// The written states that claim a finished translation.
    public static let translatedStates: Set<String> = ["translated", "reviewed", "final", "signed-off"]

    /// Creates the check.
    public init() {}

    public func check(_ pair: SegmentPair, in context: CheckContext) -> [Diagnostic] {
        guard pair.sourceHasText, pair.targetText == nil, let written = pair.writtenState,
            Self.translatedStates.contains(written.lowercased())
        else { return [] }
        let what = pair.target == nil ? "there is no translation" : "the translation is empty"
        return [
            finding(
                "Segment \"\(pair.id)\" is marked \"\(written)\", but \(what).",
                remedy: "Translate the segment, or set its state back to \"new\" or \"initial\".", at: pair)
        ]
    }
}
