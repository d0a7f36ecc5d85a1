import Alignment
import Foundation
import Testing
import TestSupport

/// Runs the NTREX-128 evaluation of the sentence aligner and asserts the quality goals.
@Suite struct AlignmentEvaluationTests {
    static let folder = Corpus.url("parallel-de-tr/ntrex128")
    static let seed: UInt64 = 2019

    static func corpus() throws -> ParallelCorpus {
        try ParallelCorpus.loadNTREX(from: folder)
    }

    @Test func corpusIsLineAligned() throws {
        let corpus = try Self.corpus()
        #expect(corpus.documents.count == 123)
        #expect(corpus.lineCount == 1997)
    }

    @Test func anchoredAlignerReachesTheGoalsAndBeatsTheBaseline() throws {
        let corpus = try Self.corpus()
        var rows: [(name: String, score: AlignmentEvaluation.Score)] = []
        for (label, rates) in [("standard", PerturbationRates.standard), ("harsh", PerturbationRates.harsh)] {
            let anchored = AlignmentEvaluation.evaluate(corpus, rates: rates, seed: Self.seed, options: SentenceAlignerOptions())
            let lengthOnly = AlignmentEvaluation.evaluate(
                corpus, rates: rates, seed: Self.seed,
                options: SentenceAlignerOptions(mode: .lengthOnly, priors: .missingTranslations))
            let baseline = AlignmentEvaluation.evaluate(corpus, rates: rates, seed: Self.seed, options: .baseline)
            rows.append(("anchored (\(label))", anchored))
            rows.append(("length only, same priors (\(label))", lengthOnly))
            rows.append(("Gale–Church baseline (\(label))", baseline))
            if label == "standard" {
                #expect(anchored.linkF1 >= 0.97)
                #expect(anchored.missingPrecision >= 0.95)
                #expect(anchored.missingRecall >= 0.95)
            }
            #expect(anchored.linkF1 > baseline.linkF1 + 0.02)
            #expect(anchored.missingRecall > baseline.missingRecall)
        }
        print(AlignmentEvaluation.table(rows))
    }
}
