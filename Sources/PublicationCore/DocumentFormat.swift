/// The kind of file a reader recognised.
public enum DocumentFormat: String, Hashable, Sendable, Codable, CaseIterable {
    /// XLIFF 1.0, 1.1 or 1.2, including namespace-less variants (TYPO3).
    case xliff1 = "xliff1.2"
    /// XLIFF 2.0, 2.1 or 2.2.
    case xliff2 = "xliff2"
    /// A DocBook 5 article: a monolingual contribution.
    case docbook = "docbook5"
}
