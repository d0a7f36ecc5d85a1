/// How ``SentenceAligner`` scores and searches.
///
/// The defaults are the anchored German–Turkish aligner; ``baseline`` is plain Gale–Church for
/// comparison.
public struct SentenceAlignerOptions: Hashable, Sendable {
    /// What the cost of a link is made of.
    public enum Mode: String, Hashable, Sendable {
        /// Length model, link-type prior and anchors (numbers, URLs, e-mail addresses, names, end
        /// punctuation). A 1-0 or 0-1 link costs its prior only.
        case anchored
        /// Gale–Church as published: length model and link-type prior only; a 1-0 or 0-1 link
        /// also pays the length cost of pairing its sentence with nothing.
        case lengthOnly
    }

    /// Prior probabilities of the link kinds; each is turned into a cost of −log p.
    public struct Priors: Hashable, Sendable {
        /// p(1-1).
        public var oneToOne: Double
        /// p(1-0) and p(0-1), each.
        public var oneToZero: Double
        /// p(2-1) and p(1-2), each.
        public var twoToOne: Double
        /// p(2-2).
        public var twoToTwo: Double

        /// Creates priors.
        ///
        /// - Parameters:
        ///   - oneToOne: p(1-1).
        ///   - oneToZero: p(1-0), also used for p(0-1).
        ///   - twoToOne: p(2-1), also used for p(1-2).
        ///   - twoToTwo: p(2-2).
        public init(oneToOne: Double, oneToZero: Double, twoToOne: Double, twoToTwo: Double) {
            self.oneToOne = oneToOne
            self.oneToZero = oneToZero
            self.twoToOne = twoToOne
            self.twoToTwo = twoToTwo
        }

        /// Gale and Church's priors (1993): 0.89, 0.0099/2, 0.089/2, 0.011.
        public static let galeChurch = Priors(oneToOne: 0.89, oneToZero: 0.0099 / 2, twoToOne: 0.089 / 2, twoToTwo: 0.011)

        /// Priors for contributions where a missing translation is a case to find, not a rarity:
        /// 1-0 and 0-1 are a little more likely than 2-1 and 1-2, and 2-2 is rare (a 2-2 link can
        /// hide a missing sentence next to a 1-1 link).
        public static let missingTranslations = Priors(oneToOne: 0.85, oneToZero: 0.05, twoToOne: 0.03, twoToTwo: 0.001)
    }

    /// Weights (in nats) of anchor evidence in ``Mode/anchored``.
    public struct AnchorWeights: Hashable, Sendable {
        /// Bonus per number shared by both sides.
        public var number: Double
        /// Bonus per date shared by both sides.
        public var date: Double
        /// Bonus per URL or e-mail address shared by both sides.
        public var link: Double
        /// Bonus per name or word with diacritics shared by both sides.
        public var name: Double
        /// Bonus per word prefix shared by both sides (see ``SentenceAnchors/wordPrefixes``).
        public var prefix: Double
        /// Bonus per punctuation mark shared by both sides (see ``SentenceAnchors/marks``).
        public var mark: Double
        /// Bonus per ``CoreLexicon`` concept shared by both sides.
        public var concept: Double
        /// Penalty per number, date, URL or e-mail address found on one side only.
        public var unmatched: Double
        /// Penalty per punctuation mark found on one side only.
        public var markUnmatched: Double
        /// Bonus when both sides end with `?` or both with `!`.
        public var endingMatch: Double
        /// Penalty when one side ends with `?` or `!` and the other does not, or one side has no
        /// end punctuation (a headline) and the other has.
        public var endingMismatch: Double

        /// Creates weights.
        public init(number: Double, date: Double, link: Double, name: Double, prefix: Double, mark: Double, concept: Double,
                    unmatched: Double, markUnmatched: Double, endingMatch: Double, endingMismatch: Double) {
            self.number = number
            self.date = date
            self.link = link
            self.name = name
            self.prefix = prefix
            self.mark = mark
            self.concept = concept
            self.unmatched = unmatched
            self.markUnmatched = markUnmatched
            self.endingMatch = endingMatch
            self.endingMismatch = endingMismatch
        }

        /// The weights used by default.
        public static let standard = AnchorWeights(number: 2, date: 3, link: 4, name: 1, prefix: 1, mark: 0.7, concept: 1.5,
                                                   unmatched: 1, markUnmatched: 0.7, endingMatch: 1.5, endingMismatch: 1.5)
    }

    /// What the cost of a link is made of.
    public var mode: Mode
    /// The length model.
    public var lengthModel: LengthModel
    /// The factor the aligner multiplies the length model's variance by.
    ///
    /// ``LengthModel/germanTurkish`` is the maximum-likelihood fit to the bulk of the sentence
    /// pairs, but real pairs have heavier tails (headlines, quotations, translator's additions), so
    /// the anchored aligner trusts lengths less than the fit suggests. The default 2 was chosen on
    /// perturbation seeds 1–5 of the NTREX-128 evaluation (see `docs/alignment.md`); the baseline
    /// uses 1.
    public var varianceScale: Double
    /// The link-kind priors.
    public var priors: Priors
    /// The anchor weights (ignored in ``Mode/lengthOnly``).
    public var anchorWeights: AnchorWeights
    /// The half-width of the search band at the first attempt, in sentences.
    public var initialBandRadius: Int
    /// The largest half-width the band may grow to when the best path touches its edge.
    public var maximumBandRadius: Int

    /// Creates options; the defaults are the anchored German–Turkish aligner.
    public init(mode: Mode = .anchored, lengthModel: LengthModel = .germanTurkish, varianceScale: Double = 2,
                priors: Priors = .missingTranslations, anchorWeights: AnchorWeights = .standard,
                initialBandRadius: Int = 20, maximumBandRadius: Int = 640) {
        self.mode = mode
        self.lengthModel = lengthModel
        self.varianceScale = varianceScale
        self.priors = priors
        self.anchorWeights = anchorWeights
        self.initialBandRadius = initialBandRadius
        self.maximumBandRadius = maximumBandRadius
    }

    /// Plain Gale–Church: length only, the original priors, and the German–Turkish length model.
    public static let baseline = SentenceAlignerOptions(mode: .lengthOnly, varianceScale: 1, priors: .galeChurch)
}
