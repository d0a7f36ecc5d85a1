import Foundation

/// The banded dynamic-programming search behind ``SentenceAligner``.
///
/// Node (i, j) stands for "the first i German and the first j Turkish sentences are aligned".
/// A link is an edge from (i − g, j − t) to (i, j) for the six kinds (g, t). Row i keeps only the
/// nodes j in [lo(i), hi(i)]: a band of half-width `radius` around the cheapest node of row i − 1
/// moved on by the slope m/n, so the band follows the alignment instead of the straight diagonal;
/// it always overlaps the previous row, so the end stays reachable.
/// The last row always reaches j = m. Time and memory are O((n + 1) · (2·radius + 1)).
///
/// One forward pass computes the Viterbi cost with back pointers and the forward "soft minimum"
/// F (−log of the summed probability of all paths to a node, costs read as −log probabilities);
/// one backward pass computes B, the same from the node to the end. The confidence of a link
/// s → e on the best path is its posterior probability exp(F(end) − F(s) − cost − B(e)).
///
/// The forward pass keeps the cost of every edge it computes (up to ``edgeCacheLimit`` bytes), so
/// the backward pass and the confidences reuse them instead of computing each cost again; the
/// features are read from raw buffers, and the anchor keys of the two sides of a link are merged
/// in one linear pass.
struct AlignmentLattice {
    static let kinds: [(german: Int, turkish: Int)] = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2)]

    /// The number of German and of Turkish sentences; the features themselves live in the buffers.
    let germanCount: Int
    let turkishCount: Int
    let options: SentenceAlignerOptions
    /// −log of the prior of each link kind, in the order of ``kinds``.
    private let priorCosts: SIMD8<Double>
    /// The bonus for a shared anchor, by key kind (``SentenceFeatures/KeyKind``).
    private let kindWeights: SIMD8<Double>
    /// When at most ``KeySignature/exactCapacity`` keys occur on both sides, the signatures hold one
    /// bit per such key, bit k for the k-th smallest (``KeySides/exactSignatureKeys``): the bonus
    /// of each bit's key and which bits are strong keys and marks. The shared keys of two sides are
    /// then the bits their signatures share, in key order.
    private let exactSignature: ExactSignature?
    private let lengthModel: LengthModel
    /// −log erfc for the length costs (``LengthModel/TailTable``).
    private let tailTable = LengthModel.TailTable.shared
    private let germanBuffer: FeatureBuffer
    private let turkishBuffer: FeatureBuffer
    /// The most memory the edge-cost cache may take; larger lattices compute costs twice.
    static let edgeCacheLimit = 96 << 20

    /// The German and Turkish sentence counts of link kind `kind` (the order of ``kinds``).
    @inline(__always) static func germanCount(_ kind: Int) -> Int { (0x985 >> (2 * kind)) & 3 }
    @inline(__always) static func turkishCount(_ kind: Int) -> Int { (0xA51 >> (2 * kind)) & 3 }

    init(german: SentenceFeatures, turkish: SentenceFeatures, options: SentenceAlignerOptions) {
        germanCount = german.count
        turkishCount = turkish.count
        self.options = options
        let priors = options.priors
        // Only keys found on both sides can be shared; the merges read just those.
        let common = KeySides(german.keys, turkish.keys)
        lengthModel = LengthModel(mean: options.lengthModel.mean, variance: options.lengthModel.variance * options.varianceScale)
        let mean = lengthModel.mean
        germanBuffer = FeatureBuffer(german, common: common, slots: common.germanSlots, scale: { mean * $0 })
        turkishBuffer = FeatureBuffer(turkish, common: common, slots: common.turkishSlots, scale: { $0 / mean })
        let weights = options.anchorWeights
        let kindWeights = SIMD8(weights.number, weights.date, weights.link, weights.name, weights.prefix,
                                weights.mark, weights.concept, weights.name)
        self.kindWeights = kindWeights
        exactSignature = common.exactSignatureKeys.map { ExactSignature($0, kindWeights: kindWeights) }
        let costs = [priors.oneToOne, priors.oneToZero, priors.oneToZero, priors.twoToOne, priors.twoToOne, priors.twoToTwo]
            .map { -log($0) }
        priorCosts = SIMD8(costs[0], costs[1], costs[2], costs[3], costs[4], costs[5], 0, 0)
    }

    /// The best path for one band radius, and whether it touches the band's edge.
    struct Solution {
        var links: [SentenceLink]
        var touchesEdge: Bool
    }

    func solve(radius: Int) -> Solution {
        let n = germanCount, m = turkishCount
        let slope = n == 0 ? 0 : Double(m) / Double(n)
        // Raw memory throughout: the loops below read and write it without bounds or uniqueness
        // checks; every index is inside the band, which the rows' bounds describe.
        let rowLo = UnsafeMutablePointer<Int>.allocate(capacity: n + 1)
        let rowHi = UnsafeMutablePointer<Int>.allocate(capacity: n + 1)
        let rowStart = UnsafeMutablePointer<Int>.allocate(capacity: n + 2)
        rowStart[0] = 0
        let estimate = (n + 1) * (2 * radius + 1) + m + 1
        var viterbi = NodeValues<Double>(capacity: estimate)
        var forward = NodeValues<Double>(capacity: estimate)
        var back = NodeValues<UInt8>(capacity: estimate)
        // Costs of the edges into each node, six per node, NaN where not computed.
        let cachesEdges = estimate * 6 * MemoryLayout<Double>.size <= Self.edgeCacheLimit
        var edgeCosts = NodeValues<Double>(capacity: cachesEdges ? estimate * 6 : 0)
        defer {
            rowLo.deallocate()
            rowHi.deallocate()
            rowStart.deallocate()
            viterbi.deallocate()
            forward.deallocate()
            back.deallocate()
            edgeCosts.deallocate()
        }

        var bestInPreviousRow = 0
        for i in 0...n {
            var lo: Int, hi: Int
            if i == 0 {
                lo = 0
                hi = min(m, radius)
            } else {
                let center = Int((Double(bestInPreviousRow) + slope).rounded())
                lo = max(0, center - radius)
                hi = min(m, center + radius)
                // Keep the band connected: some node of this row must be reachable from the
                // previous row by a 1-0 link.
                lo = min(lo, rowHi[i - 1])
            }
            if i == n {
                hi = m
                lo = min(lo, m)
            }
            lo = min(lo, hi)
            rowLo[i] = lo
            rowHi[i] = hi
            rowStart[i + 1] = rowStart[i] + (hi - lo + 1)
            // The row's nodes are added at once and filled in below (one append per row, not per node).
            let rowFirst = viterbi.count
            viterbi.append(Double.infinity, count: hi - lo + 1)
            forward.append(Double.infinity, count: hi - lo + 1)
            back.append(UInt8.max, count: hi - lo + 1)
            if cachesEdges { edgeCosts.append(Double.nan, count: 6 * (hi - lo + 1)) }
            let viterbiValues = viterbi.base, forwardValues = forward.base, backValues = back.base
            let edgeValues = edgeCosts.base
            var rowBest = Double.infinity
            for j in lo...hi {
                let node = rowFirst + j - lo
                if i == 0 && j == 0 {
                    viterbiValues[node] = 0
                    forwardValues[node] = 0
                    rowBest = 0
                    bestInPreviousRow = 0
                    continue
                }
                var best = Double.infinity
                var bestKind = UInt8.max
                var softMinimum = Double.infinity
                var softSum = 0.0
                for kindIndex in 0..<6 {
                    let pi = i - Self.germanCount(kindIndex), pj = j - Self.turkishCount(kindIndex)
                    guard pi >= 0, pj >= 0, pj >= rowLo[pi], pj <= rowHi[pi] else { continue }
                    let previous = rowStart[pi] + pj - rowLo[pi]
                    let previousCost = viterbiValues[previous]
                    guard previousCost.isFinite else { continue }
                    let linkCost = cost(i: i, j: j, kind: kindIndex)
                    if cachesEdges { edgeValues[node * 6 + kindIndex] = linkCost }
                    let total = previousCost + linkCost
                    if total < best {
                        best = total
                        bestKind = UInt8(kindIndex)
                    }
                    let soft = forwardValues[previous] + linkCost
                    Self.accumulate(soft, minimum: &softMinimum, sum: &softSum)
                }
                viterbiValues[node] = best
                forwardValues[node] = Self.softMinimum(softMinimum, sum: softSum)
                backValues[node] = bestKind
                if best < rowBest {
                    rowBest = best
                    bestInPreviousRow = j
                }
            }
        }

        // Trace the best path back from (n, m).
        var path: [(i: Int, j: Int, kind: Int)] = []
        var touchesEdge = !viterbi.base[rowStart[n] + m - rowLo[n]].isFinite
        var i = n, j = m
        while i > 0 || j > 0 {
            let index = rowStart[i] + j - rowLo[i]
            let kindIndex = Int(back.base[index])
            guard kindIndex < Self.kinds.count else { break }
            if (j == rowLo[i] && rowLo[i] > 0) || (j == rowHi[i] && rowHi[i] < m) { touchesEdge = true }
            path.append((i, j, kindIndex))
            i -= Self.germanCount(kindIndex)
            j -= Self.turkishCount(kindIndex)
        }
        path.reverse()

        // Backward pass, reusing the Viterbi storage for B.
        let backward = viterbi.base, forwardValues = forward.base, edgeValues = edgeCosts.base
        let total = forwardValues[rowStart[n] + m - rowLo[n]]
        for i in stride(from: n, through: 0, by: -1) {
            for j in stride(from: rowHi[i], through: rowLo[i], by: -1) {
                let index = rowStart[i] + j - rowLo[i]
                if i == n && j == m {
                    backward[index] = 0
                    continue
                }
                var softMinimum = Double.infinity
                var softSum = 0.0
                for kindIndex in 0..<6 {
                    let ni = i + Self.germanCount(kindIndex), nj = j + Self.turkishCount(kindIndex)
                    guard ni <= n, nj <= m, nj >= rowLo[ni], nj <= rowHi[ni] else { continue }
                    let nextIndex = rowStart[ni] + nj - rowLo[ni]
                    let next = backward[nextIndex]
                    guard next.isFinite else { continue }
                    var linkCost = cachesEdges ? edgeValues[nextIndex * 6 + kindIndex] : .nan
                    if linkCost.isNaN { linkCost = cost(i: ni, j: nj, kind: kindIndex) }
                    let soft = next + linkCost
                    Self.accumulate(soft, minimum: &softMinimum, sum: &softSum)
                }
                backward[index] = Self.softMinimum(softMinimum, sum: softSum)
            }
        }

        var links: [SentenceLink] = []
        links.reserveCapacity(path.count)
        for step in path {
            let startI = step.i - Self.germanCount(step.kind), startJ = step.j - Self.turkishCount(step.kind)
            let start = rowStart[startI] + startJ - rowLo[startI]
            let end = rowStart[step.i] + step.j - rowLo[step.i]
            var linkCost = cachesEdges ? edgeValues[end * 6 + step.kind] : .nan
            if linkCost.isNaN { linkCost = cost(i: step.i, j: step.j, kind: step.kind) }
            let pathCost = forwardValues[start] + linkCost + backward[end]
            let posterior = exp(total - pathCost)
            links.append(SentenceLink(german: Array(startI..<step.i), turkish: Array(startJ..<step.j),
                                      confidence: min(1, max(0, posterior))))
        }
        return Solution(links: links, touchesEdge: touchesEdge)
    }

    /// The soft minimum kept as `minimum` and `sum` (``accumulate(_:minimum:sum:)``): minimum − log sum,
    /// infinite when no path was added. A sum of exactly 1 (a node with one incoming path that
    /// counts, as on the lattice's first row and column) is not passed to `log`: log 1 is +0, and
    /// subtracting it changes nothing.
    @inline(__always) static func softMinimum(_ minimum: Double, sum: Double) -> Double {
        guard minimum.isFinite else { return .infinity }
        return sum == 1 ? minimum : minimum - log(sum)
    }

    /// Adds the path cost `soft` to a soft minimum kept as a minimum and a sum of
    /// exp(minimum − cost). A term below e^−40 is not computed: the sum is at least 1 and at most
    /// 6, so adding it (or scaling the sum by it) could not change a bit of the result.
    @inline(__always) static func accumulate(_ soft: Double, minimum: inout Double, sum: inout Double) {
        if soft < minimum {
            let difference = soft - minimum
            sum = difference < -40 ? 1 : sum * exp(difference) + 1
            minimum = soft
        } else {
            let difference = minimum - soft
            if difference >= -40 { sum += exp(difference) }
        }
    }

    /// The cost of the link of kind `kind` ending at node (i, j).
    /// In anchored mode a 1-0 or 0-1 link costs its prior alone.
    @inline(__always) func cost(i: Int, j: Int, kind: Int) -> Double {
        let germanCount = Self.germanCount(kind), turkishCount = Self.turkishCount(kind)
        var result = priorCosts[kind]
        switch options.mode {
        case .lengthOnly:
            result += lengthCost(i: i, germanCount: germanCount, j: j, turkishCount: turkishCount)
        case .anchored:
            guard germanCount > 0 && turkishCount > 0 else { return result }
            result += lengthCost(i: i, germanCount: germanCount, j: j, turkishCount: turkishCount)
            result += anchorCost(germanEnd: i, germanCount: germanCount, turkishEnd: j, turkishCount: turkishCount)
        }
        return result
    }

    /// The length cost of German sentences [i − germanCount, i) against Turkish sentences
    /// [j − turkishCount, j), from the lengths the buffers summed and scaled once.
    @inline(__always) private func lengthCost(i: Int, germanCount: Int, j: Int, turkishCount: Int) -> Double {
        let german = germanBuffer.span(end: i, count: germanCount)
        let turkish = turkishBuffer.span(end: j, count: turkishCount)
        return lengthModel.cost(german: german.length, scaledGerman: german.scaled,
                                turkish: turkish.length, scaledTurkish: turkish.scaled, table: tailTable)
    }

    /// Bonus (negative) for shared anchors and penalty for unshared strong anchors and unlike
    /// end punctuation, for German sentences [germanEnd − germanCount, germanEnd) and Turkish
    /// sentences [turkishEnd − turkishCount, turkishEnd).
    ///
    /// Each side's keys are one sorted range: a sentence's own keys, or the union of two adjacent
    /// sentences, built once (``FeatureBuffer``), holding only the keys found on both sides of
    /// the alignment. One merge subtracts the bonus of each shared key; the sorted keys come kind
    /// by kind (the kind is in their top bits), so the sum is the same, operation for operation,
    /// as subtracting the bonuses kind by kind.
    @inline(__always) func anchorCost(germanEnd: Int, germanCount: Int, turkishEnd: Int, turkishCount: Int) -> Double {
        let weights = options.anchorWeights
        let germanSide = germanBuffer.range(end: germanEnd, count: germanCount)
        let turkishSide = turkishBuffer.range(end: turkishEnd, count: turkishCount)
        var x = germanSide.start, y = turkishSide.start
        let xEnd = germanSide.end, yEnd = turkishSide.end
        let germanKeys = germanSide.keys, turkishKeys = turkishSide.keys
        var result = 0.0
        var sharedStrong = 0, sharedMarks = 0
        if let exact = exactSignature {
            // One bit per key found on both sides, the bits in key order: the shared keys are
            // the common bits, their bonuses subtracted in the same order as by a merge; the
            // strong keys and marks among them are counted by their bits.
            let bonuses = exact.bonuses
            let both = germanSide.signature & turkishSide.signature
            // Only the lanes that hold keys (most alignments have fewer than 64 on both sides);
            // the counts only where the lane shares any such key (few do).
            for lane in 0..<exact.laneCount where both[lane] != 0 {
                let shared = both[lane]
                var bits = shared
                while bits != 0 {
                    result -= bonuses[lane &* 64 &+ bits.trailingZeroBitCount]
                    bits &= bits &- 1
                }
                let strongBits = shared & exact.strong[lane], markBits = shared & exact.marks[lane]
                if strongBits != 0 { sharedStrong += strongBits.nonzeroBitCount }
                if markBits != 0 { sharedMarks += markBits.nonzeroBitCount }
            }
        } else if germanSide.signature[0] & turkishSide.signature[0] != 0 {
            // Most pairs of sides share no kept key, which their signatures mostly tell at once.
            // The keys are sorted and their kind is in the top bits, so the bonuses are
            // subtracted kind by kind.
            while x < xEnd && y < yEnd {
                let left = germanKeys[x], right = turkishKeys[y]
                if left == right {
                    countShared(kind: SentenceFeatures.KeyKind.rawKind(of: left), cost: &result,
                                strong: &sharedStrong, marks: &sharedMarks)
                    x += 1
                    y += 1
                } else {
                    x += left < right ? 1 : 0
                    y += right < left ? 1 : 0
                }
            }
        }
        result += weights.unmatched * Double(germanSide.strong + turkishSide.strong - 2 * sharedStrong)
        result += weights.markUnmatched * Double(germanSide.marks + turkishSide.marks - 2 * sharedMarks)

        let germanEnding = germanBuffer.endings[germanEnd - 1]
        let turkishEnding = turkishBuffer.endings[turkishEnd - 1]
        let germanMarked = germanEnding == .question || germanEnding == .exclamation
        let turkishMarked = turkishEnding == .question || turkishEnding == .exclamation
        if germanEnding == turkishEnding {
            if germanMarked { result -= weights.endingMatch }
        } else if germanMarked || turkishMarked || germanEnding == .other || turkishEnding == .other {
            result += weights.endingMismatch
        }
        return result
    }

    /// Counts one key that both sides of a link share, of raw kind `kind` (in the merge of sorted
    /// keys): subtracts its kind's bonus from `cost` and counts it among the shared strong keys or
    /// marks.
    @inline(__always) private func countShared(kind: Int, cost: inout Double, strong: inout Int, marks: inout Int) {
        cost -= kindWeights[kind]
        if SentenceFeatures.KeyKind.isStrong(kind) {
            strong += 1
        } else if SentenceFeatures.KeyKind.isMark(kind) {
            marks += 1
        }
    }
}

/// The signature of a range of keys: 256 bits.
typealias KeySignature = SIMD4<UInt64>

extension SIMD4<UInt64> {
    /// How many keys on both sides an exact signature can tell apart.
    static var exactCapacity: Int { 64 * scalarCount }
}

/// What the bits of an exact signature stand for: the bonus of each bit's key (by its kind), in raw
/// memory, and the bits of the strong keys and of the marks.
private final class ExactSignature {
    let bonuses: UnsafeMutablePointer<Double>
    private(set) var strong = KeySignature()
    private(set) var marks = KeySignature()
    /// The lanes that hold a bit: one for each 64 keys.
    let laneCount: Int

    /// `keys` are the keys on both sides, sorted (``KeySides/exactSignatureKeys``); `kindWeights`
    /// the bonus of each key kind.
    init(_ keys: [UInt64], kindWeights: SIMD8<Double>) {
        bonuses = .allocate(capacity: max(1, keys.count))
        laneCount = (keys.count + 63) / 64
        for (index, key) in keys.enumerated() {
            let kind = SentenceFeatures.KeyKind.rawKind(of: key)
            (bonuses + index).initialize(to: kindWeights[kind])
            let bit: UInt64 = 1 << UInt64(index & 63)
            if SentenceFeatures.KeyKind.isStrong(kind) {
                strong[index >> 6] |= bit
            } else if SentenceFeatures.KeyKind.isMark(kind) {
                marks[index >> 6] |= bit
            }
        }
    }

    deinit { bonuses.deallocate() }
}

/// Values kept for each node of the lattice, row after row, in raw memory that grows as rows are
/// added; freed by ``deallocate()``.
private struct NodeValues<Value: BitwiseCopyable> {
    private(set) var base: UnsafeMutablePointer<Value>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(1, capacity)
        base = .allocate(capacity: self.capacity)
    }

    /// Appends `count` copies of `value`.
    mutating func append(_ value: Value, count added: Int) {
        if count + added > capacity {
            let grown = UnsafeMutablePointer<Value>.allocate(capacity: max(count + added, 2 * capacity))
            grown.moveInitialize(from: base, count: count)
            base.deallocate()
            base = grown
            capacity = max(count + added, 2 * capacity)
        }
        (base + count).initialize(repeating: value, count: added)
        count += added
    }

    func deallocate() {
        base.deallocate()
    }
}

/// A copy of one side's features in memory that the search reads without reference counting or
/// bounds checks, with the key union of every two adjacent sentences built once.
private final class FeatureBuffer {
    /// The sorted keys of one sentence or of two adjacent sentences, and how many of them are
    /// strong (number, date, link) and marks.
    struct KeyRange {
        let keys: UnsafeMutablePointer<UInt64>
        let start: Int
        let end: Int
        let strong: Int
        let marks: Int
        /// One bit per kept key (``FeatureBuffer/signature(of:common:)``): two ranges whose
        /// signatures do not overlap share no key.
        let signature: KeySignature
    }

    /// For each end e (0…count) and each count k (0, 1, 2) of sentences ending there, at 3·e + k:
    /// the summed length of sentences [e − k, e) (0 for none) and that sum scaled for the length
    /// model (``LengthModel/cost(german:scaledGerman:turkish:scaledTurkish:table:)``).
    private let spans: UnsafeMutablePointer<(length: Double, scaled: Double)>
    let endings: UnsafeMutablePointer<SentenceAnchors.Ending>
    private let keys: UnsafeMutablePointer<UInt64>
    private let keyStart: UnsafeMutablePointer<Int>
    private let counts: UnsafeMutablePointer<(strong: Int, marks: Int)>
    /// Keys of sentences s − 1 and s at pairStart[s]..<pairStart[s + 1] (none for s = 0).
    private let pairKeys: UnsafeMutablePointer<UInt64>
    private let pairStart: UnsafeMutablePointer<Int>
    private let pairCounts: UnsafeMutablePointer<(strong: Int, marks: Int)>
    private let signatures: UnsafeMutablePointer<KeySignature>
    private let pairSignatures: UnsafeMutablePointer<KeySignature>

    /// Copies `features`, keeping of each sentence only the keys in `common` (sorted) for the
    /// merges; the strong and mark counts are those of all the sentence's keys.
    init(_ features: SentenceFeatures, common: KeySides, slots: [Int32], scale: (Double) -> Double) {
        let count = features.count
        spans = .allocate(capacity: 3 * (count + 1))
        let zero = 0.0
        for end in 0...count {
            // The sums as the link costs formed them: 0 + the last length (+ the one before).
            let one = end >= 1 ? zero + features.lengths[end - 1] : zero
            let two = end >= 2 ? one + features.lengths[end - 2] : zero
            (spans + 3 * end).initialize(to: (zero, scale(zero)))
            (spans + 3 * end + 1).initialize(to: (one, scale(one)))
            (spans + 3 * end + 2).initialize(to: (two, scale(two)))
        }
        endings = Self.copy(features.endings)
        // With exact signatures the anchor costs read only the signatures and the counts, so the
        // kept keys and their unions are built only for the merges of larger alignments.
        let exact = common.exactSignatureKeys != nil
        var shared: [UInt64] = []
        var sharedStart = [0]
        sharedStart.reserveCapacity(count + 1)
        var singleCounts: [(strong: Int, marks: Int)] = []
        singleCounts.reserveCapacity(count)
        var single: [KeySignature] = []
        single.reserveCapacity(count)
        // Of each sentence's sorted keys, where the strong keys end and where the marks lie (the
        // kind is in the top bits, so each kind is one run).
        var runs: [(strongEnd: Int, markStart: Int, markEnd: Int)] = []
        runs.reserveCapacity(count)
        features.keys.withUnsafeBufferPointer { allKeys in slots.withUnsafeBufferPointer { keySlots in
            for sentence in 0..<count {
                let lower = features.keyStart[sentence], upper = features.keyStart[sentence + 1]
                var strongEnd = lower, markStart = lower, markEnd = lower
                var signature = KeySignature()
                for index in lower..<upper {
                    let key = allKeys[index]
                    let kind = SentenceFeatures.KeyKind.rawKind(of: key)
                    if SentenceFeatures.KeyKind.isStrong(kind) { strongEnd = index + 1 }
                    if kind < Int(SentenceFeatures.KeyKind.mark.rawValue) { markStart = index + 1 }
                    if kind <= Int(SentenceFeatures.KeyKind.mark.rawValue) { markEnd = index + 1 }
                    guard common.hasCommonKeys else { continue }
                    let rank = common.sharedRank(slot: keySlots[index])
                    guard rank >= 0 else { continue }
                    if exact {
                        signature[rank >> 6] |= 1 << UInt64(rank & 63)
                    } else {
                        shared.append(key)
                        signature[0] |= 1 << ((key &* 0x9E37_79B9_7F4A_7C15) >> 58)
                    }
                }
                runs.append((strongEnd, markStart, markEnd))
                singleCounts.append((strongEnd - lower, markEnd - markStart))
                sharedStart.append(shared.count)
                single.append(signature)
            }
        } }
        keys = Self.copy(shared)
        keyStart = Self.copy(sharedStart)
        var unions: [UInt64] = []
        var unionStart = [0]
        var unionCounts: [(strong: Int, marks: Int)] = []
        unionStart.reserveCapacity(count + 1)
        unionCounts.reserveCapacity(count)
        var pairs: [KeySignature] = []
        pairs.reserveCapacity(count)
        for sentence in 0..<count {
            if sentence > 0 {
                // The counts are those of the union of all keys; the merges need only the union
                // of the kept keys.
                let before = runs[sentence - 1], own = runs[sentence]
                let strongBoth = SortedKeys.sharedCount(features.keys[features.keyStart[sentence - 1]..<before.strongEnd],
                                                        features.keys[features.keyStart[sentence]..<own.strongEnd])
                let marksBoth = SortedKeys.sharedCount(features.keys[before.markStart..<before.markEnd],
                                                       features.keys[own.markStart..<own.markEnd])
                let previousCounts = singleCounts[sentence - 1], ownCounts = singleCounts[sentence]
                unionCounts.append((previousCounts.strong + ownCounts.strong - strongBoth,
                                    previousCounts.marks + ownCounts.marks - marksBoth))
                if !exact {
                    Self.appendUnion(shared[sharedStart[sentence - 1]..<sharedStart[sentence]],
                                     shared[sharedStart[sentence]..<sharedStart[sentence + 1]], to: &unions)
                }
                pairs.append(single[sentence - 1] | single[sentence])
            } else {
                unionCounts.append((0, 0))
                pairs.append(KeySignature())
            }
            unionStart.append(unions.count)
        }
        counts = Self.copy(singleCounts)
        pairKeys = Self.copy(unions)
        pairStart = Self.copy(unionStart)
        pairCounts = Self.copy(unionCounts)
        signatures = Self.copy(single)
        pairSignatures = Self.copy(pairs)
    }

    /// The summed length of sentences [end − count, end), count 0, 1 or 2, and the sum scaled.
    @inline(__always) func span(end: Int, count: Int) -> (length: Double, scaled: Double) {
        spans[3 * end + count]
    }

    /// The keys of sentences [end − count, end), count 1 or 2.
    @inline(__always) func range(end: Int, count: Int) -> KeyRange {
        let sentence = end - 1
        if count == 2 {
            let pair = pairCounts[sentence]
            return KeyRange(keys: pairKeys, start: pairStart[sentence], end: pairStart[sentence + 1],
                            strong: pair.strong, marks: pair.marks, signature: pairSignatures[sentence])
        }
        let own = counts[sentence]
        return KeyRange(keys: keys, start: keyStart[sentence], end: keyStart[sentence + 1], strong: own.strong,
                        marks: own.marks, signature: signatures[sentence])
    }

    /// Appends the sorted union of two sorted key lists without duplicates.
    private static func appendUnion(_ previous: ArraySlice<UInt64>, _ own: ArraySlice<UInt64>,
                                    to unions: inout [UInt64]) {
        var a = previous.startIndex, b = own.startIndex
        while a < previous.endIndex || b < own.endIndex {
            if b == own.endIndex || (a < previous.endIndex && previous[a] < own[b]) {
                unions.append(previous[a]); a += 1
            } else if a == previous.endIndex || own[b] < previous[a] {
                unions.append(own[b]); b += 1
            } else {
                unions.append(own[b]); a += 1; b += 1
            }
        }
    }

    private static func copy<Element>(_ array: [Element]) -> UnsafeMutablePointer<Element> {
        let pointer = UnsafeMutablePointer<Element>.allocate(capacity: max(1, array.count))
        array.withUnsafeBufferPointer { buffer in
            if let base = buffer.baseAddress { pointer.initialize(from: base, count: buffer.count) }
        }
        return pointer
    }

    deinit {
        spans.deallocate()
        endings.deallocate()
        keys.deallocate()
        keyStart.deallocate()
        counts.deallocate()
        pairKeys.deallocate()
        pairStart.deallocate()
        pairCounts.deallocate()
        signatures.deallocate()
        pairSignatures.deallocate()
    }
}

/// Which sides of an alignment each anchor key occurs on: an open-addressing hash table over the
/// German keys, in which each Turkish key is looked up, built once per alignment.
struct KeySides {
    private var slots: [UInt64]
    /// Bit 0: found on the German side, bit 1: on the Turkish side; 0: empty slot.
    private var sides: [UInt8]
    private let mask: Int
    /// Whether any key occurs on both sides.
    private(set) var hasCommonKeys = false
    /// The keys on both sides, sorted, when there are at most ``KeySignature/exactCapacity`` of them.
    private(set) var exactSignatureKeys: [UInt64]?
    /// The rank of each key on both sides among them, when ``exactSignatureKeys`` is set.
    private var ranks: [UInt8] = []
    /// The slot of each German key (in the order given), so that the buffers need not probe
    /// the table again.
    private(set) var germanSlots: [Int32] = []
    /// The slot of each Turkish key, −1 for a key the German side does not have.
    private(set) var turkishSlots: [Int32] = []

    init(_ german: [UInt64], _ turkish: [UInt64]) {
        // Only German keys are stored (a Turkish key is only looked up): twice their count is room
        // enough for short probes.
        var capacity = 16
        while capacity < 2 * german.count { capacity <<= 1 }
        slots = [UInt64](repeating: 0, count: capacity)
        sides = [UInt8](repeating: 0, count: capacity)
        mask = capacity - 1
        guard !german.isEmpty else { return }
        let mask = mask
        // The tables are filled through raw pointers: no uniqueness check per write.
        var germanSlots = [Int32](repeating: -1, count: german.count)
        var turkishSlots = [Int32](repeating: -1, count: turkish.count)
        // The slots of the keys on both sides, noted as they become common (rather than found by
        // a pass over the whole table); no more than one past the exact signatures' capacity.
        var commonSlots: [Int32] = []
        slots.withUnsafeMutableBufferPointer { slots in
            sides.withUnsafeMutableBufferPointer { sides in
                for (index, key) in german.enumerated() {
                    germanSlots[index] = Self.insert(key, slots: slots, sides: sides, mask: mask)
                }
                for (index, key) in turkish.enumerated() {
                    let slot = Self.find(key, slots: slots, sides: sides, mask: mask)
                    turkishSlots[index] = slot
                    if slot >= 0 && sides[Int(slot)] == 1 {
                        sides[Int(slot)] = 3
                        if commonSlots.count <= KeySignature.exactCapacity { commonSlots.append(slot) }
                    }
                }
            }
        }
        self.germanSlots = germanSlots
        self.turkishSlots = turkishSlots
        hasCommonKeys = !commonSlots.isEmpty
        guard hasCommonKeys, commonSlots.count <= KeySignature.exactCapacity else { return }
        var common = commonSlots.map { (key: slots[Int($0)], slot: Int($0)) }
        common.sort { $0.key < $1.key }
        ranks = [UInt8](repeating: 0, count: capacity)
        for (rank, entry) in common.enumerated() { ranks[entry.slot] = UInt8(rank) }
        exactSignatureKeys = common.map(\.key)
    }

    /// For a key on both sides, its rank among them (with ``exactSignatureKeys``, else 0); −1
    /// for any other key. `slot` is the key's slot (``germanSlots``, ``turkishSlots``).
    @inline(__always) func sharedRank(slot: Int32) -> Int {
        guard slot >= 0, sides[Int(slot)] == 3 else { return -1 }
        return exactSignatureKeys == nil ? 0 : Int(ranks[Int(slot)])
    }

    /// Records a German key (side bit 1); returns its slot.
    @inline(__always) private static func insert(_ key: UInt64, slots: UnsafeMutableBufferPointer<UInt64>,
                                                 sides: UnsafeMutableBufferPointer<UInt8>, mask: Int) -> Int32 {
        let (index, found) = probe(key, slots: slots, sides: sides, mask: mask)
        if !found {
            slots[index] = key
            sides[index] = 1
        }
        return Int32(index)
    }

    /// The slot of `key` among the German keys, or −1 when the German side does not have it.
    @inline(__always) private static func find(_ key: UInt64, slots: UnsafeMutableBufferPointer<UInt64>,
                                               sides: UnsafeMutableBufferPointer<UInt8>, mask: Int) -> Int32 {
        let (index, found) = probe(key, slots: slots, sides: sides, mask: mask)
        return found ? Int32(index) : -1
    }

    /// Linear probing from the key's hash: the slot that holds `key`, or else the empty slot where it
    /// would go.
    @inline(__always) private static func probe(_ key: UInt64, slots: UnsafeMutableBufferPointer<UInt64>,
                                                sides: UnsafeMutableBufferPointer<UInt8>, mask: Int) -> (Int, found: Bool) {
        var index = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while sides[index] != 0 {
            if slots[index] == key { return (index, true) }
            index = (index + 1) & mask
        }
        return (index, false)
    }
}
