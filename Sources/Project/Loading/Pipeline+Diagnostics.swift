public import PublicationCore

/// The diagnostic codes of loading a publication from its manifest.
public enum PipelineDiagnostics {
    /// Every code the publication loader emits.
    public static let catalog: [DiagnosticCatalog.Entry] = [
        .init("publication.no-original", .error, "A contribution names no file in its original language."),
        .init("publication.missing-original", .error, "The original file a contribution names does not exist."),
        .init("publication.original-not-docbook", .error, "A contribution's original is not a DocBook, Word or OpenDocument document."),
        .init("publication.wrong-language", .error,
            "A file declares another language than its side in kopru.yaml: xml:lang, an XLIFF source or target language, or `original:`."),
        .init("publication.missing-file", .warning, "A file the manifest names does not exist (yet)."),
    ]
}
