import Foundation
import Kopru
import Testing
import TestSupport

/// The README's library example, compiled and run with the one import it shows.
@Suite("The README's library example")
struct ReadmeExampleTests {
    @Test("`import Kopru` reads a file, streams its units and counts them")
    func example() throws {
        let url = Corpus.repositoryRoot.appendingPathComponent("Sources-tr/04-saarbruecken.xlf")
        var units: [TranslationUnit] = []
        // --- the README's example ---
        let loaded = DocumentLoader().load(contentsOf: url, displayPath: "Sources-tr/04-saarbruecken.xlf") { unit in
            // each TranslationUnit as soon as it is read
            units.append(unit)
        }
        print(loaded.statistics.translated, loaded.diagnostics)
        // --- end of the example ---
        #expect(units.count == loaded.statistics.units)
        #expect(loaded.statistics.translated == 9)
        let readme = try String(contentsOf: Corpus.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("import Kopru\n\nlet loaded = DocumentLoader().load(contentsOf: url, displayPath: \"Sources-tr/04-saarbruecken.xlf\") { unit in"))
    }
}
