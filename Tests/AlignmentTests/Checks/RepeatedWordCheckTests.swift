import Alignment
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
