import Pairing
import QualityChecks
import PublicationCore
import Testing

@Suite struct TypographyChecksTests {
    typealias F = CheckFixtures

    @Test func lostTrailingSpaceIsFound() throws {
        let finding = try #require(F.findings(EdgeWhitespaceCheck(), F.pair("Willkommen. ", "Hoş geldiniz.")).first)
        #expect(finding.code == "qa.edge-whitespace")
        #expect(finding.message.contains("does not end with white space"))
    }

    @Test func extraLeadingSpaceIsFound() throws {
        let finding = try #require(F.findings(EdgeWhitespaceCheck(), F.turkishToGerman("Hoş geldiniz.", " Willkommen.")).first)
        #expect(finding.message.contains("starts with white space"))
    }

    @Test func sameEdgesAreNotFound() {
        #expect(F.findings(EdgeWhitespaceCheck(), F.pair(" Willkommen. ", " Hoş geldiniz. ")).isEmpty)
        #expect(F.findings(EdgeWhitespaceCheck(), F.pair("Willkommen.", "Hoş geldiniz.")).isEmpty)
    }

    @Test func doubleSpaceIsFound() throws {
        let finding = try #require(F.findings(DoubleSpaceCheck(), F.pair("Die Stadt hilft.", "Şehir  yardım ediyor.")).first)
        #expect(finding.code == "qa.double-space")
        #expect(finding.message.contains("Şehir  yardım"))
    }

    @Test(arguments: [("Die Stadt hilft.", "Şehir yardım ediyor."), ("Die  Stadt", "Şehir  burada"), ("A.", "Şehir.  ")])
    func doubleSpaceIsNotFound(source: String, target: String) {
        #expect(F.findings(DoubleSpaceCheck(), F.pair(.init(stringLiteral: source), .init(stringLiteral: target))).isEmpty)
    }

    @Test(arguments: [
        ("Wie geht es weiter?", "Bundan sonra ne olacak.", "“.”", "“?”"),
        ("Achtung:", "Dikkat", "no punctuation", "“:”"),
        ("Hoş geldiniz!", "Willkommen.", "“.”", "“!”"),
    ])
    func differentEndPunctuationIsFound(source: String, target: String, got: String, expected: String) throws {
        let finding = try #require(
            F.findings(EndPunctuationCheck(), F.pair(.init(stringLiteral: source), .init(stringLiteral: target))).first)
        #expect(finding.code == "qa.end-punctuation")
        #expect(finding.message.contains("ends with \(got)"))
        #expect(finding.message.contains("with \(expected)"))
    }

    @Test(arguments: [
        ("Er sagte: „Willkommen!“", "Şöyle dedi: “Hoş geldiniz!”"),
        ("Und dann...", "Ve sonra…"),
        ("Die Kita (Krippe).", "Kreş (yuva)."),
        ("Überschrift", "Başlık"),
    ])
    func sameEndPunctuationIsNotFound(source: String, target: String) {
        #expect(F.findings(EndPunctuationCheck(), F.pair(.init(stringLiteral: source), .init(stringLiteral: target))).isEmpty)
    }

    @Test func germanQuotesInTurkishAreFound() throws {
        let pair = F.pair("Das Projekt heißt „Gemeinsam“.", "Projenin adı „Birlikte“.")
        let finding = try #require(F.findings(QuoteStyleCheck(), pair).first)
        #expect(finding.code == "qa.quote-style")
        #expect(finding.message.contains("“„”"))
        #expect(finding.remedy?.contains("“…”") == true)
    }

    @Test(arguments: ["Das Projekt heißt “Gemeinsam”.", "Das Projekt heißt ‘Gemeinsam’."])
    func turkishQuotesInGermanAreFound(target: String) {
        let pair = F.turkishToGerman("Projenin adı “Birlikte”.", .init(stringLiteral: target))
        #expect(F.findings(QuoteStyleCheck(), pair).count == 1)
    }

    @Test(arguments: [
        (LanguageTag.turkish, "Projenin adı “Birlikte”."), (.turkish, "Projenin adı «Birlikte»."),
        (.turkish, "Şişli’de"), (.german, "Das Projekt heißt „Gemeinsam“ und ‚Zusammen‘."), (.german, "Wie geht’s?"),
    ])
    func rightQuotesAreNotFound(language: LanguageTag, target: String) {
        let source: LanguageTag = language == .turkish ? .german : .turkish
        let pair = F.pair("Text", .init(stringLiteral: target), from: source, to: language)
        #expect(F.findings(QuoteStyleCheck(), pair).isEmpty)
    }

    @Test(arguments: [("Kreş (1 yaşından itibaren", "opens “(”"), ("Kreş 1 yaşından] itibaren", "“]”")])
    func unbalancedBracketIsFound(target: String, expected: String) throws {
        let pair = F.pair("Die Kita (ab 1 Jahr)", .init(stringLiteral: target))
        let finding = try #require(F.findings(BracketBalanceCheck(), pair).first)
        #expect(finding.code == "qa.unbalanced-brackets")
        #expect(finding.message.contains(expected))
    }

    @Test(arguments: [("Die Kita (ab 1 Jahr)", "Kreş (1 yaşından itibaren)"), ("a) Kita", "a) Kreş"), ("Teil (1", "Bölüm (1")])
    func balancedBracketsAreNotFound(source: String, target: String) {
        let pair = F.pair(.init(stringLiteral: source), .init(stringLiteral: target))
        #expect(F.findings(BracketBalanceCheck(), pair).isEmpty)
    }

    @Test(arguments: ["“Birlikte sloganı geçerli.", "Birlikte” sloganı geçerli.", "\"Birlikte sloganı geçerli."])
    func unbalancedQuoteIsFound(target: String) throws {
        let pair = F.pair("Das Motto „Gemeinsam“ gilt.", .init(stringLiteral: target))
        let finding = try #require(F.findings(QuoteBalanceCheck(), pair).first)
        #expect(finding.code == "qa.unbalanced-quotes")
    }

    @Test(arguments: ["“Birlikte” sloganı geçerli.", "«Birlikte» Şişli’de geçerli.", "\"Birlikte\" geçerli."])
    func balancedQuotesAreNotFound(target: String) {
        let pair = F.pair("Das Motto „Gemeinsam“ gilt.", .init(stringLiteral: target))
        #expect(F.findings(QuoteBalanceCheck(), pair).isEmpty)
    }

    @Test func germanQuotesBalanceInGerman() {
        let pair = F.turkishToGerman("“Birlikte”", "„Gemeinsam“ und ‚zusammen‘")
        #expect(F.findings(QuoteBalanceCheck(), pair).isEmpty)
    }

    @Test func capitalSharpSInMixedCaseIsFound() throws {
        let pair = F.turkishToGerman("Ana cadde", "Die Hauptstraẞe")
        let finding = try #require(F.findings(CapitalSharpSCheck(), pair).first)
        #expect(finding.code == "qa.capital-sharp-s")
        #expect(finding.message.contains("“Hauptstraẞe”"))
        #expect(finding.remedy?.contains("“Hauptstraße”") == true)
    }

    @Test(arguments: ["HAUPTSTRAẞE 5", "Hauptstraße", "HAUPTSTRASSE"])
    func capitalSharpSInCapitalsIsNotFound(target: String) {
        #expect(F.findings(CapitalSharpSCheck(), F.turkishToGerman("Ana cadde", .init(stringLiteral: target))).isEmpty)
    }
}

@Suite struct PairedMarkScannerTests {
    @Test(arguments: [
        ("Die Stadt (Osnabrück hat", [PairedMarkScanner.Problem.unclosed("(")]),
        ("a) erstens b) zweitens", []),
        ("(a [b) c]", [.unopened(")"), .unclosed("(")]),  // ")" cannot close "[", "]" then closes it
        ("Alles (gut).", []),
    ])
    func brackets(text: String, expected: [PairedMarkScanner.Problem]) {
        #expect(PairedMarkScanner().bracketProblems(in: text) == expected)
    }

    @Test(arguments: [
        ("„Hallo“ und ‚du‘", [PairedMarkScanner.Problem]()),
        ("“Merhaba” ve ‘sen’", []),
        ("«Merhaba» Şişli’de", []),
        ("„Hallo", [.unclosed("„")]),
        ("Merhaba”", [.unopened("”")]),
    ])
    func quotes(text: String, expected: [PairedMarkScanner.Problem]) {
        #expect(PairedMarkScanner().quoteProblems(in: text) == expected)
    }
}

/// Units copied from ORCID's messages.de.xlf (corpus xliff12-de-tr/angular-orcid), shared.featured.
@Suite struct GermanClosingQuoteInFragmentTests {
    typealias F = CheckFixtures

    @Test func closingMarkOfAQuoteFromTheSegmentBeforeIsGerman() {
        let pair = F.pair("featured", "“ hervorheben", from: .english, to: .german)
        #expect(F.findings(QuoteStyleCheck(), pair).isEmpty)
        let english = F.pair("The project is called “Together”.", "Das Projekt heißt “Gemeinsam”.", from: .english, to: .german)
        #expect(!F.findings(QuoteStyleCheck(), english).isEmpty)
    }
}
