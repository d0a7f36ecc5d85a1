import Pairing
public import PublicationCore

/// Finds different source texts translated the same way: often a translation pasted into the wrong
/// segment, sometimes a lost distinction.
///
/// Texts are compared as in ``InconsistentTranslationCheck``; sources that differ only in
/// punctuation or case count as the same. Translations that need no translation (only numbers,
/// names or links) are skipped. Every pair after the first source is reported.
///
/// ```text
/// p4: "Ehrenamtliche helfen."  → "Gönüllüler yardım ediyor."
/// p7: "Geflüchtete helfen."    → "Gönüllüler yardım ediyor."   → qa.same-translation at p7
/// ```
public struct SameTranslationCheck: QualityCheck {
    public static let code: DiagnosticCode = "qa.same-translation"
    public static let defaultSeverity: Diagnostic.Severity = .note
    public static let summary = "Different source texts have the same translation."
    public static let scope = CheckScope.corpus

    /// Creates the check.
    public init() {}

    public func check(corpus pairs: [SegmentPair], in context: CheckContext) -> [Diagnostic] {
        let groups = TranslationGroups(pairs, by: .target)
        var findings: [Diagnostic] = []
        for group in groups.groups where group.variants.count > 1 {
            let first = pairs[group.variants[0].pairs[0]]
            guard let translation = first.targetText, IdenticalTargetCheck.needsTranslation(translation) else {
                continue
            }
            for variant in group.variants.dropFirst() {
                for index in variant.pairs {
                    let pair = pairs[index]
                    findings.append(
                        finding(
                            "\(CheckText.quoted(pair.sourceText)) and \(CheckText.quoted(first.sourceText)) "
                                + "(segment \"\(first.id)\") have the same translation "
                                + "\(CheckText.quoted(translation)).",
                            remedy: "Check that the translation belongs to this segment.", at: pair,
                            notes: first.location.map { ["the other segment is at \($0)"] } ?? []))
                }
            }
        }
        return findings
    }
}
