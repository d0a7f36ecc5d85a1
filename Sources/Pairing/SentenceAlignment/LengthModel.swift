import Foundation

/// The Gale–Church length model: the Turkish length of a translation is normally distributed
/// around `mean` × the German length, with variance `variance` × the German length (lengths in
/// characters, see ``TextNormalization/alignmentLength(of:)``).
///
/// ``germanTurkish`` was estimated with ``estimate(from:)`` on the 1,997 line pairs of NTREX-128
/// (German and Turkish references of newstest2019): Turkish text is slightly shorter than German.
public struct LengthModel: Hashable, Sendable, Codable {
    /// Expected Turkish characters per German character.
    public var mean: Double
    /// Variance of the Turkish length per German character.
    public var variance: Double

    /// Creates a model.
    ///
    /// - Parameters:
    ///   - mean: Expected Turkish characters per German character.
    ///   - variance: Variance per German character.
    public init(mean: Double, variance: Double) {
        self.mean = mean
        self.variance = variance
    }

    /// The German–Turkish model estimated on NTREX-128 (see `docs/alignment.md`).
    public static let germanTurkish = LengthModel(mean: 0.8984, variance: 4.161)

    /// Gale and Church's original values (English–French and English–German, 1993).
    public static let galeChurch = LengthModel(mean: 1, variance: 6.8)

    /// Estimates the model from pairs of lengths of sentences known to translate each other.
    ///
    /// `mean` is the ratio of the total lengths; `variance` is the maximum-likelihood estimate
    /// Σ(t − mean·g)² / Σg under the model's assumption that the variance grows with the length.
    ///
    /// - Parameter pairs: German and Turkish lengths of translated sentences.
    /// - Returns: The estimated model, or ``galeChurch`` when `pairs` has no German characters.
    public static func estimate(from pairs: [(german: Int, turkish: Int)]) -> LengthModel {
        let germanTotal = pairs.reduce(0.0) { $0 + Double($1.german) }
        guard germanTotal > 0 else { return .galeChurch }
        let turkishTotal = pairs.reduce(0.0) { $0 + Double($1.turkish) }
        let mean = turkishTotal / germanTotal
        let squares = pairs.reduce(0.0) { sum, pair in
            let deviation = Double(pair.turkish) - mean * Double(pair.german)
            return sum + deviation * deviation
        }
        return LengthModel(mean: mean, variance: squares / germanTotal)
    }

    /// The Gale–Church cost (in nats) of pairing `german` characters with `turkish` characters:
    /// −log of the two-sided tail probability of the normalised length difference.
    ///
    /// - Parameters:
    ///   - german: German length in characters.
    ///   - turkish: Turkish length in characters.
    /// - Returns: 0 for a perfect fit, growing roughly with the square of the difference.
    public func cost(german: Double, turkish: Double) -> Double {
        if german == 0 && turkish == 0 { return 0 }
        let average = (german + turkish / mean) / 2
        let z = abs(mean * german - turkish) / (variance * average).squareRoot()
        return Self.negativeLogTwoSidedTail(z)
    }

    /// −log(2·(1 − Φ(z))) = −log erfc(z/√2), with the asymptotic expansion where erfc underflows.
    static func negativeLogTwoSidedTail(_ z: Double) -> Double {
        let x = z / 2.0.squareRoot()
        if x < 20 {
            let tail = erfc(x)
            if tail > 1e-300 { return -log(tail) }
        }
        // erfc(x) ≈ exp(−x²) / (x·√π) for large x.
        return x * x + log(x * Double.pi.squareRoot())
    }
}
