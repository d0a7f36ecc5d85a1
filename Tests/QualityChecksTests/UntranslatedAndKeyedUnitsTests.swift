import Pairing
import QualityChecks
import PublicationCore
import Testing

@Suite struct UntranslatedAndKeyedUnitsTests {
    typealias F = CheckFixtures

    @Test func untranslatedUnitGetsNoTextFindings() {
        let pair = F.pair("Die Stadt hilft.", "Die Stadt hilft.", state: .untranslated, written: "needs-translation")
        #expect(CheckRunner().run([pair]).isEmpty)
        let translated = F.pair("Die Stadt hilft.", "Die Stadt hilft.")
        #expect(CheckRunner().run([translated]).map(\.code) == ["qa.identical-target"])
    }

    @Test func emptyAndMissingUnitsGetOnlyTheirCompletenessFinding() {
        let empty = F.pair("Die Stadt hilft.", InlineText(""), id: "e")
        let missing = F.pair("Die Stadt hilft.", nil, id: "m")
        #expect(CheckRunner().run([empty, missing]).map(\.code) == ["qa.empty-target", "qa.missing-target"])
    }

    @Test(arguments: ["count_as_expected_time_help", "MSC.dayShortLength", "form.label.e-mail", "link_add"])
    func messageKeysAreKeyed(source: String) {
        #expect(F.pair(.init(stringLiteral: source), "x").isKeyed)
    }

    @Test(arguments: ["Done.", "e-mail", "Die Stadt hilft.", "3.5", "Şişli_de", "z. B."])
    func proseIsNotKeyed(source: String) {
        #expect(!F.pair(.init(stringLiteral: source), "x").isKeyed)
    }

    @Test func keyedUnitGetsNoProseFindingsAndOneNotePerFile() throws {
        let pairs = [
            F.pair("count_as_expected_time_help", "Berechnete Zeit verwenden.", from: .english, to: .german, id: "k1"),
            F.pair("count_as_expected_time_help2", "12 Stunden", from: .english, to: .german, id: "k2"),
            F.pair("%d items", "Einträge", from: .english, to: .german, id: "p3"),
        ]
        let findings = CheckRunner().run(pairs)
        let note = try #require(findings.first)
        #expect(note.code == "qa.keyed-units")
        #expect(note.severity == .note)
        #expect(note.unit == "k1")
        #expect(note.message.contains("2 units"))
        // The prose unit is still checked; the keyed ones get no end-punctuation or number finding.
        #expect(findings.dropFirst().map(\.unit) == ["p3"])
        #expect(findings.dropFirst().map(\.code) == ["qa.placeholder-mismatch"])
    }

    @Test func configurationValueInKeyedUnitIsKeyed() {
        let pair = F.pair("3", "2", id: "MSC.dayShortLength")
        #expect(pair.isKeyed)
        #expect(CheckRunner().run([pair]).allSatisfy { $0.code == "qa.keyed-units" })
    }

    @Test func streamingRunnerGivesOneKeyedNote() {
        var runner = StreamingCheckRunner(runner: CheckRunner(), batchSize: 2, corpusLimit: 2)
        for index in 0..<5 {
            runner.add(F.pair(.init(stringLiteral: "key_\(index)"), .init(stringLiteral: "Wert \(index)"), from: .english, to: .german, id: "k\(index)"))
        }
        let notes = runner.finish().filter { $0.code == "qa.keyed-units" }
        #expect(notes.count == 1)
        #expect(notes.first?.message.contains("5 units") == true)
    }
}

/// Units copied from ORCID's messages.de.xlf and messages.tr_TR.xlf (corpus xliff12-de-tr/angular-orcid).
@Suite struct IdenticalTargetOnRealUnitsTests {
    typealias F = CheckFixtures

    @Test(arguments: [("website", "Website"), ("code", "Code"), ("reviews", "Reviews"), ("ORCID iD", "ORCID iD"),
                      ("Isle of Man", "Isle of Man")])
    func loanwordsAndNamesAreNotFound(source: String, target: String) {
        let pair = F.pair(.init(stringLiteral: source), .init(stringLiteral: target), from: .english, to: .german)
        #expect(F.findings(IdenticalTargetCheck(), pair).isEmpty)
    }

    @Test(arguments: [("Add an additional", "Add an additional"), ("We recommend adding an additional", "We recommend adding an additional")])
    func untranslatedEnglishIsFound(source: String, target: String) {
        let pair = F.pair(.init(stringLiteral: source), .init(stringLiteral: target), from: .english, to: .turkish)
        #expect(F.findings(IdenticalTargetCheck(), pair).map(\.code) == ["qa.identical-target"])
    }
}
