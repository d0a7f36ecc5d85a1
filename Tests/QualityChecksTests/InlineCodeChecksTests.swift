import Pairing
import QualityChecks
import PublicationCore
import Testing

@Suite struct InlineCodeChecksTests {
    typealias F = CheckFixtures

    /// `Klicken Sie <g id="1">hier</g>.`
    let linked = InlineText([.text("Klicken Sie "), F.code(.opening, "1"), .text("hier"), F.code(.closing, "1"), .text(".")])

    @Test func missingCodeIsFound() throws {
        let findings = F.findings(InlineCodeMismatchCheck(), F.pair(linked, "Buraya tıklayın."))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.code == "qa.inline-code-mismatch")
        #expect(finding.severity == .error)
        #expect(finding.message.contains("<g id=\"1\">"))
        #expect(finding.message.contains("lacks"))
    }

    @Test func extraCodeIsFound() throws {
        let target = InlineText([
            F.code(.opening, "1"), .text("Buraya"), F.code(.closing, "1"), .text(" tıklayın"),
            F.code(.placeholder, "9", element: "x"), .text("."),
        ])
        let findings = F.findings(InlineCodeMismatchCheck(), F.pair(linked, target))
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("<x id=\"9\"/>") == true)
        #expect(findings.first?.message.contains("does not have") == true)
    }

    @Test func wrongIdIsMissingAndExtra() {
        let target = InlineText([F.code(.opening, "2"), .text("Buraya"), F.code(.closing, "2"), .text(" tıklayın.")])
        #expect(F.findings(InlineCodeMismatchCheck(), F.pair(linked, target)).count == 2)
    }

    @Test func sameCodesAreNotFound() {
        // Turkish word order moves the code; the codes are all there.
        let target = InlineText([F.code(.opening, "1"), .text("Buraya"), F.code(.closing, "1"), .text(" tıklayın.")])
        #expect(F.findings(InlineCodeMismatchCheck(), F.pair(linked, target)).isEmpty)
        #expect(F.findings(InlineCodeNestingCheck(), F.pair(linked, target)).isEmpty)
        #expect(F.findings(InlineCodeOrderCheck(), F.pair(linked, target)).isEmpty)
    }

    @Test func closingBeforeOpeningIsFound() throws {
        let target = InlineText([F.code(.closing, "1"), .text("Buraya"), F.code(.opening, "1"), .text(" tıklayın.")])
        let finding = try #require(F.findings(InlineCodeNestingCheck(), F.pair(linked, target)).first)
        #expect(finding.code == "qa.inline-code-nesting")
        #expect(finding.message.contains("</g> (id 1)"))
    }

    @Test func overlappingPairsAreFound() {
        let source = InlineText([
            F.code(.opening, "1"), .text("Die "), F.code(.opening, "2"), .text("Kita"), F.code(.closing, "2"),
            F.code(.closing, "1"),
        ])
        let target = InlineText([
            F.code(.opening, "1"), .text("Kreş "), F.code(.opening, "2"), .text("açık"), F.code(.closing, "1"),
            F.code(.closing, "2"),
        ])
        #expect(F.findings(InlineCodeNestingCheck(), F.pair(source, target)).count == 1)
        #expect(F.findings(InlineCodeMismatchCheck(), F.pair(source, target)).isEmpty)
    }

    @Test func reorderedPlaceholdersAreANote() throws {
        let source = InlineText([F.code(.placeholder, "1", element: "x"), .text(" und "), F.code(.placeholder, "2", element: "x")])
        let target = InlineText([F.code(.placeholder, "2", element: "x"), .text(" ve "), F.code(.placeholder, "1", element: "x")])
        let finding = try #require(F.findings(InlineCodeOrderCheck(), F.pair(source, target)).first)
        #expect(finding.code == "qa.inline-code-order")
        #expect(finding.severity == .note)
        #expect(F.findings(InlineCodeOrderCheck(), F.pair(source, source)).isEmpty)
    }
}
