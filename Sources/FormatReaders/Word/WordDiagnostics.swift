public import PublicationCore

/// The diagnostic codes of the Word (.docx) and OpenDocument (.odt) readers.
///
/// A Word document is a ZIP container of XML parts; a position names the part (`word/document.xml`)
/// with its line and column, and, for the body, "paragraph N" with its first words, counted the way
/// Word shows paragraphs.
public enum WordDiagnostics {
    /// Every code the Word and OpenDocument readers emit.
    public static let catalog: [DiagnosticCatalog.Entry] = [
        .init("docx.not-zip", .error,
            "A .docx or .odt file is not a ZIP container (damaged, cut off, or another format renamed)."),
        .init("docx.no-document", .error,
            "The ZIP container has no main document part (word/document.xml, or content.xml for .odt)."),
        .init("docx.encrypted", .error,
            "The document is password-protected (encrypted); Köprü cannot read its text."),
        .init("docx.binary-word", .error,
            "A binary Word (.doc) file: Köprü reads Word documents saved as .docx."),
        .init("docx.rtf", .error,
            "A Rich Text Format (.rtf) file: Köprü reads Word documents saved as .docx."),
        .init("docx.macro-enabled", .note,
            "A macro-enabled document (.docm); it is read like a .docx and its macros are ignored."),
        .init("docx.zip-bomb", .error,
            "A part unpacks to far more than a document can hold (size or compression ratio); reading stopped."),
        .init("docx.unreadable-part", .error,
            "A part of the container cannot be unpacked or is not well-formed XML; the note names the part."),
        .init("docx.tracked-changes", .warning,
            "The document still has unaccepted tracked changes; they are read as if accepted."),
        .init("docx.comments-ignored", .note,
            "The document has comments; they are not part of the text and are left out."),
        .init("docx.no-language", .warning,
            "The document does not say its language (no w:lang in the defaults, no dc:language)."),
        .init("docx.other-language", .warning,
            "The document's language is neither German nor Turkish."),
        .init("docx.missing-alt", .warning,
            "An image has no alternative text (Word: Edit Alt Text): an accessibility failure."),
        .init("docx.unknown-note", .warning,
            "A footnote or endnote reference points to a note the notes part does not have."),
    ]
}
