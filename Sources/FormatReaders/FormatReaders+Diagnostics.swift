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
    ]
}
