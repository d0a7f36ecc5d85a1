import Pairing
import QualityChecks
import PublicationCore
import Testing

@Suite struct NameChecksTests {
    typealias F = CheckFixtures

    @Test(arguments: [
        ("Grüße aus Şişli", "Sisli'den selamlar", "Sisli", "Şişli", LanguageTag.german, LanguageTag.turkish),
        ("Die Stadt Osnabrück", "Osnabruck şehri", "Osnabruck", "Osnabrück", .german, .turkish),
        ("Die Stadt Osnabrück", "Osnabrueck şehri", "Osnabrueck", "Osnabrück", .german, .turkish),
        ("Saarbrücken'den selamlar", "Grüße aus Saarbrucken", "Saarbrucken", "Saarbrücken", .turkish, .german),
        ("Şişli Belediyesi", "Die Gemeinde Sisli", "Sisli", "Şişli", .turkish, .german),
    ])
    func foldedNameIsFound(
        source: String, target: String, written: String, original: String, from: LanguageTag, to: LanguageTag
    ) throws {
        let pair = F.pair(.init(stringLiteral: source), .init(stringLiteral: target), from: from, to: to)
        let finding = try #require(F.findings(FoldedDiacriticsCheck(), pair).first)
        #expect(finding.code == "qa.folded-diacritics")
        #expect(finding.severity == .error)
        #expect(finding.message.contains("“\(written)”"))
        #expect(finding.message.contains("“\(original)”"))
    }

    @Test(arguments: [
        ("Grüße aus Şişli", "Şişli'den selamlar", LanguageTag.german, LanguageTag.turkish),
        ("Die Stadt München", "Münih şehri", .german, .turkish),
        ("İstanbul'dan selamlar", "Grüße aus Istanbul", .turkish, .german),
        ("Über uns", "Hakkımızda", .german, .turkish),
    ])
    func keptNameIsNotFound(source: String, target: String, from: LanguageTag, to: LanguageTag) {
        let pair = F.pair(.init(stringLiteral: source), .init(stringLiteral: target), from: from, to: to)
        #expect(F.findings(FoldedDiacriticsCheck(), pair).isEmpty)
    }

    @Test(arguments: [
        ("Grüße aus Izmir", "Izmir'den selamlar", "Izmir", "İzmir"),
        ("GRÜSSE AUS ISTANBUL", "ISTANBUL'DAN SELAMLAR", "ISTANBUL", "İSTANBUL"),
        ("Die Stadt Istanbul", "Istanbul şehri", "Istanbul", "İstanbul"),
        ("Geflüchtete aus dem Iran", "Iran'dan gelen mülteciler", "Iran", "İran"),
        ("Das Programm", "PROGRAM ILE DESTEK", "ILE", "İLE"),
    ])
    func wrongCapitalIIsFound(source: String, target: String, written: String, expected: String) throws {
        let pair = F.pair(.init(stringLiteral: source), .init(stringLiteral: target))
        let finding = try #require(F.findings(TurkishDottedICheck(), pair).first)
        #expect(finding.code == "qa.turkish-i")
        #expect(finding.message.contains("“\(written)”"))
        #expect(finding.message.contains("“\(expected)”"))
    }

    @Test func capitalIIsCheckedAgainstATurkishSource() throws {
        // Not in the built-in list: known only from the Turkish source.
        let pair = F.pair("Sultanbeyli ve İnceğiz", "SULTANBEYLI UND INCEĞIZ", from: .turkish, to: .turkish)
        let finding = try #require(F.findings(TurkishDottedICheck(), pair).first)
        #expect(finding.message.contains("“SULTANBEYLİ”"))
    }

    @Test func combiningDotIsFound() throws {
        let pair = F.pair("Istanbul", "i\u{0307}stanbul'da")
        let finding = try #require(F.findings(TurkishDottedICheck(), pair).first)
        #expect(finding.message.contains("combining dot"))
    }

    @Test(arguments: [
        "İzmir'den selamlar", "İSTANBUL'DAN SELAMLAR", "Isparta ve Iğdır'dan", "Irak'tan gelen mülteciler",
        "IĞDIR VE ISPARTA",
    ])
    func rightCapitalIIsNotFound(target: String) {
        #expect(F.findings(TurkishDottedICheck(), F.pair("Grüße aus der Türkei", .init(stringLiteral: target))).isEmpty)
    }

    @Test func capitalIInGermanIsNotChecked() {
        #expect(F.findings(TurkishDottedICheck(), F.turkishToGerman("İzmir'den", "Aus Izmir")).isEmpty)
    }

    @Test(arguments: [
        ("Die Stadt hilft.", "Die Stadt hilft."), ("Die Stadt hilft.", "die  stadt HILFT."),
        ("Şehir yardım ediyor.", "ŞEHİR YARDIM EDİYOR."),
    ])
    func identicalTargetIsFound(source: String, target: String) throws {
        let language: LanguageTag = source.hasPrefix("Şehir") ? .turkish : .german
        let pair = F.pair(
            .init(stringLiteral: source), .init(stringLiteral: target), from: language,
            to: language == .german ? .turkish : .german)
        let finding = try #require(F.findings(IdenticalTargetCheck(), pair).first)
        #expect(finding.code == "qa.identical-target")
        #expect(finding.message.contains(CheckText.quoted(source)))
    }

    @Test(arguments: [
        "Osnabrück", "Dr. Ayşe Yılmaz", "www.sisli.bel.tr", "1.250,5", "Şişli – Osnabrück", "OK", "integration@osnabrueck.de",
    ])
    func identicalNamesNumbersAndLinksAreNotFound(text: String) {
        let pair = F.pair(.init(stringLiteral: text), .init(stringLiteral: text))
        #expect(F.findings(IdenticalTargetCheck(), pair).isEmpty)
    }

    @Test func translatedTextIsNotIdentical() {
        #expect(F.findings(IdenticalTargetCheck(), F.pair("Die Stadt hilft.", "Şehir yardım ediyor.")).isEmpty)
    }
}

@Suite struct CheckTextTests {
    @Test(arguments: [
        ("İSTANBUL", LanguageTag.turkish, "istanbul"), ("ISPARTA", .turkish, "ısparta"), ("ISTANBUL", .german, "istanbul"),
        ("İzmir", .german, "izmir"), ("Straße", .german, "straße"), ("Şi\u{0307}şli", .turkish, "şi\u{0307}şli"),
    ])
    func folding(text: String, language: LanguageTag, expected: String) {
        #expect(CheckText.folded(text, language: language) == expected)
    }

    @Test func uppercasingIsTurkishAware() {
        #expect(CheckText.uppercased("istanbul ılıca", language: .turkish) == "İSTANBUL ILICA")
        #expect(CheckText.uppercased("istanbul", language: .german) == "ISTANBUL")
    }

    @Test func nfcJoinsDecomposedLetters() {
        #expect(CheckText.nfc("S\u{0327}is\u{0327}li") == "Şişli")
        #expect(CheckText.comparisonKey("Osnabru\u{0308}ck  ", language: .german) == "osnabrück")
    }

    @Test func asciiFolding() {
        #expect(CheckText.asciiFolded("Şişli İstanbul Osnabrück Straße Iğdır") == "Sisli Istanbul Osnabruck Strasse Igdir")
        #expect(CheckText.umlautTransliterated("Osnabrück Köln") == "Osnabrueck Koeln")
    }

    @Test func wordsSplitAtApostrophesAndHyphens() {
        #expect(CheckText.words(in: "Şişli'de Deutsch-Türkische 1.250").map(\.text) == ["Şişli", "de", "Deutsch", "Türkische", "1", "250"])
    }
}

@Suite struct RealDataRegressionTests {
    typealias F = CheckFixtures

    /// Seen in the ORCID and Sonata translations of the corpus.
    @Test(arguments: [
        "ORCID kimliğinizi kontrol edin: orcid.org", "IBAN numarası", "Lütfen İBAN ve IBAN yazın",
    ])
    func acronymsAreNotTurkishIErrors(target: String) {
        #expect(F.findings(TurkishDottedICheck(), F.pair("Text", .init(stringLiteral: target))).isEmpty)
    }

    @Test(arguments: [("Mit 2FA anmelden", "İki faktörlü kimlik doğrulama ile oturum açın"), ("Kurs B2", "B2 kursu")])
    func numbersInsideWordsAreNotNumbers(source: String, target: String) {
        #expect(F.findings(NumberMismatchCheck(), F.pair(.init(stringLiteral: source), .init(stringLiteral: target))).isEmpty)
    }

    @Test(arguments: ["<i class=\"fa fa-home\"></i>", "mailinator.com", "example.org/path"])
    func markupAndDomainsNeedNoTranslation(text: String) {
        #expect(F.findings(IdenticalTargetCheck(), F.pair(.init(stringLiteral: text), .init(stringLiteral: text))).isEmpty)
    }
}
