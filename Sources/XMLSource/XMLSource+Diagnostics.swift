public import PublicationCore

/// The diagnostic codes of the XML layer.
public enum XMLSourceDiagnostics {
    /// `xml.empty-file`
    public static let emptyFile = DiagnosticCatalog.Entry(
        "xml.empty-file", .error, "The file is empty or holds only whitespace.")
    /// `xml.not-xml`
    public static let notXml = DiagnosticCatalog.Entry(
        "xml.not-xml", .error, "The file is not XML (binary data or plain text).")
    /// `xml.truncated`
    public static let truncated = DiagnosticCatalog.Entry(
        "xml.truncated", .error, "The file ends inside an element: it was cut off.")
    /// `xml.malformed`
    public static let malformed = DiagnosticCatalog.Entry(
        "xml.malformed", .error, "The XML is not well-formed (libxml2's words are given as a note).")
    /// `xml.namespace`
    public static let namespace = DiagnosticCatalog.Entry(
        "xml.namespace", .error, "A namespace prefix is used without being declared.")
    /// `xml.invalid-character`
    public static let invalidCharacter = DiagnosticCatalog.Entry(
        "xml.invalid-character", .error, "Bytes that are not valid in the encoding, or a character XML forbids.")
    /// `xml.unsupported-encoding`
    public static let unsupportedEncoding = DiagnosticCatalog.Entry(
        "xml.unsupported-encoding", .error, "The declared encoding is unknown.")
    /// `xml.encoding-failed`
    public static let encodingFailed = DiagnosticCatalog.Entry(
        "xml.encoding-failed", .error, "The file's bytes cannot be converted from its declared encoding (Shift-JIS or EUC-JP bytes that are not valid in it, for example) to Unicode; the rest of it is not read.")
    /// `xml.size-limit`
    public static let sizeLimit = DiagnosticCatalog.Entry(
        "xml.size-limit", .error, "One text, attribute value or name is larger than the XML parser's limit (10 MB); the file is not read past it.")
    /// `xml.entity-refused`
    public static let entityRefused = DiagnosticCatalog.Entry(
        "xml.entity-refused", .error, "An entity declared in a DTD was used; Köprü never expands or fetches such entities.")
    /// `xml.too-deep`
    public static let tooDeep = DiagnosticCatalog.Entry(
        "xml.too-deep", .error, "Elements are nested deeper than the limit (200).")
    /// `xml.warning`
    public static let warning = DiagnosticCatalog.Entry(
        "xml.warning", .warning, "A warning of the XML parser.")
    /// `xml.more-errors`
    public static let moreErrors = DiagnosticCatalog.Entry(
        "xml.more-errors", .note, "Further XML problems in the same file were not listed.")
    /// `xml.parser-unavailable`
    public static let parserUnavailable = DiagnosticCatalog.Entry(
        "xml.parser-unavailable", .error, "The XML parser could not be started.")

    /// Every code of this module.
    public static let catalog: [DiagnosticCatalog.Entry] = [
        emptyFile, notXml, truncated, malformed, namespace, invalidCharacter, unsupportedEncoding, encodingFailed, sizeLimit, entityRefused, tooDeep, warning, moreErrors, parserUnavailable,
    ]
}
