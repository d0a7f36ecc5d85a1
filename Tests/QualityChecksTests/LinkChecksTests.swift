import Pairing
import QualityChecks
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

/// Units copied from ORCID's messages.de.xlf and messages.tr_TR.xlf (corpus xliff12-de-tr/angular-orcid).
@Suite struct ExampleAddressTests {
    typealias F = CheckFixtures

    @Test(arguments: [
        ("Please enter a valid email address, for example joe@institution.edu",
         "Lütfen geçerli bir e-posta girin, örneğin mehmet@kurum.edu"),
        ("Use the format example@email.com", "Verwenden Sie das Format beispiel@email.com"),
    ])
    func localisedExampleAddressIsNotFound(source: String, target: String) {
        let pair = F.pair(.init(stringLiteral: source), .init(stringLiteral: target), from: .english, to: .turkish)
        #expect(F.findings(EmailMismatchCheck(), pair).isEmpty)
    }

    @Test func localisedExampleURLIsNotFound() {
        let pair = F.pair("Use the full URL format e.g. http://www.website.com/page.html",
                          "Verwenden Sie die vollständige URL, z. B. http://www.website.de/seite.html", from: .english, to: .german)
        #expect(F.findings(URLMismatchCheck(), pair).isEmpty)
    }

    @Test func changedRealAddressIsStillFound() {
        let pair = F.pair("Schreiben Sie an integration@osnabrueck.de.", "integration@osnabruck.de adresine yazın.")
        #expect(F.findings(EmailMismatchCheck(), pair).map(\.code) == ["qa.email-mismatch"])
    }
}

/// From the XLIFF 2.2 test suite's sample1.xlf (corpus xliff2/oasis-xliff-22/test-suite/core/valid).
@Suite struct AnnotationMarkerTests {
    typealias F = CheckFixtures

    @Test func translationWithItsOwnAnnotationIsFine() {
        let source = InlineText([.text("Press the "), F.code(.markerStart, "m1", element: "mrk"), .text("TAB key"),
                                 F.code(.markerEnd, "m1", element: "mrk"), .text(".")])
        let target = InlineText([.text("Drücken Sie die "), F.code(.markerStart, "m2", element: "mrk"), .text("TAB-TASTE"),
                                 F.code(.markerEnd, "m2", element: "mrk"), .text(".")])
        #expect(F.findings(InlineCodeMismatchCheck(), F.pair(source, target, from: .english, to: .german)).isEmpty)
        let dropped = InlineText([.text("Drücken Sie die TAB-TASTE.")])
        let withCode = InlineText([F.code(.opening, "1", element: "pc"), .text("Press"), F.code(.closing, "1", element: "pc")])
        #expect(!F.findings(InlineCodeMismatchCheck(), F.pair(withCode, dropped, from: .english, to: .german)).isEmpty)
    }
}
