import Foundation
public import Pairing

/// Scores sentence alignments against gold links and runs the NTREX-128 evaluation.
///
/// A predicted link counts as correct only when the same German and the same Turkish sentences
/// form a gold link (exact match). Missing-sentence detection compares the predicted 1-0 links
/// with the gold 1-0 links (the deleted translations).
///
/// ```swift
/// let corpus = try ParallelCorpus.loadNTREX(from: folder)
/// let score = AlignmentEvaluation.evaluate(corpus, rates: .standard, seed: 2019, options: SentenceAlignerOptions())
/// score.linkF1   // 0…1
/// ```
public enum AlignmentEvaluation {
    /// Counts and rates of one evaluation.
    public struct Score: Hashable, Sendable {
        /// Gold links.
        public var goldLinks = 0
        /// Predicted links.
        public var predictedLinks = 0
        /// Predicted links that are gold links.
        public var correctLinks = 0
        /// Gold 1-0 links (deleted translations).
        public var goldMissing = 0
        /// Predicted 1-0 links.
        public var predictedMissing = 0
        /// Predicted 1-0 links that are gold 1-0 links.
        public var correctMissing = 0
        /// German sentences aligned.
        public var germanSentences = 0
        /// Turkish sentences aligned.
        public var turkishSentences = 0
        /// Links by gold kind: how many gold links of each kind were found exactly.
        public var recallByKind: [SentenceLink.Kind: (found: Int, gold: Int)] {
            get { kindCounts.mapValues { ($0[0], $0[1]) } }
            set { kindCounts = newValue.mapValues { [$0.found, $0.gold] } }
        }
        private var kindCounts: [SentenceLink.Kind: [Int]] = [:]

        /// Predicted links and correct predicted links by confidence decile (index 0 for
        /// confidence below 0.1, …, 9 for 0.9 and above).
        public var linksByConfidence = [Int](repeating: 0, count: 10)
        /// Correct predicted links by confidence decile.
        public var correctLinksByConfidence = [Int](repeating: 0, count: 10)

        /// Creates an empty score.
        public init() {}

        /// Correct links / predicted links.
        public var linkPrecision: Double { ratio(correctLinks, predictedLinks) }
        /// Correct links / gold links.
        public var linkRecall: Double { ratio(correctLinks, goldLinks) }
        /// The harmonic mean of link precision and recall.
        public var linkF1: Double {
            let p = linkPrecision, r = linkRecall
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
        /// Correct 1-0 links / predicted 1-0 links (1 when none were predicted and none were deleted).
        public var missingPrecision: Double { ratio(correctMissing, predictedMissing) }
        /// Correct 1-0 links / deleted translations.
        public var missingRecall: Double { ratio(correctMissing, goldMissing) }

        /// Adds the counts of one document.
        ///
        /// - Parameters:
        ///   - predicted: The aligner's links.
        ///   - gold: The gold links.
        public mutating func add(predicted: [SentenceLink], gold: [SentenceLink]) {
            struct Key: Hashable { let german: [Int]; let turkish: [Int] }
            let goldKeys = Set(gold.map { Key(german: $0.german, turkish: $0.turkish) })
            let predictedKeys = Set(predicted.map { Key(german: $0.german, turkish: $0.turkish) })
            goldLinks += gold.count
            predictedLinks += predicted.count
            correctLinks += predictedKeys.intersection(goldKeys).count
            for link in predicted {
                let decile = min(9, max(0, Int(link.confidence * 10)))
                linksByConfidence[decile] += 1
                if goldKeys.contains(Key(german: link.german, turkish: link.turkish)) { correctLinksByConfidence[decile] += 1 }
            }
            let goldMissingKeys = Set(gold.filter { $0.kind == .oneToZero }.map { $0.german })
            let predictedMissingKeys = Set(predicted.filter { $0.kind == .oneToZero }.map { $0.german })
            goldMissing += goldMissingKeys.count
            predictedMissing += predictedMissingKeys.count
            correctMissing += goldMissingKeys.intersection(predictedMissingKeys).count
            germanSentences += gold.reduce(0) { $0 + $1.german.count }
            turkishSentences += gold.reduce(0) { $0 + $1.turkish.count }
            for link in gold {
                var counts = kindCounts[link.kind] ?? [0, 0]
                counts[1] += 1
                if predictedKeys.contains(Key(german: link.german, turkish: link.turkish)) { counts[0] += 1 }
                kindCounts[link.kind] = counts
            }
        }

        private func ratio(_ numerator: Int, _ denominator: Int) -> Double {
            denominator == 0 ? (numerator == 0 ? 1 : 0) : Double(numerator) / Double(denominator)
        }
    }

    /// ``evaluate(_:rates:seed:options:)`` summed over several seeds.
    ///
    /// - Parameters:
    ///   - corpus: Line-aligned documents.
    ///   - rates: The perturbation rates.
    ///   - seeds: The seeds; each gives one perturbed copy of the corpus.
    ///   - options: The aligner's options.
    /// - Returns: The summed score.
    public static func evaluate(_ corpus: ParallelCorpus, rates: PerturbationRates, seeds: [UInt64],
                                options: SentenceAlignerOptions) -> Score {
        let aligner = SentenceAligner(options: options)
        var score = Score()
        for seed in seeds {
            for document in perturbedDocuments(corpus, rates: rates, seed: seed) {
                let alignment = aligner.align(german: document.german, turkish: document.turkish)
                score.add(predicted: alignment.links, gold: document.gold)
            }
        }
        return score
    }

    /// Perturbs every document of `corpus` and aligns it as one run of sentences.
    ///
    /// Each document gets its own generator seeded with `seed` and its position, so results do not
    /// depend on the order documents are processed in.
    ///
    /// - Parameters:
    ///   - corpus: Line-aligned documents.
    ///   - rates: The perturbation rates.
    ///   - seed: The seed of the perturbation.
    ///   - options: The aligner's options.
    /// - Returns: The summed score.
    public static func evaluate(_ corpus: ParallelCorpus, rates: PerturbationRates, seed: UInt64,
                                options: SentenceAlignerOptions) -> Score {
        evaluate(corpus, rates: rates, seeds: [seed], options: options)
    }

    /// The perturbed documents of `corpus`, as ``evaluate(_:rates:seed:options:)`` aligns them.
    ///
    /// - Parameters:
    ///   - corpus: Line-aligned documents.
    ///   - rates: The perturbation rates.
    ///   - seed: The seed of the perturbation.
    /// - Returns: One perturbed document per corpus document.
    public static func perturbedDocuments(_ corpus: ParallelCorpus, rates: PerturbationRates, seed: UInt64) -> [PerturbedDocument] {
        corpus.documents.enumerated().map { position, document in
            var generator = PerturbationGenerator(rates: rates, seed: seed &+ UInt64(position) &* 0x9E37_79B9)
            return generator.perturb(document)
        }
    }

    /// One long document made of the corpus documents, perturbed and repeated until it has at
    /// least `sentenceCount` German sentences, for measuring speed and memory.
    ///
    /// - Parameters:
    ///   - corpus: Line-aligned documents.
    ///   - sentenceCount: The minimum number of German sentences.
    ///   - rates: The perturbation rates.
    ///   - seed: The seed of the perturbation.
    /// - Returns: The long document with its gold links.
    public static func syntheticDocument(_ corpus: ParallelCorpus, sentenceCount: Int, rates: PerturbationRates,
                                         seed: UInt64) -> PerturbedDocument {
        var result = PerturbedDocument(id: "synthetic-\(sentenceCount)", german: [], turkish: [], gold: [])
        for part in syntheticParts(corpus, sentenceCount: sentenceCount, rates: rates, seed: seed) {
            let germanOffset = result.german.count, turkishOffset = result.turkish.count
            result.german += part.german
            result.turkish += part.turkish
            result.gold += part.gold.map {
                SentenceLink(german: $0.german.map { $0 + germanOffset }, turkish: $0.turkish.map { $0 + turkishOffset })
            }
        }
        return result
    }

    /// The parts of ``syntheticDocument(_:sentenceCount:rates:seed:)`` in order, one perturbed
    /// corpus document each, with gold links counted within the part: the same sentences broken
    /// into paragraphs, for aligners that align paragraph by paragraph.
    ///
    /// - Parameters:
    ///   - corpus: Line-aligned documents.
    ///   - sentenceCount: The minimum number of German sentences in all parts together.
    ///   - rates: The perturbation rates.
    ///   - seed: The seed of the perturbation.
    /// - Returns: The parts; their concatenation is the synthetic document.
    public static func syntheticParts(_ corpus: ParallelCorpus, sentenceCount: Int, rates: PerturbationRates,
                                      seed: UInt64) -> [PerturbedDocument] {
        var parts: [PerturbedDocument] = []
        var germanCount = 0
        var generator = PerturbationGenerator(rates: rates, seed: seed)
        guard corpus.lineCount > 0 else { return parts }
        while germanCount < sentenceCount {
            for document in corpus.documents where germanCount < sentenceCount {
                let part = generator.perturb(document)
                germanCount += part.german.count
                parts.append(part)
            }
        }
        return parts
    }

    /// A Markdown table of how often links of each confidence decile are right.
    ///
    /// - Parameter score: A score.
    /// - Returns: The table: decile, links, correct links, precision.
    public static func calibrationTable(_ score: Score) -> String {
        var lines = ["| Confidence | Links | Correct | Precision |", "|---|---:|---:|---:|"]
        for decile in (0..<10).reversed() where score.linksByConfidence[decile] > 0 {
            let links = score.linksByConfidence[decile], correct = score.correctLinksByConfidence[decile]
            let range = decile == 9 ? "0.9–1.0" : String(format: "%.1f–%.1f", Double(decile) / 10, Double(decile + 1) / 10)
            lines.append("| \(range) | \(links) | \(correct) | \(String(format: "%.3f", Double(correct) / Double(links))) |")
        }
        return lines.joined(separator: "\n")
    }

    /// A Markdown table of named scores.
    ///
    /// - Parameter rows: Row names and their scores.
    /// - Returns: The table, one row per score, figures with three decimals.
    public static func table(_ rows: [(name: String, score: Score)]) -> String {
        func format(_ value: Double) -> String { String(format: "%.3f", value) }
        var lines = [
            "| Aligner | Links (gold) | Link P | Link R | Link F1 | Missing (gold) | Missing P | Missing R |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for row in rows {
            let s = row.score
            lines.append("| \(row.name) | \(s.goldLinks) | \(format(s.linkPrecision)) | \(format(s.linkRecall)) | \(format(s.linkF1)) | \(s.goldMissing) | \(format(s.missingPrecision)) | \(format(s.missingRecall)) |")
        }
        return lines.joined(separator: "\n")
    }
}
