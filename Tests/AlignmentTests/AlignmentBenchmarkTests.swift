import Alignment
import PublicationCore
import Foundation
import Testing
import TestSupport

/// Measures the aligner's speed and memory on long synthetic documents (NTREX-128 repeated and
/// perturbed). Runs only when `KOPRU_BENCHMARK=1`, preferably in a release build:
/// `KOPRU_BENCHMARK=1 swift test -c release --filter AlignmentBenchmarkTests`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["KOPRU_BENCHMARK"] == "1"), .serialized)
struct AlignmentBenchmarkTests {
    @Test(arguments: [Int(ProcessInfo.processInfo.environment["KOPRU_BENCHMARK_SIZES"] ?? "") ?? 10_000, 100_000].prefix(ProcessInfo.processInfo.environment["KOPRU_BENCHMARK_SIZES"] == nil ? 2 : 1).map { $0 })
    func alignLongDocument(sentences: Int) throws {
        let corpus = try ParallelCorpus.loadNTREX(from: Corpus.url("parallel-de-tr/ntrex128"))
        let document = AlignmentEvaluation.syntheticDocument(corpus, sentenceCount: sentences, rates: .standard, seed: 7)
        let before = Self.residentHighWaterKilobytes()
        let clock = ContinuousClock()
        var alignment: SentenceAlignment?
        let elapsed = clock.measure {
            alignment = SentenceAligner().align(german: document.german, turkish: document.turkish)
        }
        let after = Self.residentHighWaterKilobytes()
        let seconds = Self.seconds(elapsed)
        let anchorTime = Self.seconds(clock.measure {
            for sentence in document.german { _ = SentenceAnchors(sentence, language: .german) }
            for sentence in document.turkish { _ = SentenceAnchors(sentence, language: .turkish) }
        })
        let baselineTime = Self.seconds(clock.measure {
            _ = SentenceAligner(options: .baseline).align(german: document.german, turkish: document.turkish)
        })
        var score = AlignmentEvaluation.Score()
        score.add(predicted: alignment!.links, gold: document.gold)
        let total = document.german.count + document.turkish.count
        print("benchmark \(document.german.count) German + \(document.turkish.count) Turkish sentences:",
              String(format: "%.2f s (anchor extraction %.2f s), %.0f sentences/s, peak RSS %d MB (before %d MB), band radius %d, link F1 %.3f; baseline %.2f s",
                     seconds, anchorTime, Double(total) / seconds, after / 1024, before / 1024, alignment!.bandRadius,
                     score.linkF1, baselineTime))
        #expect(alignment!.links.reduce(0) { $0 + $1.german.count } == document.german.count)
        #expect(score.linkF1 > 0.9)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// VmHWM from /proc/self/status (Linux), in kilobytes; 0 elsewhere.
    static func residentHighWaterKilobytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
        }
        return 0
    }
}
