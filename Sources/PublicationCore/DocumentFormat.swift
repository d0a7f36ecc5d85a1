/// The kind of file a reader recognised.
public enum DocumentFormat: String, Hashable, Sendable, Codable, CaseIterable {
    /// XLIFF 1.0, 1.1 or 1.2, including namespace-less variants (TYPO3).
    case xliff1 = "xliff1.2"
    /// XLIFF 2.0, 2.1 or 2.2.
    case xliff2 = "xliff2"
    /// A DocBook 5 article: a monolingual contribution.
    case docbook = "docbook5"
    /// A Word document (Office Open XML WordprocessingML, .docx or .docm): a monolingual contribution.
    case docx = "docx"
    /// An OpenDocument text (.odt): a monolingual contribution.
    case odt = "odt"

    /// Whether a file of this format is a monolingual contribution document (DocBook, Word,
    /// OpenDocument) rather than an XLIFF file of translation units.
    public var isContribution: Bool { self == .docbook || self == .docx || self == .odt }
    /// Whether it is a word processor's document (Word, OpenDocument), which Köprü reads but never writes.
    public var isOffice: Bool { self == .docx || self == .odt }
}
