/// Block ids that a reader derives from a document's structure (a Word paragraph's number) rather
/// than reads from the document (DocBook `xml:id`, Word `w14:paraId`).
///
/// A derived id is stable as long as the document's paragraphs keep their order, so an XLIFF file
/// exported from a Word original can be matched back to it; but two documents written separately
/// (a Word original and its hand translation) derive the same ids for unrelated paragraphs, so
/// pairing never pairs two documents by derived ids. They start with `docx-` or `odt-`:
/// `docx-p12` is the 12th paragraph of a Word document's body, `odt-p12` the 12th of an OpenDocument
/// text.
public enum DerivedBlockID {
    /// The prefixes of derived ids.
    public static let prefixes = ["docx-", "odt-"]

    /// Whether `id` was derived from a document's structure.
    public static func isDerived(_ id: String) -> Bool {
        prefixes.contains { id.hasPrefix($0) }
    }
}
