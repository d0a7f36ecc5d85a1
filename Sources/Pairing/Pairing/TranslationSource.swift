public import PublicationCore

/// Where the translation of a contribution comes from.
public enum TranslationSource: Sendable {
    /// A document in the other language (DocBook), with or without block ids.
    case document(ContributionDocument, path: String)
    /// An XLIFF file whose unit ids are the block ids of the original and whose targets are the
    /// translation.
    case units([TranslationUnit], path: String)
    /// No translation at all yet.
    case absent
}
