@testable import Pairing
import PublicationCore
import Testing

@Suite("Grouping files that differ only by a language token")
struct FileGrouperTests {
    @Test("language tokens in file names and folders", arguments: [
        (["v/validators.de.xlf", "v/validators.tr.xlf", "v/validators.en.xlf"], [["v/validators.de.xlf", "v/validators.tr.xlf", "v/validators.en.xlf"]]),
        (["t/de.locallang.xlf", "t/locallang.xlf", "t/tr.locallang.xlf"], [["t/de.locallang.xlf", "t/locallang.xlf", "t/tr.locallang.xlf"]]),
        (["a/messages.de.xlf", "a/messages.tr_TR.xlf"], [["a/messages.de.xlf", "a/messages.tr_TR.xlf"]]),
        (["Sources-de/03-osnabrueck.xml", "Sources-tr/03-osnabrueck.xlf"], [["Sources-de/03-osnabrueck.xml", "Sources-tr/03-osnabrueck.xlf"]]),
        (["x/de.xliff", "x/tr.xliff", "y/de.xliff"], [["x/de.xliff", "x/tr.xliff"]]),
        (["a/one.xlf", "a/two.xlf"], []),
        (["c/xliff12-de-tr/s/x.de.xlf", "c/xliff12-de-tr/s/x.tr.xlf"], [["c/xliff12-de-tr/s/x.de.xlf", "c/xliff12-de-tr/s/x.tr.xlf"]]),
    ])
    func groups(paths: [String], expected: [[String]]) {
        let groups = FileGrouper().group(paths)
        #expect(groups.map { $0.members.map(\.path) } == expected)
    }

    @Test("the language a path names")
    func hints() {
        #expect(FileGrouper.key(of: "a/messages.tr_TR.xlf").1 == .turkish)
        #expect(FileGrouper.key(of: "Sources-de/x.xml").1 == .german)
        #expect(FileGrouper.key(of: "t/locallang.xlf").1 == nil)
        #expect(FileGrouper.key(of: "c/xliff12-de-tr/x.de.xlf").0 == "c/xliff12-de-tr/x")
        // Words that merely look short are no language tokens.
        #expect(FileGrouper.languageToken("De") == nil)
        #expect(FileGrouper.languageToken("xml") == nil)
    }
}
