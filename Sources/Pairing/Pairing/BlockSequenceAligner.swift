import Foundation

/// Aligns the leaves of an original and of a translation without ids: headings with headings,
/// other blocks with other blocks, in order, allowing a block to be missing on either side.
///
/// A dynamic program over the two sequences (Gale–Church style): pairing two blocks costs the
/// squared, variance-normalised difference of their lengths (`δ²`, with the German–Turkish length
/// ratio), less a bonus (or plus a penalty) for the share of anchors (numbers, names, URLs of
/// ``SentenceAnchors``) the two blocks have in common, so that of two paragraphs of similar length
/// the one that speaks of the same people and numbers is paired; skipping a block costs a fixed
/// penalty, and a heading never pairs with a paragraph. The
/// search is banded around the diagonal, so time and memory grow linearly with the document.
struct BlockSequenceAligner {
    struct Step {
        var original: Int?
        var translation: Int?
        /// For a skipped original block, the translation block it would have been near.
        var nearTranslation: Int?
    }

    /// The expected translation length per original character, and the variance per character
    /// (Gale and Church's 6.8 for character counts).
    var ratio = 1.0
    var variance = 6.8
    var skipCost = 12.0
    var band = 40
    /// How much the anchors shared by two blocks weigh against their lengths.
    var anchorWeight = 6.0

    func align(_ original: [TextLeaf], _ translation: [TextLeaf]) -> [Step] {
        var scanner = SentenceKeyScanner(language: .turkish, purpose: .blockPairing)
        let originalAnchors = original.map { Self.anchors(of: $0.text, scanner: &scanner) }
        let translationAnchors = translation.map { Self.anchors(of: $0.text, scanner: &scanner) }
        // The lengths in characters, counted once rather than for every pair in the band.
        let originalLengths = original.map { Double(max(1, $0.text.count)) }
        let translationLengths = translation.map { Double(max(1, $0.text.count)) }
        let n = original.count
        let m = translation.count
        let width = max(band, abs(n - m) + band)
        let infinity = Double.greatestFiniteMagnitude / 4
        // cost[i][j] over a band: store in a dictionary-free flat array indexed by (i, j - i + width).
        let columns = 2 * width + 1
        var cost = [Double](repeating: infinity, count: (n + 1) * columns)
        var move = [UInt8](repeating: 0, count: (n + 1) * columns)
        func index(_ i: Int, _ j: Int) -> Int? {
            let offset = j - i + width
            guard offset >= 0, offset < columns else { return nil }
            return i * columns + offset
        }
        cost[index(0, 0)!] = 0
        for i in 0...n {
            let low = max(0, i - width)
            let high = min(m, i + width)
            if low > high { continue }
            for j in low...high {
                guard let here = index(i, j), cost[here] < infinity else { continue }
                let base = cost[here]
                if i < n, j < m, let next = index(i + 1, j + 1) {
                    let c = base + pairCost(original[i], translation[j], originalLengths[i], translationLengths[j])
                        + anchorCost(originalAnchors[i], translationAnchors[j])
                    if c < cost[next] { cost[next] = c; move[next] = 1 }
                }
                if i < n, let next = index(i + 1, j) {
                    let c = base + skipCost + lengthPenalty(originalLengths[i])
                    if c < cost[next] { cost[next] = c; move[next] = 2 }
                }
                if j < m, let next = index(i, j + 1) {
                    let c = base + skipCost + lengthPenalty(translationLengths[j])
                    if c < cost[next] { cost[next] = c; move[next] = 3 }
                }
            }
        }
        var steps: [Step] = []
        var i = n
        var j = m
        while i > 0 || j > 0 {
            guard let here = index(i, j) else { break }
            switch move[here] {
            case 1:
                steps.append(Step(original: i - 1, translation: j - 1))
                i -= 1; j -= 1
            case 2:
                steps.append(Step(original: i - 1, translation: nil, nearTranslation: j < m ? j : (j > 0 ? j - 1 : nil)))
                i -= 1
            case 3:
                steps.append(Step(original: nil, translation: j - 1))
                j -= 1
            default:
                i = 0; j = 0
            }
        }
        return steps.reversed()
    }

    /// The cost of pairing two blocks, with their lengths in characters (at least 1).
    func pairCost(_ a: TextLeaf, _ b: TextLeaf, _ la: Double, _ lb: Double) -> Double {
        if a.isHeading != b.isHeading { return Double.greatestFiniteMagnitude / 8 }
        let delta = (lb - la * ratio) / (la * variance).squareRoot()
        let depthPenalty = a.depth == b.depth ? 0 : 4.0
        return delta * delta / 2 + depthPenalty
    }

    /// The numbers, names and URLs of a block's text (``SentenceAnchors``): `#` and each number's
    /// value, `@` and each folded name, and each URL, without duplicates.
    static func anchors(of text: String) -> Set<String> {
        // The language only decides how names are case-folded; Turkish folding keeps İ/ı apart.
        let anchors = SentenceAnchors(text, language: .turkish)
        return Set(anchors.numbers.map { "#" + $0.value } + anchors.names.map { "@" + $0 } + anchors.urls)
    }

    /// The keys of ``anchors(of:)``, sorted and without duplicates: each string hashed by
    /// ``SentenceKeyScanner/blockKey(_:)``, found by the scanner in one pass over the text where it
    /// takes the text (else through ``SentenceAnchors``).
    static func anchors(of text: String, scanner: inout SentenceKeyScanner) -> [UInt64] {
        if scanner.scan(text, withAnchors: true) != nil {
            // Sorted in the scanner's buffer; only the distinct keys are copied out.
            let scanned = scanner.keyBuffer
            return Array(scanned[..<SortedKeys.sortUnique(scanned)])
        }
        var keys = anchors(of: text).map(SentenceKeyScanner.blockKey)
        SortedKeys.sortUnique(&keys)
        return keys
    }

    /// From `-anchorWeight/2` (every anchor of the block with fewer shared) to `+anchorWeight/2`
    /// (none shared); 0 when either block has none. The anchors are the sorted keys of
    /// ``anchors(of:scanner:)``.
    func anchorCost(_ a: [UInt64], _ b: [UInt64]) -> Double {
        let smaller = min(a.count, b.count)
        guard smaller > 0 else { return 0 }
        let shared = SortedKeys.sharedCount(a, b)
        return anchorWeight * (0.5 - Double(shared) / Double(smaller))
    }

    /// Skipping a long block is less likely than skipping a short one.
    ///
    /// - Parameter length: The block's length in characters, at least 1.
    func lengthPenalty(_ length: Double) -> Double {
        log(length)
    }
}
