public import PublicationCore

/// The diagnostic codes of the translator round trip (`kopru export-missing`, `kopru import`).
public enum ExchangeDiagnostics {
    /// `import.conflict`
    public static let conflict = DiagnosticCatalog.Entry(
        "import.conflict", .error, "A returned unit was translated from an original that has changed since the export; it is not imported.")
    /// `import.unknown-unit`
    public static let unknownUnit = DiagnosticCatalog.Entry(
        "import.unknown-unit", .error, "A returned unit matches no block of the publication; it is not imported.")
    /// `import.code-mismatch`
    public static let codeMismatch = DiagnosticCatalog.Entry(
        "import.code-mismatch", .error, "A returned target's inline codes differ from its source's; it is not imported.")
    /// `import.wrong-language`
    public static let wrongLanguage = DiagnosticCatalog.Entry(
        "import.wrong-language", .error, "A returned file's target language is not the translation language of the contribution.")
    /// `import.not-applicable`
    public static let notApplicable = DiagnosticCatalog.Entry(
        "import.not-applicable", .error, "A returned unit cannot be written into its translation file (several segments, no place to insert it).")
    /// `import.no-target`
    public static let noTarget = DiagnosticCatalog.Entry(
        "import.no-target", .note, "A returned unit has no translation yet; it is left out.")
    /// `import.matched-by-text`
    public static let matchedByText = DiagnosticCatalog.Entry(
        "import.matched-by-text", .note, "A returned unit's id matches no block, but its source is the text of exactly one block that needs a translation; it is imported there.")
    /// `import.ambiguous-source`
    public static let ambiguousSource = DiagnosticCatalog.Entry(
        "import.ambiguous-source", .error, "A returned unit's id matches no block, and its source is the text of several blocks that need a translation; it is not imported.")
    /// `tm.unreadable`
    public static let unreadable = DiagnosticCatalog.Entry(
        "tm.unreadable", .error, "A translation memory named with --tm (or kopru.tmx) cannot be read or is not TMX.")
    /// `import.empty-source`
    public static let emptySource = DiagnosticCatalog.Entry(
        "import.empty-source", .note, "A returned unit has no source text, or is the header of a PO file carried along by a converter; it is left out.")
    /// `import.unchanged`
    public static let unchanged = DiagnosticCatalog.Entry(
        "import.unchanged", .note, "A returned translation is the same as the one in the sources; nothing is written for it.")
    /// `import.unwritable`
    public static let unwritable = DiagnosticCatalog.Entry(
        "import.unwritable", .error, "A source or kopru.lock could not be written (disk full, permissions); the message lists what was written.")
    /// `import.source-changed`
    public static let sourceChanged = DiagnosticCatalog.Entry(
        "import.source-changed", .error, "A source changed on disk while the import ran; nothing was written.")
    /// `import.read-only`
    public static let readOnly = DiagnosticCatalog.Entry(
        "import.read-only", .error, "A source that would receive translations is read-only; nothing was written.")
    /// `import.invalid`
    public static let invalid = DiagnosticCatalog.Entry(
        "import.invalid", .error, "A returned file is not valid XLIFF; nothing was imported.")
    /// `import.unconfirmed`
    public static let unconfirmed = DiagnosticCatalog.Entry(
        "import.unconfirmed", .note, "A returned unit is not confirmed; a DocBook translation cannot hold it, so it is left out.")

    /// `import.translation-changed`
    public static let translationChanged = DiagnosticCatalog.Entry(
        "import.translation-changed", .error, "The translation in the sources was changed after the export; the returned unit would overwrite that change, so it is not imported.")
    /// `import.source-edited`
    public static let sourceEdited = DiagnosticCatalog.Entry(
        "import.source-edited", .error, "A returned unit's source was changed in the returned file, while the original stayed as it was exported; it is not imported.")
    /// `import.unreadable-record`
    public static let unreadableRecord = DiagnosticCatalog.Entry(
        "import.unreadable-record", .warning, "A returned unit's kopru-translation note was changed beyond reading; the unit is imported without the checks it allows.")
    /// `import.duplicate-unit`
    public static let duplicateUnit = DiagnosticCatalog.Entry(
        "import.duplicate-unit", .error, "Two returned files translate the same block differently; neither is imported.")

    /// Every code of this module.
    public static let catalog: [DiagnosticCatalog.Entry] = [
        conflict, unknownUnit, codeMismatch, wrongLanguage, notApplicable, noTarget, matchedByText, ambiguousSource, unreadable, emptySource, unchanged, unwritable, sourceChanged, readOnly, invalid, unconfirmed,
        translationChanged, sourceEdited, duplicateUnit, unreadableRecord,
    ]
}
