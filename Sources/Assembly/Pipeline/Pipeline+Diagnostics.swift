public import PublicationCore

/// The diagnostic codes of loading a publication from its manifest.
public enum PipelineDiagnostics {
    /// Every code the publication loader emits.
    public static let catalog: [DiagnosticCatalog.Entry] = [
        .init("publication.no-original", .error, "A contribution names no file in its original language."),
        .init("publication.missing-original", .error, "The original file a contribution names does not exist."),
        .init("publication.original-not-docbook", .error, "A contribution's original is not a DocBook, Word or OpenDocument document."),
        .init("publication.missing-file", .warning, "A file the manifest names does not exist (yet)."),
    ]
}
