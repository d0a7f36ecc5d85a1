public import PublicationCore

/// The diagnostic codes of pairing and alignment.
public enum PairingDiagnostics {
    /// `align.missing`
    public static let missing = DiagnosticCatalog.Entry(
        "align.missing", .warning, "A block (paragraph, heading, list item, footnote, title) of the original has no translation.")
    /// `align.no-translation`
    public static let noTranslation = DiagnosticCatalog.Entry(
        "align.no-translation", .warning, "A contribution has no translation file at all yet.")
    /// `align.needs-review`
    public static let needsReview = DiagnosticCatalog.Entry(
        "align.needs-review", .warning, "A translation exists but is not confirmed (needs review, fuzzy, initial).")
    /// `align.outdated`
    public static let outdated = DiagnosticCatalog.Entry(
        "align.outdated", .warning, "A translation was made from an older version of the original.")
    /// `align.addition`
    public static let addition = DiagnosticCatalog.Entry(
        "align.addition", .warning, "The translation has a block the original does not have.")
    /// `align.missing-sentence`
    public static let missingSentence = DiagnosticCatalog.Entry(
        "align.missing-sentence", .warning, "A sentence of a paired paragraph has no counterpart in the translation (sentence alignment, confidence ≥ 0.9).")
    /// `align.language`
    public static let language = DiagnosticCatalog.Entry(
        "align.language", .warning, "A document given to `kopru align` as German or Turkish says another xml:lang.")
    /// `align.added-sentence`
    public static let addedSentence = DiagnosticCatalog.Entry(
        "align.added-sentence", .note, "A translated paragraph has a sentence the original does not have.")
    /// `align.unknown-unit`
    public static let unknownUnit = DiagnosticCatalog.Entry(
        "align.unknown-unit", .warning, "An XLIFF unit matches no block of the original (removed, or its id changed).")
    /// `align.missing-unit`
    public static let missingUnit = DiagnosticCatalog.Entry(
        "align.missing-unit", .warning, "A unit of the common source file has no unit in a translation file.")
    /// `align.stale-unit`
    public static let staleUnit = DiagnosticCatalog.Entry(
        "align.stale-unit", .warning, "A translation file has a unit the common source file no longer has.")

    /// Every code of this module.
    public static let catalog: [DiagnosticCatalog.Entry] = [
        missing, noTranslation, needsReview, outdated, addition, missingSentence, language, addedSentence, unknownUnit, missingUnit, staleUnit,
    ]
}
