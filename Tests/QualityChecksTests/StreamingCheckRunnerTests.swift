import Pairing
import QualityChecks
import PublicationCore
import Testing

private typealias F = CheckFixtures

@Suite("QA checks over a stream of pairs")
struct StreamingCheckRunnerTests {
    /// Pairs with a number mismatch every third pair and a final state on the first.
    func pairs(_ count: Int) -> [SegmentPair] {
        (0..<count).map { index in
            let target = index % 3 == 0 ? "\(index + 1) aile geldi." : "\(index) aile geldi."
            return F.pair(InlineText("Es kamen \(index) Familien."), InlineText(target), id: "p\(index)",
                written: index == 0 ? "final" : nil)
        }
    }

    @Test("up to the corpus limit the findings are exactly those of the whole-corpus runner")
    func smallFileIsCheckedWhole() {
        let input = pairs(12)
        var streaming = StreamingCheckRunner(runner: CheckRunner(), batchSize: 5, corpusLimit: 50)
        for pair in input { streaming.add(pair) }
        let streamed = streaming.finish()
        #expect(streamed == CheckRunner().run(input))
        #expect(streamed.contains { $0.code == "qa.final-with-errors" })
    }

    @Test("beyond the limit every pair is still checked, and a note says the corpus checks saw a part")
    func largeFileIsCheckedInBatches() {
        let input = pairs(40)
        var streaming = StreamingCheckRunner(runner: CheckRunner(), batchSize: 7, corpusLimit: 10)
        for pair in input { streaming.add(pair) }
        let streamed = streaming.finish()
        let mismatches = streamed.filter { $0.code == "qa.number-mismatch" }.compactMap(\.unit)
        let expected = CheckRunner().run(input).filter { $0.code == "qa.number-mismatch" }.compactMap(\.unit)
        #expect(Set(mismatches) == Set(expected))
        #expect(mismatches.count == 14)
        #expect(streamed.contains { $0.code == "qa.partial-corpus" })
    }

    @Test("findings beyond the limit are counted in a note, not kept")
    func findingLimit() {
        var streaming = StreamingCheckRunner(runner: CheckRunner(), batchSize: 5, corpusLimit: 5, findingLimit: 3)
        for pair in pairs(30) { streaming.add(pair) }
        let streamed = streaming.finish()
        #expect(streamed.filter { $0.code == "qa.number-mismatch" }.count == 3)
        #expect(streamed.contains { $0.code == "qa.more-findings" })
    }
}
