public import PublicationCore

/// The diagnostic codes of loading a publication from its manifest.
public enum PipelineDiagnostics {
    /// `publication.no-original`
    public static let noOriginal = DiagnosticCatalog.Entry(
        "publication.no-original", .error, "A contribution names no file in its original language.")
    /// `publication.missing-original`
    public static let missingOriginal = DiagnosticCatalog.Entry(
        "publication.missing-original", .error, "The original file a contribution names does not exist.")
    /// `publication.original-not-docbook`
    public static let originalNotDocbook = DiagnosticCatalog.Entry(
        "publication.original-not-docbook", .error, "A contribution's original is not a DocBook, Word or OpenDocument document.")
    /// `publication.wrong-language`
    public static let wrongLanguage = DiagnosticCatalog.Entry(
        "publication.wrong-language", .error, "A file declares another language than its side in kopru.yaml: xml:lang, an XLIFF source or target language, or `original:`.")
    /// `publication.missing-file`
    public static let missingFile = DiagnosticCatalog.Entry(
        "publication.missing-file", .warning, "A file the manifest names does not exist (yet).")

    /// Every code of this module.
    public static let catalog: [DiagnosticCatalog.Entry] = [
        noOriginal, missingOriginal, originalNotDocbook, wrongLanguage, missingFile,
    ]
}
