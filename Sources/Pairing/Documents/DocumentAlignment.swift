/// The sentence alignment of a German and a Turkish document, in the shape `kopru align --format
/// json` prints: the sentences of each side numbered from 0 in reading order, and links in document
/// order, every sentence in exactly one link.
public struct DocumentAlignment: Hashable, Sendable, Codable {
    /// The sentences of both documents.
    public struct Sentences: Hashable, Sendable, Codable {
        public var german: [String]
        public var turkish: [String]
    }

    /// One link: German sentence numbers, Turkish sentence numbers, type (German count first) and
    /// confidence 0…1.
    public struct Link: Hashable, Sendable, Codable {
        public var german: [Int]
        public var turkish: [Int]
        public var type: String
        public var confidence: Double
    }

    public var sentences: Sentences
    public var links: [Link]
}
