import Foundation
import Pairing
import QualityChecks
import PublicationCore
import Testing
import TestSupport

@Suite struct CheckCatalogTests {
    @Test func everyCheckHasAStableUniqueQACode() {
        let codes = CheckCatalog.checkTypes.map { $0.code.rawValue }
        #expect(Set(codes).count == codes.count)
        #expect(codes.allSatisfy { $0.hasPrefix("qa.") })
        #expect(codes.count >= 18)
        #expect(CheckCatalog.entries.allSatisfy { !$0.summary.isEmpty })
    }

    @Test func defaultChecksAreTheCatalog() {
        #expect(CheckCatalog.defaultChecks().map { type(of: $0).code } == CheckCatalog.checkTypes.map { $0.code })
    }

    /// docs/checks.md lists exactly the catalog's codes, each with its default severity.
    @Test func documentationListsExactlyTheChecks() throws {
        let url = Corpus.repositoryRoot.appendingPathComponent("docs/checks.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        var documented: [String: String] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("| `qa.") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            documented[cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))] = cells[1]
        }
        let expected = Dictionary(uniqueKeysWithValues: CheckCatalog.entries.map { ($0.code.rawValue, $0.defaultSeverity.rawValue) })
        #expect(documented == expected)
        for entry in CheckCatalog.configurationEntries {
            #expect(text.contains("`\(entry.code.rawValue)`"))
        }
    }
}
