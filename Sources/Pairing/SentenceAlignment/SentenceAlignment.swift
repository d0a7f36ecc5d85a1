/// The result of aligning the sentences of a German and a Turkish document.
///
/// Every German and every Turkish sentence is in exactly one link, and the links are in document
/// order: each link starts where the previous one ended on both sides.
public struct SentenceAlignment: Hashable, Sendable, Codable {
    /// The links, in document order.
    public var links: [SentenceLink]
    /// The number of German sentences aligned.
    public var germanCount: Int
    /// The number of Turkish sentences aligned.
    public var turkishCount: Int
    /// The half-width of the search band that produced the alignment (see ``SentenceAligner``).
    public var bandRadius: Int

    /// Creates an alignment.
    ///
    /// - Parameters:
    ///   - links: The links, in document order.
    ///   - germanCount: The number of German sentences.
    ///   - turkishCount: The number of Turkish sentences.
    ///   - bandRadius: The band half-width used.
    public init(links: [SentenceLink], germanCount: Int, turkishCount: Int, bandRadius: Int) {
        self.links = links
        self.germanCount = germanCount
        self.turkishCount = turkishCount
        self.bandRadius = bandRadius
    }

    /// The links of German sentences without translation (1-0).
    public var missingTranslations: [SentenceLink] { links.filter { $0.kind == .oneToZero } }

    /// The links of Turkish sentences without German original (0-1).
    public var missingOriginals: [SentenceLink] { links.filter { $0.kind == .zeroToOne } }
}
