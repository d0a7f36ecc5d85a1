import Pairing
import QualityChecks
import PublicationCore
import Testing

@Suite struct CompletenessChecksTests {
    typealias F = CheckFixtures

    @Test func missingTargetIsFound() throws {
        let findings = F.findings(MissingTargetCheck(), F.pair("Willkommen in Osnabrück.", nil, id: "p12"))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.code == "qa.missing-target")
        #expect(finding.severity == .warning)
        #expect(finding.unit == "p12")
        #expect(finding.location?.line == 7)
        #expect(finding.message.contains("Turkish translation"))
        #expect(finding.message.contains("“Willkommen in Osnabrück.”"))
        #expect(finding.remedy != nil)
    }

    @Test(arguments: [
        F.pair("Willkommen.", "Hoş geldiniz."),
        F.pair("", nil),
        F.pair("Willkommen.", "  "),
    ])
    func missingTargetIsNotFound(pair: SegmentPair) {
        #expect(F.findings(MissingTargetCheck(), pair).isEmpty)
    }

    @Test func missingGermanTranslationNamesGerman() throws {
        let finding = try #require(F.findings(MissingTargetCheck(), F.turkishToGerman("Şişli'ye hoş geldiniz.", nil)).first)
        #expect(finding.message.contains("German translation"))
    }

    @Test(arguments: [InlineText(" "), InlineText([.code(InlineCode(kind: .placeholder, element: "x", id: "1"))])])
    func emptyTargetIsFound(target: InlineText) throws {
        let finding = try #require(F.findings(EmptyTargetCheck(), F.pair("Die Kita ist geöffnet.", target)).first)
        #expect(finding.code == "qa.empty-target")
        #expect(finding.message.contains("“Die Kita ist geöffnet.”"))
    }

    @Test func emptyTargetIsNotFound() {
        #expect(F.findings(EmptyTargetCheck(), F.pair("Die Kita ist geöffnet.", "Kreş açık.")).isEmpty)
        #expect(F.findings(EmptyTargetCheck(), F.pair("Die Kita ist geöffnet.", nil)).isEmpty)
    }

    @Test(arguments: ["translated", "final", "signed-off", "reviewed"])
    func translatedStateOverEmptyTargetIsFound(state: String) throws {
        let pair = F.pair("Die Kita ist geöffnet.", "", id: "u4", written: state)
        let finding = try #require(F.findings(StateWithoutTextCheck(), pair).first)
        #expect(finding.code == "qa.state-without-text")
        #expect(finding.severity == .error)
        #expect(finding.message.contains("\"\(state)\""))
        #expect(finding.message.contains("empty"))
    }

    @Test func translatedStateWithoutTargetIsFound() throws {
        let pair = F.pair("Die Kita ist geöffnet.", nil, written: "final")
        let finding = try #require(F.findings(StateWithoutTextCheck(), pair).first)
        #expect(finding.message.contains("no translation"))
    }

    @Test(arguments: [
        F.pair("Die Kita ist geöffnet.", "", written: "new"),
        F.pair("Die Kita ist geöffnet.", "Kreş açık.", written: "translated"),
        F.pair("Die Kita ist geöffnet.", nil),
    ])
    func stateWithoutTextIsNotFound(pair: SegmentPair) {
        #expect(F.findings(StateWithoutTextCheck(), pair).isEmpty)
    }

    @Test func finalSegmentWithErrorIsFound() throws {
        let final = F.pair("120 Familien", "102 aile", id: "f1", written: "final")
        let signedOffClean = F.pair("120 Familien", "120 aile", id: "f2", written: "signed-off")
        let translated = F.pair("120 Familien", "102 aile", id: "f3", written: "translated")
        let findings = CheckRunner(checks: [NumberMismatchCheck(), FinalWithErrorsCheck()])
            .run([final, signedOffClean, translated])
        let review = findings.filter { $0.code == "qa.final-with-errors" }
        #expect(review.map(\.unit) == ["f1"])
        #expect(review.first?.message.contains("qa.number-mismatch") == true)
        #expect(review.first?.message.contains("\"final\"") == true)
    }

    @Test func finalSegmentWithLoweredSeverityIsNotFound() {
        let final = F.pair("120 Familien", "102 aile", id: "f1", written: "final")
        let configuration = CheckConfiguration(settings: ["qa.number-mismatch": .warning])
        let findings = CheckRunner(checks: [NumberMismatchCheck(), FinalWithErrorsCheck()], configuration: configuration)
            .run([final])
        #expect(findings.map(\.code) == ["qa.number-mismatch"])
        #expect(findings.first?.severity == .warning)
    }
}
