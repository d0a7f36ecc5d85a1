import Alignment
import PublicationCore
import Testing

@Suite struct LinkChecksTests {
    typealias F = CheckFixtures

    @Test func changedURLIsFound() throws {
        let pair = F.pair(
            "Mehr unter www.osnabrueck.de/integration.", "Daha fazla bilgi: www.osnabruck.de/integration.")
        let finding = try #require(F.findings(URLMismatchCheck(), pair).first)
        #expect(finding.code == "qa.url-mismatch")
        #expect(finding.message.contains("“www.osnabruck.de/integration”"))
        #expect(finding.message.contains("“www.osnabrueck.de/integration”"))
    }

    @Test func missingURLIsFoundTurkishToGerman() throws {
        let pair = F.turkishToGerman("Bilgi: https://www.sisli.bel.tr/gocmen", "Informationen auf der Website.")
        let finding = try #require(F.findings(URLMismatchCheck(), pair).first)
        #expect(finding.message.contains("lacks the web address “https://www.sisli.bel.tr/gocmen”"))
    }

    @Test(arguments: [
        ("Siehe https://www.Osnabrueck.de/integration/.", "Bkz. https://www.osnabrueck.de/integration"),
        ("Siehe (https://kopru.example/a).", "Bkz. (https://kopru.example/a)."),
        ("Keine Adresse.", "Adres yok."),
    ])
    func sameURLIsNotFound(source: String, target: String) {
        #expect(F.findings(URLMismatchCheck(), F.pair(.init(stringLiteral: source), .init(stringLiteral: target))).isEmpty)
    }

    @Test func changedEmailIsFound() throws {
        let pair = F.pair("Kontakt: integration@osnabrueck.de.", "İletişim: integration@osnabruck.de.")
        let finding = try #require(F.findings(EmailMismatchCheck(), pair).first)
        #expect(finding.code == "qa.email-mismatch")
        #expect(finding.message.contains("“integration@osnabruck.de”"))
    }

    @Test func sameEmailIsNotFound() {
        let pair = F.turkishToGerman("Yazın: Bilgi@Sisli.bel.tr", "Schreiben Sie an bilgi@sisli.bel.tr.")
        #expect(F.findings(EmailMismatchCheck(), pair).isEmpty)
    }

    @Test func scannerFindsAddresses() {
        let scanner = LinkScanner()
        #expect(scanner.urls(in: "Siehe www.osnabrueck.de/integration, dann „https://a.example/x?y=1“.")
            == ["www.osnabrueck.de/integration", "https://a.example/x?y=1"])
        #expect(scanner.emails(in: "an info@stadt-altena.de oder @twitter.") == ["info@stadt-altena.de"])
    }
}
