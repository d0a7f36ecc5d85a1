import Assembly
import Project
import Testing

@Suite struct TurkishHyphenatorTests {
    @Test(arguments: [
        ("belediyesi", "be-le-di-ye-si"),
        ("İstanbul", "İs-tan-bul"),
        ("entegrasyon", "en-teg-ras-yon"),
        ("çalışmalarımız", "ça-lış-ma-la-rı-mız"),
        ("öğretmenlerimizle", "öğ-ret-men-le-ri-miz-le"),
        ("Sultanbeyli", "Sul-tan-bey-li"),
        ("mülteciler", "mül-te-ci-ler"),
        ("kontrolü", "kont-ro-lü"),
        ("saatler", "sa-at-ler"),
    ])
    func syllablesFollowTurkishRules(word: String, expected: String) {
        #expect(TurkishHyphenator().syllables(of: word).joined(separator: "-") == expected)
    }

    @Test(arguments: ["Şişli", "okul", "ilçe", "İzmir"])
    func wordsShorterThanSixLettersStayWhole(word: String) {
        #expect(TurkishHyphenator().breakOffsets(in: word).isEmpty)
    }

    @Test func noBreakLeavesASingleLetter() {
        let offsets = TurkishHyphenator().breakOffsets(in: "akıllıca")
        #expect(offsets.allSatisfy { $0 >= 2 && "akıllıca".count - $0 >= 2 })
        #expect(TurkishHyphenator().syllables(of: "akıllıca").joined(separator: "-") == "akıl-lı-ca")
    }

    @Test func textGetsSoftHyphensButAddressesAndShortWordsDoNot() {
        let text = "Belediyesi İstanbul'da www.sisli.bel.tr adresinde."
        let hyphenated = TurkishHyphenator().hyphenate(text)
        #expect(hyphenated == "Be\u{AD}le\u{AD}di\u{AD}ye\u{AD}si İs\u{AD}tan\u{AD}bul'da www.sisli.bel.tr ad\u{AD}re\u{AD}sin\u{AD}de.")
        #expect(hyphenated.replacingOccurrences(of: "\u{AD}", with: "") == text)
    }
}
