import Pairing
import QualityChecks
import PublicationCore
import Testing

private typealias F = CheckFixtures

/// Cases found when the checks first ran over the sample volume.
@Suite("QA checks on German and Turkish idioms found in the sample volume")
struct SampleVolumeRegressionTests {
    @Test("the Turkish suffix apostrophe after a number or name is no quote", arguments: [
        "Seit 2015 gilt das.", "Saarbrücken wächst.",
    ])
    func suffixApostrophe(source: String) {
        let target = source.hasPrefix("Seit") ? "2015’ten bu yana bu geçerli." : "Saarbrücken’in nüfusu artıyor."
        #expect(F.findings(QuoteBalanceCheck(), F.pair(InlineText(source), InlineText(target))).isEmpty)
    }

    @Test("a real unbalanced quote is still found")
    func unbalancedQuoteStillFound() {
        let findings = F.findings(QuoteBalanceCheck(), F.pair("Er sagte „Hallo“.", "“Merhaba dedi."))
        #expect(findings.map(\.code) == ["qa.unbalanced-quotes"])
    }

    @Test("a German decade (1970er-Jahre) is the number the Turkish 1970’ler has")
    func decades() {
        let pair = F.turkishToGerman("1970’lerden bu yana nüfus azaldı.", "Seit den 1970er-Jahren schrumpft die Bevölkerung.")
        #expect(F.findings(NumberMismatchCheck(), pair).isEmpty)
        let wrong = F.turkishToGerman("1970’lerden bu yana nüfus azaldı.", "Seit den 1980er-Jahren schrumpft die Bevölkerung.")
        #expect(F.findings(NumberMismatchCheck(), wrong).map(\.code).contains("qa.number-mismatch"))
    }
}
