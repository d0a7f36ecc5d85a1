public import PublicationCore

/// The diagnostic codes of the Word (.docx) and OpenDocument (.odt) readers.
///
/// A Word document is a ZIP container of XML parts; a position names the part (`word/document.xml`)
/// with its line and column, and, for the body, "paragraph N" with its first words, counted the way
/// Word shows paragraphs.
public enum WordDiagnostics {
    /// `docx.not-zip`
    public static let notZip = DiagnosticCatalog.Entry(
        "docx.not-zip", .error, "A .docx or .odt file is not a ZIP container (damaged, cut off, or another format renamed).")
    /// `docx.no-document`
    public static let noDocument = DiagnosticCatalog.Entry(
        "docx.no-document", .error, "The ZIP container has no main document part (word/document.xml, or content.xml for .odt).")
    /// `docx.encrypted`
    public static let encrypted = DiagnosticCatalog.Entry(
        "docx.encrypted", .error, "The document is password-protected (encrypted); Köprü cannot read its text.")
    /// `docx.binary-word`
    public static let binaryWord = DiagnosticCatalog.Entry(
        "docx.binary-word", .error, "A binary Word (.doc) file: Köprü reads Word documents saved as .docx.")
    /// `docx.rtf`
    public static let rtf = DiagnosticCatalog.Entry(
        "docx.rtf", .error, "A Rich Text Format (.rtf) file: Köprü reads Word documents saved as .docx.")
    /// `docx.macro-enabled`
    public static let macroEnabled = DiagnosticCatalog.Entry(
        "docx.macro-enabled", .note, "A macro-enabled document (.docm); it is read like a .docx and its macros are ignored.")
    /// `docx.zip-bomb`
    public static let zipBomb = DiagnosticCatalog.Entry(
        "docx.zip-bomb", .error, "A part unpacks to far more than a document can hold (size or compression ratio); reading stopped.")
    /// `docx.unreadable-part`
    public static let unreadablePart = DiagnosticCatalog.Entry(
        "docx.unreadable-part", .error, "A part of the container cannot be unpacked or is not well-formed XML; the note names the part.")
    /// `docx.tracked-changes`
    public static let trackedChanges = DiagnosticCatalog.Entry(
        "docx.tracked-changes", .warning, "The document still has unaccepted tracked changes; they are read as if accepted.")
    /// `docx.comments-ignored`
    public static let commentsIgnored = DiagnosticCatalog.Entry(
        "docx.comments-ignored", .note, "The document has comments; they are not part of the text and are left out.")
    /// `docx.no-language`
    public static let noLanguage = DiagnosticCatalog.Entry(
        "docx.no-language", .warning, "The document does not say its language (no w:lang in the defaults, no dc:language).")
    /// `docx.other-language`
    public static let otherLanguage = DiagnosticCatalog.Entry(
        "docx.other-language", .warning, "The document's language is neither German nor Turkish.")
    /// `docx.missing-alt`
    public static let missingAlt = DiagnosticCatalog.Entry(
        "docx.missing-alt", .warning, "An image has no alternative text (Word: Edit Alt Text): an accessibility failure.")
    /// `docx.unknown-note`
    public static let unknownNote = DiagnosticCatalog.Entry(
        "docx.unknown-note", .warning, "A footnote or endnote reference points to a note the notes part does not have.")

    /// Every code of this module.
    public static let catalog: [DiagnosticCatalog.Entry] = [
        notZip, noDocument, encrypted, binaryWord, rtf, macroEnabled, zipBomb, unreadablePart, trackedChanges, commentsIgnored, noLanguage, otherLanguage, missingAlt, unknownNote,
    ]
}
