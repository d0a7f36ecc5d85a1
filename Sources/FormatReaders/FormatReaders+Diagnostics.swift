public import PublicationCore

/// The diagnostic codes of the format readers that are not specific to one format.
public enum FormatReaderDiagnostics {
    /// Every code the loader itself emits.
    public static let catalog: [DiagnosticCatalog.Entry] = [
        .init("input.unreadable", .error, "The file cannot be opened: missing, a folder, or not readable."),
        .init("input.not-a-file", .note, "A named pipe (FIFO), device or socket was given or found; it is skipped without being read."),
        .init("input.unknown-format", .error, "The root element is neither <xliff> nor a DocBook <article>."),
        .init("xliff.namespace", .error, "The <xliff> root has a wrong or missing namespace for its version."),
        .init("docbook.namespace", .error, "A DocBook root element is not in the DocBook 5 namespace."),
        .init("file.missing-target", .warning, "`kopru check FILE`: a segment of a bilingual file has no target."),
        .init("file.empty-target", .warning, "`kopru check FILE`: a segment's target holds no text."),
        .init("file.untranslated", .warning,
            "`kopru check FILE`: a target has text, but its state says it still needs translating (`new`, `needs-translation`)."),
        .init("file.no-source-text", .note,
            "`kopru check FILE`: units whose source is empty are not segments; one note per file says how many."),
        .init("file.needs-review", .warning,
            "`kopru check FILE`: a target is not confirmed (needs review, fuzzy, machine match, `initial`)."),
        .init("file.listing-truncated", .note,
            "`kopru check FILE`: more unfinished segments of one kind in one file than are listed (1,000); the file's counts are complete."),
    ]
}
