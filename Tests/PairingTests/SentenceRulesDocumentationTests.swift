import Foundation
import Pairing
import Testing
import TestSupport

/// `docs/sentence-rules.md` must list every segmentation rule: it is compared with the generated text.
@Suite struct SentenceRulesDocumentationTests {
    @Test func documentationIsCurrent() {
        let file = Corpus.repositoryRoot.appendingPathComponent("docs/sentence-rules.md")
        let failure = Golden.compare(SegmentationRules.markdownDocumentation(), goldenFile: file)
        #expect(failure == nil, "\(failure ?? "")")
    }

    @Test(arguments: [SegmentationRules.german, SegmentationRules.turkish])
    func everyRuleIsListed(rules: SegmentationRules) throws {
        let file = Corpus.repositoryRoot.appendingPathComponent("docs/sentence-rules.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        for rule in rules.rules {
            #expect(text.contains("`\(rule.name)`"), "rule \(rule.name) is missing from docs/sentence-rules.md")
        }
    }

    @Test(arguments: [SegmentationRules.german, SegmentationRules.turkish])
    func ruleNamesAreUnique(rules: SegmentationRules) {
        let names = rules.rules.map(\.name)
        #expect(Set(names).count == names.count)
    }
}
