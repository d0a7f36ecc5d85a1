/// One link of a sentence alignment: German sentences and the Turkish sentences that translate them.
///
/// Sentence numbers count from 0 in reading order over the whole document. A link with no
/// Turkish sentence (``Kind/oneToZero``) is a German sentence without translation; one with no
/// German sentence (``Kind/zeroToOne``) is a Turkish sentence without original.
public struct SentenceLink: Hashable, Sendable, Codable {
    /// The shape of a link, German count first.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// One German sentence, one Turkish sentence.
        case oneToOne = "1-1"
        /// One German sentence translated by two Turkish sentences.
        case oneToTwo = "1-2"
        /// Two German sentences translated by one Turkish sentence.
        case twoToOne = "2-1"
        /// Two German sentences, two Turkish sentences, with no finer match.
        case twoToTwo = "2-2"
        /// A German sentence without Turkish translation.
        case oneToZero = "1-0"
        /// A Turkish sentence without German original.
        case zeroToOne = "0-1"

        /// The number of German sentences in a link of this kind.
        public var germanCount: Int {
            switch self {
            case .oneToOne, .oneToTwo, .oneToZero: return 1
            case .twoToOne, .twoToTwo: return 2
            case .zeroToOne: return 0
            }
        }

        /// The number of Turkish sentences in a link of this kind.
        public var turkishCount: Int {
            switch self {
            case .oneToOne, .twoToOne, .zeroToOne: return 1
            case .oneToTwo, .twoToTwo: return 2
            case .oneToZero: return 0
            }
        }

        /// The kind with the given counts, or `nil` for a shape the aligner does not produce.
        ///
        /// - Parameters:
        ///   - german: The number of German sentences (0…2).
        ///   - turkish: The number of Turkish sentences (0…2).
        public init?(german: Int, turkish: Int) {
            guard let kind = Kind.allCases.first(where: { $0.germanCount == german && $0.turkishCount == turkish }) else {
                return nil
            }
            self = kind
        }
    }

    /// The German sentence numbers, ascending and consecutive.
    public var german: [Int]
    /// The Turkish sentence numbers, ascending and consecutive.
    public var turkish: [Int]
    /// The probability (0…1) that this link is right, as estimated by the aligner.
    public var confidence: Double

    /// The shape of the link.
    public var kind: Kind { Kind(german: german.count, turkish: turkish.count) ?? .oneToOne }

    /// Creates a link.
    ///
    /// - Parameters:
    ///   - german: The German sentence numbers.
    ///   - turkish: The Turkish sentence numbers.
    ///   - confidence: The confidence, 0…1.
    public init(german: [Int], turkish: [Int], confidence: Double = 1) {
        self.german = german
        self.turkish = turkish
        self.confidence = confidence
    }
}
