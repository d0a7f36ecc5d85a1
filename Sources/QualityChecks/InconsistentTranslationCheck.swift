import Pairing
public import PublicationCore

/// Finds the same source text translated in different ways.
///
/// Sources and targets are compared after NFC normalisation, with white space collapsed and
/// language-aware case folding. Pairs are grouped by source with a dictionary, so the check is linear
/// in the number of pairs. In a group with several translations, the most frequent one (the first
/// one on a tie) is taken as the norm and every pair with another translation is reported.
///
/// ```text
/// p3: "Integrationskurs" → "uyum kursu"
/// p9: "Integrationskurs" → "entegrasyon kursu"   → qa.inconsistent-translation at p9
/// ```
public struct InconsistentTranslationCheck: QualityCheck {
    public static let code: DiagnosticCode = "qa.inconsistent-translation"
    public static let defaultSeverity: Diagnostic.Severity = .note
    public static let summary = "The same source text is translated in different ways."
    public static let scope = CheckScope.corpus

    /// Creates the check.
    public init() {}

    public func check(corpus pairs: [SegmentPair], in context: CheckContext) -> [Diagnostic] {
        let groups = TranslationGroups(pairs, by: .source)
        var findings: [Diagnostic] = []
        for group in groups.groups where group.variants.count > 1 {
            let norm = group.mostFrequent
            for variant in group.variants where variant.key != norm.key {
                for index in variant.pairs {
                    let pair = pairs[index]
                    let other = pairs[norm.pairs[0]]
                    findings.append(
                        finding(
                            "\(CheckText.quoted(pair.sourceText)) is translated as "
                                + "\(CheckText.quoted(pair.targetText ?? "")) here but as "
                                + "\(CheckText.quoted(other.targetText ?? "")) in segment \"\(other.id)\""
                                + (norm.pairs.count > 1 ? " and \(norm.pairs.count - 1) more" : "") + ".",
                            remedy: "Use one translation for the same text, unless the context needs another.",
                            at: pair,
                            notes: other.location.map { ["the other translation is at \($0)"] } ?? []))
                }
            }
        }
        return findings
    }
}
