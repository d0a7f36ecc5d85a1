import Pairing
import QualityChecks
import PublicationCore
import Testing

@Suite struct RepeatedWordCheckTests {
    typealias F = CheckFixtures

    @Test(arguments: ["Die die Stadt hilft.", "Die Stadt hilft hilft.", "Wir danken   Allen allen."])
    func germanRepetitionIsFound(target: String) throws {
        let pair = F.turkishToGerman("Şehir yardım ediyor.", .init(stringLiteral: target))
        let finding = try #require(F.findings(RepeatedWordCheck(), pair).first)
        #expect(finding.code == "qa.repeated-word")
        #expect(finding.message.contains(CheckText.quoted(target)))
    }

    @Test(arguments: [
        "Die Frauen, die die Kurse besuchen, lernen schnell.",
        "Weil sie sie besucht.",
        "Danke, danke!",
        "Es gab 10 10er-Karten.",
    ])
    func germanRepetitionThatIsCorrectIsNotFound(target: String) {
        let pair = F.turkishToGerman("Metin.", .init(stringLiteral: target))
        #expect(F.findings(RepeatedWordCheck(), pair).isEmpty)
    }

    @Test(arguments: [
        "Mülteciler yavaş yavaş uyum sağladı.", "Çocuklar güzel güzel oynuyor.", "Ara ara toplantı yapıyoruz.",
        "Kitap mitap her şey var.", "Ev ev dolaştılar.",
    ])
    func turkishReduplicationIsNotFound(target: String) {
        #expect(F.findings(RepeatedWordCheck(), F.pair("Text.", .init(stringLiteral: target))).isEmpty)
    }

    @Test(arguments: ["Kreş ve ve okul", "Gönüllüler için için çalışıyor.", "Bu bu proje"])
    func turkishFunctionWordRepetitionIsFound(target: String) {
        #expect(F.findings(RepeatedWordCheck(), F.pair("Text.", .init(stringLiteral: target))).count == 1)
    }

    @Test func repetitionInTheSourceIsNotFound() {
        let pair = F.turkishToGerman("Duran Duran grubu çalıyor.", "Die Band Duran Duran spielt.")
        #expect(F.findings(RepeatedWordCheck(), pair).isEmpty)
        let slip = F.turkishToGerman("Grup çalıyor.", "Die Band Duran Duran spielt.")
        #expect(F.findings(RepeatedWordCheck(), slip).count == 1)
    }

    @Test func messageQuotesTheWord() throws {
        let finding = try #require(F.findings(RepeatedWordCheck(), F.turkishToGerman("x", "Die die Stadt")).first)
        #expect(finding.message.contains("“die die”"))
    }
}

@Suite struct TurkishGrammarTests {
    typealias F = CheckFixtures

    @Test(arguments: [
        "Saarbrücken’de de konut piyasası zor.", "Ankara'da da kurslar var.", "Zaman zaman toplantı yapıyoruz.",
        "Güle güle gidin.", "Birer birer geldiler.", "Çocuklar koşa koşa geldi.",
    ])
    func cliticsAndReduplicationAreNotRepetitions(target: String) {
        #expect(F.findings(RepeatedWordCheck(), F.pair("Text.", .init(stringLiteral: target))).isEmpty)
    }

    @Test(arguments: ["ilgili ilgili birimler", "Kreş ve ve okul", "Belediye için için çalışıyor"])
    func doubledTurkishWordIsFound(target: String) throws {
        let finding = try #require(F.findings(RepeatedWordCheck(), F.pair("Text.", .init(stringLiteral: target))).first)
        #expect(finding.code == "qa.repeated-word")
    }

    @Test(arguments: [("Sind Sie sicher?", "Emin misiniz?."), ("Achtung!", "Dikkat!.")])
    func doubledEndMarkIsFound(source: String, target: String) throws {
        let finding = try #require(
            F.findings(EndPunctuationCheck(), F.pair(.init(stringLiteral: source), .init(stringLiteral: target))).first)
        #expect(finding.message.contains("two marks where one belongs"))
    }

    @Test(arguments: [
        ("(Kita, Schule, Verein)", "(kreş, okul, dernek vb.)"),
        ("Kita, Schule usw.", "kreş, okul"),
        ("Wie geht es weiter?", "Bundan sonra ne olacak?"),
    ])
    func abbreviationDotIsFine(source: String, target: String) {
        #expect(F.findings(EndPunctuationCheck(), F.pair(.init(stringLiteral: source), .init(stringLiteral: target))).isEmpty)
    }

    @Test func untranslatedEnglishIsNotCheckedForTurkishI() {
        let copy = F.pair("Information about the Internet", "Information about the Internet", from: .english, to: .turkish)
        #expect(F.findings(TurkishDottedICheck(), copy).isEmpty)
        let turkish = F.pair("Information about Izmir", "Izmir hakkında bilgi", from: .english, to: .turkish)
        #expect(!F.findings(TurkishDottedICheck(), turkish).isEmpty)
    }
}

@Suite struct EndPunctuationColonTests {
    typealias F = CheckFixtures

    /// From ORCID's messages.de.xlf (corpus xliff12-de-tr/angular-orcid), unit account.andEmailDeactivateWasSend.
    @Test func colonIntroducingAValueIsFine() {
        let pair = F.pair("An account deactivation email has been sent to",
                          "Eine E-Mail zur Deaktivierung des Kontos wurde an die folgende Adresse gesendet:",
                          from: .english, to: .german)
        #expect(F.findings(EndPunctuationCheck(), pair).isEmpty)
        let dropped = F.pair("Email:", "E-Mail", from: .english, to: .german)
        #expect(!F.findings(EndPunctuationCheck(), dropped).isEmpty)
    }
}
