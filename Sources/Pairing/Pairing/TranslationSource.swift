public import PublicationCore

/// Where the translation of a contribution comes from.
public enum TranslationSource: Sendable {
    /// A document in the other language (DocBook, Word or OpenDocument), with or without block ids, and
    /// the format it was read in (which decides what a finding tells the translator to do).
    case document(ContributionDocument, path: String, format: DocumentFormat = .docbook)
    /// An XLIFF file whose unit ids are the block ids of the original and whose targets are the
    /// translation.
    case units([TranslationUnit], path: String)
    /// No translation at all yet.
    case absent
}
