import PublicationCore

/// Aligns the sentences of a German document with those of its Turkish translation.
///
/// The aligner finds the cheapest sequence of links (1-1, 1-2, 2-1, 2-2, 1-0, 0-1) that covers
/// both documents in order, by dynamic programming in the style of Gale and Church (1993). The
/// cost of a link is the sum of
/// - the prior of its kind, −log p (``SentenceAlignerOptions/Priors``);
/// - the length cost: −log of the two-sided tail probability of the normalised difference between
///   the Turkish length and `mean` × the German length (``LengthModel``);
/// - in ``SentenceAlignerOptions/Mode/anchored`` mode, anchor evidence: a bonus for each number,
///   date, URL, e-mail address or name the two sides share, a penalty for each number, date, URL
///   or e-mail address only one side has, and a bonus or penalty for matching or unlike end
///   punctuation (``SentenceAnchors``).
///
/// The search is banded: each row of the lattice keeps `2·r + 1` nodes around the cheapest node
/// of the previous row, so time and memory grow linearly with the document. When the best path
/// touches the edge of the band, the radius r is doubled and the search repeated, up to
/// ``SentenceAlignerOptions/maximumBandRadius``. The confidence of a link is its posterior
/// probability under the same costs read as −log probabilities (forward–backward over the band).
///
/// ```swift
/// let aligner = SentenceAligner()
/// let alignment = aligner.align(
///     german: ["Es regnet.", "Wir bleiben zu Hause.", "Am 17.12.2020 kamen 1.250 Gäste."],
///     turkish: ["Yağmur yağıyor.", "17.12.2020'de 1.250 misafir geldi."])
/// alignment.links.map(\.kind)   // [.oneToOne, .oneToZero, .oneToOne]
/// ```
public struct SentenceAligner: Sendable {
    /// The scoring and search options.
    public var options: SentenceAlignerOptions

    /// Creates an aligner.
    ///
    /// - Parameter options: Scoring and search options; the default is the anchored aligner.
    public init(options: SentenceAlignerOptions = SentenceAlignerOptions()) {
        self.options = options
    }

    /// Aligns German sentences with Turkish sentences.
    ///
    /// - Parameters:
    ///   - german: The German sentences in reading order, over the whole document.
    ///   - turkish: The Turkish sentences in reading order.
    /// - Returns: The links in document order; every sentence is in exactly one link.
    public func align(german: [String], turkish: [String]) -> SentenceAlignment {
        let withAnchors = options.mode == .anchored
        let lattice = AlignmentLattice(
            german: SentenceFeatures(german, language: .german, withAnchors: withAnchors),
            turkish: SentenceFeatures(turkish, language: .turkish, withAnchors: withAnchors),
            options: options)
        var radius = max(1, options.initialBandRadius)
        let limit = max(radius, min(options.maximumBandRadius, max(german.count, turkish.count)))
        while true {
            let solution = lattice.solve(radius: radius)
            if !solution.touchesEdge || radius >= limit {
                return SentenceAlignment(links: solution.links, germanCount: german.count,
                                         turkishCount: turkish.count, bandRadius: radius)
            }
            radius = min(limit, radius * 2)
        }
    }
}
