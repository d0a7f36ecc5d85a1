public import PublicationCore

/// The diagnostic codes of the XML layer.
public enum XMLSourceDiagnostics {
    /// Every code this module emits.
    public static let catalog: [DiagnosticCatalog.Entry] = [
        .init("xml.empty-file", .error, "The file is empty or holds only whitespace."),
        .init("xml.not-xml", .error, "The file is not XML (binary data or plain text)."),
        .init("xml.truncated", .error, "The file ends inside an element: it was cut off."),
        .init("xml.malformed", .error, "The XML is not well-formed (libxml2's words are given as a note)."),
        .init("xml.namespace", .error, "A namespace prefix is used without being declared."),
        .init("xml.invalid-character", .error, "Bytes that are not valid in the encoding, or a character XML forbids."),
        .init("xml.unsupported-encoding", .error, "The declared encoding is unknown."),
        .init("xml.encoding-failed", .error,
            "The file's bytes cannot be converted from its encoding (EBCDIC, Shift-JIS, EUC-JP…) to Unicode; the rest of it is not read."),
        .init("xml.size-limit", .error,
            "One text, attribute value or name is larger than the XML parser's limit (10 MB); the file is not read past it."),
        .init("xml.entity-refused", .error, "An entity declared in a DTD was used; Köprü never expands or fetches such entities."),
        .init("xml.too-deep", .error, "Elements are nested deeper than the limit (200)."),
        .init("xml.warning", .warning, "A warning of the XML parser."),
        .init("xml.more-errors", .note, "Further XML problems in the same file were not listed."),
        .init("xml.parser-unavailable", .error, "The XML parser could not be started."),
    ]
}
