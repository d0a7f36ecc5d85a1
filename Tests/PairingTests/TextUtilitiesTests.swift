import Pairing
import PublicationCore
import Testing

@Suite struct TurkishCaseFoldingTests {
    @Test(arguments: [
        ("istanbul", "İSTANBUL"), ("ılık", "ILIK"), ("şişli", "ŞİŞLİ"), ("diyarbakır", "DİYARBAKIR"), ("çığ", "ÇIĞ"),
    ])
    func turkishUppercase(lower: String, upper: String) {
        #expect(TurkishCaseFolding.uppercased(lower, language: .turkish) == upper)
        #expect(TurkishCaseFolding.lowercased(upper, language: .turkish) == lower)
    }

    @Test func germanUsesTheDefaultMapping() {
        #expect(TurkishCaseFolding.uppercased("istanbul", language: .german) == "ISTANBUL")
        #expect(TurkishCaseFolding.lowercased("IRAK", language: .german) == "irak")
        #expect(TurkishCaseFolding.uppercased("straße", language: .german) == "STRASSE")
    }

    @Test func foldingComparesAcrossLanguages() {
        #expect(TurkishCaseFolding.equalIgnoringCase("İstanbul", .turkish, "ISTANBUL", .german))
        #expect(TurkishCaseFolding.equalIgnoringCase("Istanbul", .german, "istanbul", .turkish))
        #expect(!TurkishCaseFolding.equalIgnoringCase("IRAK", .turkish, "irak", .turkish))
        #expect(TurkishCaseFolding.fold("IRAK", language: .turkish) == "ırak")
    }

    @Test func diacriticsAreNeverFoldedToASCII() {
        #expect(TurkishCaseFolding.fold("Şişli", language: .turkish) != TurkishCaseFolding.fold("Sisli", language: .turkish))
        #expect(TurkishCaseFolding.fold("Müller", language: .german) == "müller")
    }

    @Test func decomposedInputIsComposedFirst() {
        let decomposed = "I\u{0307}zmir"   // I + combining dot above
        #expect(TurkishCaseFolding.fold(decomposed, language: .turkish) == "izmir")
    }
}

@Suite struct TextNormalizationTests {
    @Test func nfcComposes() {
        #expect(TextNormalization.nfc("S\u{0327}is\u{0327}li") == "Şişli")
        #expect(TextNormalization.nfc("plain") == "plain")
        let once = TextNormalization.nfc("Go\u{0308}ttingen")
        #expect(TextNormalization.nfc(once) == once)
    }

    @Test func whitespaceIsCollapsed() {
        #expect(TextNormalization.collapsingWhitespace("  a \n\t b\u{00A0}c ") == "a b c")
        #expect(TextNormalization.alignmentLength(of: " Ça\u{0301}  va ") == 5)
    }
}

@Suite struct NumberAnchorTests {
    @Test(arguments: [
        ("1.250,5", "1250.5"), ("1250,5", "1250.5"), ("1.250,50", "1250.5"), ("3,5", "3.5"), ("1.250", "1250"),
        ("10.000.000", "10000000"), ("1,250,000", "1250000"), ("007", "7"), ("0", "0"), ("17.", "17"), ("3.5", "3.5"),
        ("14.30", "14.3"), ("17.12.2020", "date:2020-12-17"), ("1.2.20", "date:20-02-01"),
    ])
    func reads(written: String, value: String) {
        #expect(NumberAnchor(written)?.value == value)
    }

    @Test(arguments: ["", "abc", "1.25.0,3", "12a", ".5"])
    func rejects(written: String) {
        #expect(NumberAnchor(written) == nil)
    }

    @Test func germanAndTurkishNotationsCompareEqual() {
        #expect(NumberAnchor("1.250,5") == NumberAnchor("1250,5"))
        #expect(NumberAnchor("17.12.2020")?.kind == .date)
        #expect(NumberAnchor("32.12.2020")?.kind != .date)
    }

    @Test func findsNumbersInText() {
        let german = NumberAnchor.anchors(in: "Am 17. Mai kamen 1.200 Gäste, 3,5 % mehr als am 17.12.2020 (COVID-19).")
        #expect(german.map(\.value) == ["17", "1200", "3.5", "date:2020-12-17", "19"])
        let turkish = NumberAnchor.anchors(in: "17 Mayıs'ta 1.200 misafir geldi, %3,5 fazla; 3, 4 ve 5.")
        #expect(turkish.map(\.value) == ["17", "1200", "3.5", "3", "4", "5"])
    }
}

@Suite struct SentenceAnchorsTests {
    @Test func turkishSentence() {
        let anchors = SentenceAnchors("Trump'ın ofisi https://www.whitehouse.gov/ adresinde 1.250,5 kişinin geldiğini açıkladı?",
                                      language: .turkish)
        #expect(anchors.numbers.map(\.value) == ["1250.5"])
        #expect(anchors.urls == ["whitehouse.gov"])
        #expect(anchors.names.contains("trump"))
        #expect(anchors.ending == .question)
        #expect(anchors.marks == [.question])
    }

    @Test func germanSentence() {
        let anchors = SentenceAnchors("„Trumps Büro“ – so schrieb info@example.de – sagte drei Gäste im Dezember …",
                                      language: .german)
        #expect(anchors.emailAddresses == ["info@example.de"])
        #expect(anchors.names.contains("trump"))
        #expect(anchors.names.contains("büro"))
        #expect(anchors.numberWords == ["3", "month:12"])
        #expect(anchors.concepts == ["sagte"])
        #expect(anchors.marks == [.quotation, .dash])
        #expect(anchors.ending == .ellipsis)
    }

    @Test(arguments: [
        ("Es regnet.", SentenceAnchors.Ending.fullStop), ("„Wirklich?“", .question), ("Halt!)", .exclamation),
        ("Und dann...", .ellipsis), ("Schlagzeile ohne Punkt", .other), ("Er sagte:", .other),
    ])
    func endings(sentence: String, ending: SentenceAnchors.Ending) {
        #expect(SentenceAnchors(sentence, language: .german).ending == ending)
    }
}

@Suite struct NumberWordsAndLexiconTests {
    @Test(arguments: [
        ("Dezember", LanguageTag.german, "month:12"), ("aralıkta", .turkish, "month:12"), ("Aralık'ta", .turkish, "month:12"),
        ("üç", .turkish, "3"), ("drei", .german, "3"), ("Samstags", .german, "weekday:6"), ("cumartesi", .turkish, "weekday:6"),
        ("Millionen", .german, "1000000"), ("milyon", .turkish, "1000000"),
    ])
    func numberWords(word: String, language: LanguageTag, value: String) {
        #expect(NumberWords.value(of: word, language: language) == value)
    }

    @Test(arguments: [("dreißig", LanguageTag.german), ("onlar", .turkish), ("ein", .german), ("bir", .turkish)])
    func notNumberWords(word: String, language: LanguageTag) {
        #expect(NumberWords.value(of: word, language: language) == nil)
    }

    @Test func lexiconLinksInflectedForms() {
        #expect(CoreLexicon.concepts(of: "Regierung", language: .german) == ["regierung"])
        #expect(CoreLexicon.concepts(of: "hükümetin", language: .turkish) == ["regierung"])
        #expect(CoreLexicon.concepts(of: "Çocukları", language: .turkish) == ["kind"])
        #expect(CoreLexicon.concepts(of: "dün", language: .turkish) == ["gestern"])
        #expect(!CoreLexicon.concepts(of: "dünya", language: .turkish).contains("gestern"))
        #expect(CoreLexicon.concepts(of: "xyz", language: .german).isEmpty)
    }
}
