/// A bilingual volume: its metadata and its contributions in reading order.
///
/// This is what the publication writers (HTML, PDF, EPUB) turn into output. Each contribution
/// carries its German and Turkish blocks already paired into ``AlignedRow``s.
public struct BilingualPublication: Hashable, Sendable, Codable {
    /// Title, series, publisher, date and imprint in both languages.
    public var metadata: PublicationMetadata
    /// The contributions in reading order: front matter, body, back matter.
    public var contributions: [BilingualContribution]

    /// Creates a publication.
    public init(metadata: PublicationMetadata, contributions: [BilingualContribution] = []) {
        self.metadata = metadata
        self.contributions = contributions
    }
}
