public import PublicationCore

/// The diagnostic codes of pairing and alignment.
public enum PairingDiagnostics {
    /// Every code this module emits.
    public static let catalog: [DiagnosticCatalog.Entry] = [
        .init("align.missing", .warning, "A block (paragraph, heading, list item, footnote, title) of the original has no translation."),
        .init("align.no-translation", .warning, "A contribution has no translation file at all yet."),
        .init("align.needs-review", .warning, "A translation exists but is not confirmed (needs review, fuzzy, initial)."),
        .init("align.outdated", .warning, "A translation was made from an older version of the original."),
        .init("align.addition", .warning, "The translation has a block the original does not have."),
        .init("align.missing-sentence", .warning, "A sentence of a paired paragraph has no counterpart in the translation (sentence alignment, confidence ≥ 0.9)."),
        .init("align.language", .warning, "A document given to `kopru align` as German or Turkish says another xml:lang."),
        .init("align.added-sentence", .note, "A translated paragraph has a sentence the original does not have."),
        .init("align.unknown-unit", .warning, "An XLIFF unit matches no block of the original (removed, or its id changed)."),
        .init("align.missing-unit", .warning, "A unit of the common source file has no unit in a translation file."),
        .init("align.stale-unit", .warning, "A translation file has a unit the common source file no longer has."),
    ]
}
