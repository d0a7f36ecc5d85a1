public import PublicationCore

/// The diagnostic codes of the translator round trip (`kopru export-missing`, `kopru import`).
public enum ExchangeDiagnostics {
    /// Every code the exchange emits.
    public static let catalog: [DiagnosticCatalog.Entry] = [
        .init("import.conflict", .error, "A returned unit was translated from an original that has changed since the export; it is not imported."),
        .init("import.unknown-unit", .error, "A returned unit matches no block of the publication; it is not imported."),
        .init("import.code-mismatch", .error, "A returned target's inline codes differ from its source's; it is not imported."),
        .init("import.wrong-language", .error, "A returned file's target language is not the translation language of the contribution."),
        .init("import.not-applicable", .error, "A returned unit cannot be written into its translation file (several segments, no place to insert it)."),
        .init("import.no-target", .note, "A returned unit has no translation yet; it is left out."),
        .init("import.matched-by-text", .note, "A returned unit's id matches no block, but its source is the text of exactly one block that needs a translation; it is imported there."),
        .init("import.ambiguous-source", .error, "A returned unit's id matches no block, and its source is the text of several blocks that need a translation; it is not imported."),
        .init("tm.unreadable", .error, "A translation memory named with --tm (or kopru.tmx) cannot be read or is not TMX."),
        .init("import.empty-source", .note, "A returned unit has no source text, or is the header of a PO file carried along by a converter; it is left out."),
        .init("import.unchanged", .note, "A returned translation is the same as the one in the sources; nothing is written for it."),
        .init("import.unwritable", .error, "A source or kopru.lock could not be written (disk full, permissions); the message lists what was written."),
        .init("import.source-changed", .error, "A source changed on disk while the import ran; nothing was written."),
        .init("import.read-only", .error, "A source that would receive translations is read-only; nothing was written."),
        .init("import.invalid", .error, "A returned file is not valid XLIFF; nothing was imported."),
        .init("import.unconfirmed", .note, "A returned unit is not confirmed; a DocBook translation cannot hold it, so it is left out."),
    ]
}
