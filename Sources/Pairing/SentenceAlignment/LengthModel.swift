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
    /// −log of the two-sided tail probability of the normalised length difference (to within
    /// 10⁻¹⁰, see ``TailTable``).
    ///
    /// - Parameters:
    ///   - german: German length in characters.
    ///   - turkish: Turkish length in characters.
    /// - Returns: 0 for a perfect fit, growing roughly with the square of the difference.
    public func cost(german: Double, turkish: Double) -> Double {
        cost(german: german, turkish: turkish, table: TailTable.shared)
    }

    /// ``cost(german:turkish:)`` with the table at hand (the aligner keeps it, so that its many calls
    /// need not check that the shared table is built).
    @inline(__always) func cost(german: Double, turkish: Double, table: TailTable) -> Double {
        cost(german: german, scaledGerman: mean * german, turkish: turkish, scaledTurkish: turkish / mean, table: table)
    }

    /// ``cost(german:turkish:)`` with `mean · german` and `turkish / mean` at hand: the aligner
    /// computes them once per sentence (and pair of sentences) instead of once per link, which
    /// takes a division out of every link's cost and gives the same result to the last bit.
    @inline(__always) func cost(german: Double, scaledGerman: Double, turkish: Double, scaledTurkish: Double,
                                table: TailTable) -> Double {
        if german == 0 && turkish == 0 { return 0 }
        // x = z/√2 with z = |mean·g − t| / √(variance·(g + t/mean)/2): the halves cancel, which leaves
        // one division and one square root (divisions and square roots are what this costs).
        let x = abs(scaledGerman - turkish) / (variance * (german + scaledTurkish)).squareRoot()
        if x < TailTable.end { return table.value(x) }
        return Self.negativeLogTail(x: x)
    }

    /// −log(2·(1 − Φ(z))) = −log erfc(z/√2), read from ``TailTable`` (within 10⁻¹⁰ of
    /// ``exactNegativeLogTwoSidedTail(_:)``), with the asymptotic expansion from x = z/√2 = 20 on.
    static func negativeLogTwoSidedTail(_ z: Double) -> Double {
        let x = z / 2.0.squareRoot()
        // The table holds 0 ≤ x < end; a negative z (no caller passes one) takes the exact path.
        if x >= 0 && x < TailTable.end { return TailTable.shared.value(x) }
        return negativeLogTail(x: x)
    }

    /// −log(2·(1 − Φ(z))) = −log erfc(z/√2) through `erfc` and `log`, with the asymptotic expansion
    /// where erfc underflows.
    static func exactNegativeLogTwoSidedTail(_ z: Double) -> Double {
        negativeLogTail(x: z / 2.0.squareRoot())
    }

    /// −log erfc(x), with the asymptotic expansion from x = 20 on.
    static func negativeLogTail(x: Double) -> Double {
        if x < TailTable.end {
            let tail = erfc(x)
            if tail > 1e-300 { return -log(tail) }
        }
        // erfc(x) ≈ exp(−x²) / (x·√π) for large x.
        return x * x + log(x * Double.pi.squareRoot())
    }

    /// −log erfc(x) on [0, 20) as a cubic Hermite spline through its values and slopes at steps of
    /// 1/64, built once per process.
    ///
    /// The aligner evaluates the length cost for nearly every edge of its lattice; `erfc` (which
    /// calls `exp`) and `log` took about a sixth of its time. The spline's error is below 10⁻¹⁰ (largest
    /// near 0, where the cost itself is small), far below anything that changes an alignment.
    final class TailTable: Sendable {
        /// Where the table ends and the asymptotic expansion takes over.
        static let end = 20.0
        /// Points per unit of x.
        static let scale = 64.0
        static let shared = TailTable()

        /// For each point i: the value at i/scale, then the slope times the step (1/scale). Raw
        /// memory, read without reference counting; the table is never changed after it is built.
        private nonisolated(unsafe) let entries: UnsafeMutablePointer<Double>

        private init() {
            let count = Int(Self.end * Self.scale) + 2
            entries = .allocate(capacity: 2 * count)
            for index in 0..<count {
                let x = Double(index) / Self.scale
                let tail = erfc(x)
                (entries + 2 * index).initialize(to: -log(tail))
                // d/dx −log erfc(x) = (2/√π)·e^(−x²) / erfc(x).
                (entries + 2 * index + 1).initialize(to: 2 / Double.pi.squareRoot() * exp(-x * x) / tail / Self.scale)
            }
        }

        deinit { entries.deallocate() }

        /// −log erfc(x) for 0 ≤ x < ``end``.
        @inline(__always) func value(_ x: Double) -> Double {
            let position = x * Self.scale
            let index = Int(position)
            let t = position - Double(index)
            let t2 = t * t, t3 = t2 * t
            let point = entries + 2 * index
            return (2 * t3 - 3 * t2 + 1) * point[0] + (t3 - 2 * t2 + t) * point[1]
                + (3 * t2 - 2 * t3) * point[2] + (t3 - t2) * point[3]
        }
    }
}
