public import PublicationCore

/// The diagnostic codes of the format readers that are not specific to one format.
public enum FormatReaderDiagnostics {
    /// `input.unreadable`
    public static let unreadable = DiagnosticCatalog.Entry(
        "input.unreadable", .error, "The file cannot be opened: missing, a folder, or not readable.")
    /// `input.not-a-file`
    public static let notAFile = DiagnosticCatalog.Entry(
        "input.not-a-file", .note, "A named pipe (FIFO), device or socket was given or found; it is skipped without being read.")
    /// `input.unknown-format`
    public static let unknownFormat = DiagnosticCatalog.Entry(
        "input.unknown-format", .error, "The root element is neither <xliff> nor a DocBook <article>.")
    /// `xliff.namespace`
    public static let xliffNamespace = DiagnosticCatalog.Entry(
        "xliff.namespace", .error, "The <xliff> root has a wrong or missing namespace for its version.")
    /// `docbook.namespace`
    public static let docbookNamespace = DiagnosticCatalog.Entry(
        "docbook.namespace", .error, "A DocBook root element is not in the DocBook 5 namespace.")
    /// `file.missing-target`
    public static let missingTarget = DiagnosticCatalog.Entry(
        "file.missing-target", .warning, "`kopru check FILE`: a segment of a bilingual file has no target.",
        remedy: "translate the unit in your translation tool, or add a <target>")
    /// `file.empty-target`
    public static let emptyTarget = DiagnosticCatalog.Entry(
        "file.empty-target", .warning, "`kopru check FILE`: a segment's target holds no text.",
        remedy: "write the translation into the empty <target>")
    /// `file.untranslated`
    public static let untranslated = DiagnosticCatalog.Entry(
        "file.untranslated", .warning, "`kopru check FILE`: a target has text, but its state says it still needs translating (`new`, `needs-translation`).",
        remedy: "translate the unit and mark it translated in your translation tool")
    /// `file.no-source-text`
    public static let noSourceText = DiagnosticCatalog.Entry(
        "file.no-source-text", .note, "`kopru check FILE`: units whose source is empty are not segments; one note per file says how many.")
    /// `file.needs-review`
    public static let needsReview = DiagnosticCatalog.Entry(
        "file.needs-review", .warning, "`kopru check FILE`: a target is not confirmed (needs review, fuzzy, machine match, `initial`).",
        remedy: "review the translation and confirm it in your translation tool (state \"final\" or \"signed-off\")")
    /// `file.listing-truncated`
    public static let listingTruncated = DiagnosticCatalog.Entry(
        "file.listing-truncated", .note, "`kopru check FILE`: more unfinished segments of one kind in one file than are listed (1,000); the file's counts are complete.")

    /// Every code of this module.
    public static let catalog: [DiagnosticCatalog.Entry] = [
        unreadable, notAFile, unknownFormat, xliffNamespace, docbookNamespace, missingTarget, emptyTarget, untranslated, noSourceText, needsReview, listingTruncated,
    ]
}
