public import Pairing

/// A document with perturbed sentences and the gold alignment that the perturbation implies.
public struct PerturbedDocument: Sendable, Hashable {
    /// The document's identifier.
    public var id: String
    /// The German sentences.
    public var german: [String]
    /// The Turkish sentences.
    public var turkish: [String]
    /// The gold links, in document order.
    public var gold: [SentenceLink]
}
