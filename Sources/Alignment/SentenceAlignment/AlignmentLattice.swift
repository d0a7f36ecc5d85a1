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
struct AlignmentLattice {
    static let kinds: [(german: Int, turkish: Int)] = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2)]

    let german: SentenceFeatures
    let turkish: SentenceFeatures
    let options: SentenceAlignerOptions
    private let priorCosts: [Double]
    private let lengthModel: LengthModel
    private let germanKeys: KeyBuffer
    private let turkishKeys: KeyBuffer

    init(german: SentenceFeatures, turkish: SentenceFeatures, options: SentenceAlignerOptions) {
        self.german = german
        self.turkish = turkish
        self.options = options
        let priors = options.priors
        germanKeys = KeyBuffer(german.keys)
        turkishKeys = KeyBuffer(turkish.keys)
        lengthModel = LengthModel(mean: options.lengthModel.mean, variance: options.lengthModel.variance * options.varianceScale)
        priorCosts = [priors.oneToOne, priors.oneToZero, priors.oneToZero, priors.twoToOne, priors.twoToOne, priors.twoToTwo]
            .map { -log($0) }
    }

    /// The best path for one band radius, and whether it touches the band's edge.
    struct Solution {
        var links: [SentenceLink]
        var touchesEdge: Bool
    }

    func solve(radius: Int) -> Solution {
        let n = german.count, m = turkish.count
        let slope = n == 0 ? 0 : Double(m) / Double(n)
        var rowLo = [Int](repeating: 0, count: n + 1)
        var rowHi = [Int](repeating: 0, count: n + 1)
        var rowStart = [Int](repeating: 0, count: n + 2)
        let estimate = (n + 1) * (2 * radius + 1) + m + 1
        var viterbi: [Double] = []
        var forward: [Double] = []
        var back: [UInt8] = []
        viterbi.reserveCapacity(estimate)
        forward.reserveCapacity(estimate)
        back.reserveCapacity(estimate)

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
            var rowBest = Double.infinity
            for j in lo...hi {
                if i == 0 && j == 0 {
                    viterbi.append(0)
                    forward.append(0)
                    back.append(UInt8.max)
                    rowBest = 0
                    bestInPreviousRow = 0
                    continue
                }
                var best = Double.infinity
                var bestKind = UInt8.max
                var softMinimum = Double.infinity
                var softSum = 0.0
                for (kindIndex, kind) in Self.kinds.enumerated() {
                    let pi = i - kind.german, pj = j - kind.turkish
                    guard pi >= 0, pj >= 0, pj >= rowLo[pi], pj <= rowHi[pi] else { continue }
                    let previous = rowStart[pi] + pj - rowLo[pi]
                    let previousCost = viterbi[previous]
                    guard previousCost.isFinite else { continue }
                    let linkCost = cost(i: i, j: j, kind: kindIndex)
                    let total = previousCost + linkCost
                    if total < best {
                        best = total
                        bestKind = UInt8(kindIndex)
                    }
                    let soft = forward[previous] + linkCost
                    if soft < softMinimum {
                        softSum = softSum * exp(soft - softMinimum) + 1
                        softMinimum = soft
                    } else {
                        softSum += exp(softMinimum - soft)
                    }
                }
                viterbi.append(best)
                forward.append(softMinimum.isFinite ? softMinimum - log(softSum) : .infinity)
                back.append(bestKind)
                if best < rowBest {
                    rowBest = best
                    bestInPreviousRow = j
                }
            }
        }

        // Trace the best path back from (n, m).
        var path: [(i: Int, j: Int, kind: Int)] = []
        var touchesEdge = !viterbi[rowStart[n] + m - rowLo[n]].isFinite
        var i = n, j = m
        while i > 0 || j > 0 {
            let index = rowStart[i] + j - rowLo[i]
            let kindIndex = Int(back[index])
            guard kindIndex < Self.kinds.count else { break }
            if (j == rowLo[i] && rowLo[i] > 0) || (j == rowHi[i] && rowHi[i] < m) { touchesEdge = true }
            path.append((i, j, kindIndex))
            i -= Self.kinds[kindIndex].german
            j -= Self.kinds[kindIndex].turkish
        }
        path.reverse()

        // Backward pass, reusing the Viterbi storage for B.
        var backward = consume viterbi
        let total = forward[rowStart[n] + m - rowLo[n]]
        for i in stride(from: n, through: 0, by: -1) {
            for j in stride(from: rowHi[i], through: rowLo[i], by: -1) {
                let index = rowStart[i] + j - rowLo[i]
                if i == n && j == m {
                    backward[index] = 0
                    continue
                }
                var softMinimum = Double.infinity
                var softSum = 0.0
                for (kindIndex, kind) in Self.kinds.enumerated() {
                    let ni = i + kind.german, nj = j + kind.turkish
                    guard ni <= n, nj <= m, nj >= rowLo[ni], nj <= rowHi[ni] else { continue }
                    let next = backward[rowStart[ni] + nj - rowLo[ni]]
                    guard next.isFinite else { continue }
                    let soft = next + cost(i: ni, j: nj, kind: kindIndex)
                    if soft < softMinimum {
                        softSum = softSum * exp(soft - softMinimum) + 1
                        softMinimum = soft
                    } else {
                        softSum += exp(softMinimum - soft)
                    }
                }
                backward[index] = softMinimum.isFinite ? softMinimum - log(softSum) : .infinity
            }
        }

        var links: [SentenceLink] = []
        links.reserveCapacity(path.count)
        for step in path {
            let kind = Self.kinds[step.kind]
            let startI = step.i - kind.german, startJ = step.j - kind.turkish
            let start = rowStart[startI] + startJ - rowLo[startI]
            let end = rowStart[step.i] + step.j - rowLo[step.i]
            let pathCost = forward[start] + cost(i: step.i, j: step.j, kind: step.kind) + backward[end]
            let posterior = exp(total - pathCost)
            links.append(SentenceLink(german: Array(startI..<step.i), turkish: Array(startJ..<step.j),
                                      confidence: min(1, max(0, posterior))))
        }
        return Solution(links: links, touchesEdge: touchesEdge)
    }

    /// The cost of the link of kind `kind` ending at node (i, j).
    func cost(i: Int, j: Int, kind: Int) -> Double {
        let shape = Self.kinds[kind]
        var result = priorCosts[kind]
        var germanLength = 0.0, turkishLength = 0.0
        if shape.german >= 1 { germanLength += german.lengths[i - 1] }
        if shape.german == 2 { germanLength += german.lengths[i - 2] }
        if shape.turkish >= 1 { turkishLength += turkish.lengths[j - 1] }
        if shape.turkish == 2 { turkishLength += turkish.lengths[j - 2] }
        let bothSides = shape.german > 0 && shape.turkish > 0
        switch options.mode {
        case .lengthOnly:
            result += lengthModel.cost(german: germanLength, turkish: turkishLength)
        case .anchored:
            if bothSides {
                result += lengthModel.cost(german: germanLength, turkish: turkishLength)
                result += anchorCost(germanEnd: i, germanCount: shape.german, turkishEnd: j, turkishCount: shape.turkish)
            }
        }
        return result
    }

    /// Bonus (negative) for shared anchors and penalty for unshared strong anchors and unlike
    /// end punctuation, for German sentences [germanEnd − germanCount, germanEnd) and Turkish
    /// sentences [turkishEnd − turkishCount, turkishEnd).
    func anchorCost(germanEnd: Int, germanCount: Int, turkishEnd: Int, turkishCount: Int) -> Double {
        let weights = options.anchorWeights
        var germanStream = UnionStream(keys: germanKeys.pointer, starts: german.keyStart, end: germanEnd, count: germanCount)
        var turkishStream = UnionStream(keys: turkishKeys.pointer, starts: turkish.keyStart, end: turkishEnd, count: turkishCount)
        var result = 0.0
        var germanStrong = 0, turkishStrong = 0, sharedStrong = 0
        var germanMarks = 0, turkishMarks = 0, sharedMarks = 0
        var a = germanStream.next(), b = turkishStream.next()
        while a != nil || b != nil {
            let key: UInt64
            var onGerman = false, onTurkish = false
            if let left = a, let right = b, left == right {
                key = left; onGerman = true; onTurkish = true
                a = germanStream.next(); b = turkishStream.next()
            } else if let left = a, b == nil || left < b! {
                key = left; onGerman = true
                a = germanStream.next()
            } else {
                key = b!; onTurkish = true
                b = turkishStream.next()
            }
            let kind = SentenceFeatures.kind(of: key)
            if onGerman && onTurkish {
                switch kind {
                case .number: result -= weights.number
                case .date: result -= weights.date
                case .link: result -= weights.link
                case .name: result -= weights.name
                case .prefix: result -= weights.prefix
                case .mark: result -= weights.mark
                case .concept: result -= weights.concept
                }
            }
            if kind.isStrong {
                if onGerman { germanStrong += 1 }
                if onTurkish { turkishStrong += 1 }
                if onGerman && onTurkish { sharedStrong += 1 }
            } else if kind == .mark {
                if onGerman { germanMarks += 1 }
                if onTurkish { turkishMarks += 1 }
                if onGerman && onTurkish { sharedMarks += 1 }
            }
        }
        result += weights.unmatched * Double(germanStrong + turkishStrong - 2 * sharedStrong)
        result += weights.markUnmatched * Double(germanMarks + turkishMarks - 2 * sharedMarks)

        let germanEnding = german.endings[germanEnd - 1]
        let turkishEnding = turkish.endings[turkishEnd - 1]
        let marked: (SentenceAnchors.Ending) -> Bool = { $0 == .question || $0 == .exclamation }
        if germanEnding == turkishEnding {
            if marked(germanEnding) { result -= weights.endingMatch }
        } else if marked(germanEnding) || marked(turkishEnding) || germanEnding == .other || turkishEnding == .other {
            result += weights.endingMismatch
        }
        return result
    }
}

/// A copy of the anchor keys in memory that the search reads without reference counting.
private final class KeyBuffer {
    let pointer: UnsafeMutablePointer<UInt64>

    init(_ keys: [UInt64]) {
        pointer = .allocate(capacity: max(1, keys.count))
        for (index, key) in keys.enumerated() { pointer[index] = key }
    }

    deinit { pointer.deallocate() }
}

/// The sorted, duplicate-free union of the anchor keys of one or two consecutive sentences.
private struct UnionStream {
    let keys: UnsafeMutablePointer<UInt64>
    var first: Int, firstEnd: Int
    var second: Int, secondEnd: Int

    init(keys: UnsafeMutablePointer<UInt64>, starts: [Int], end: Int, count: Int) {
        self.keys = keys
        second = starts[end - 1]
        secondEnd = starts[end]
        if count == 2 {
            first = starts[end - 2]
            firstEnd = starts[end - 1]
        } else {
            first = 0
            firstEnd = 0
        }
    }

    mutating func next() -> UInt64? {
        let hasFirst = first < firstEnd, hasSecond = second < secondEnd
        if hasFirst && hasSecond {
            let x = keys[first], y = keys[second]
            if x == y { first += 1; second += 1; return x }
            if x < y { first += 1; return x }
            second += 1
            return y
        }
        if hasFirst { first += 1; return keys[first - 1] }
        if hasSecond { second += 1; return keys[second - 1] }
        return nil
    }
}
