import Pairing
public import PublicationCore

/// Finds the capital sharp s `ẞ` inside a German word that is not all capitals (`Straẞe`).
///
/// `ẞ` belongs only in text set in capitals (`STRAẞE`, or `STRASSE`, which is also correct); in a
/// normal word it is a conversion error for `ß`.
///
/// ```text
/// target (German): "Die Ausländerbehörde in der Hauptstraẞe"   → qa.capital-sharp-s
/// target (German): "HAUPTSTRAẞE 5"                             → nothing
/// ```
public struct CapitalSharpSCheck: QualityCheck {
    public static let code: DiagnosticCode = "qa.capital-sharp-s"
    public static let defaultSeverity: Diagnostic.Severity = .warning
    public static let summary = "A German word has the capital ẞ although it is not written in capitals."

    /// Creates the check.
    public init() {}

    public func check(_ pair: SegmentPair, in context: CheckContext) -> [Diagnostic] {
        guard pair.targetLanguage == .german, let targetText = pair.targetText, targetText.containsText("ẞ"),
            !pair.targetIsCopyOfSource,
            let word = CheckText.words(in: targetText).first(where: { $0.text.containsText("ẞ") && !$0.isAllCaps })
        else { return [] }
        return [
            finding(
                "\(pair.translationName.capitalisedFirst) has “\(word.text)” with the capital “ẞ” in a word "
                    + "not written in capitals.",
                remedy: "Write “\(word.text.replacingAll("ẞ", with: "ß"))”.", at: pair)
        ]
    }
}
