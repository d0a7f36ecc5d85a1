import Pairing
import QualityChecks
import PublicationCore
import Testing

@Suite struct NumberMismatchCheckTests {
    typealias F = CheckFixtures

    @Test(arguments: [
        ("1.250,5 Euro", "1250,5 avro"),
        ("1.250,5 Euro", "1\u{00A0}250,5 avro"),
        ("3,5 % der Familien", "ailelerin %3,5'i"),
        ("Am 17.12.2020 begann der Kurs.", "Kurs 17 Aralık 2020'de başladı."),
        ("Am 17. Dezember 2020 begann der Kurs.", "Kurs 17.12.2020 tarihinde başladı."),
        ("Das 17. Jahrhundert", "17. yüzyıl"),
        ("Um 14.30 Uhr", "Saat 14:30'da"),
        ("In den Jahren 2019–2020", "2019-2020 yıllarında"),
        ("Kasım Yılmaz leitet den Kurs.", "Kursu Kasım Yılmaz yönetiyor."),
        ("Im Jahr 2020.", "2020 yılında."),
        ("Die Stadt hilft.", "Şehir yardım ediyor."),
    ])
    func sameValuesAreNotFound(source: String, target: String) {
        #expect(F.findings(NumberMismatchCheck(), F.pair(.init(stringLiteral: source), .init(stringLiteral: target))).isEmpty)
    }

    @Test(arguments: [
        ("Şişli'de 1.250 aile yaşıyor.", "In Şişli leben 1.205 Familien.", "1.250", "1.205"),
        ("Kurs 17.12.2020'de başladı.", "Der Kurs begann am 17.11.2020.", "17.12.2020", "17.11.2020"),
        ("%3,5 artış", "ein Anstieg um 35 %", "3,5", "35"),
    ])
    func differentValuesAreFoundTurkishToGerman(source: String, target: String, missing: String, extra: String) throws {
        let pair = F.turkishToGerman(.init(stringLiteral: source), .init(stringLiteral: target))
        let finding = try #require(F.findings(NumberMismatchCheck(), pair).first)
        #expect(finding.code == "qa.number-mismatch")
        #expect(finding.severity == .error)
        #expect(finding.message.contains("“\(missing)”"))
        #expect(finding.message.contains("“\(extra)”"))
        #expect(finding.message.contains("German translation"))
    }

    @Test func numberWrittenAsWordIsMissing() throws {
        // Numbers above twelve written as words are out of scope: "yirmi" does not count as 20.
        let finding = try #require(F.findings(NumberMismatchCheck(), F.pair("20 Kurse", "yirmi kurs")).first)
        #expect(finding.message.contains("lacks the number “20”"))
    }

    @Test(arguments: [("2 Kurse", "iki kurs"), ("Nach zwei Tagen", "2 gün sonra"), ("positiv oder 0", "pozitif veya sıfır")])
    func smallNumberWrittenAsWordMatches(source: String, target: String) {
        #expect(F.findings(NumberMismatchCheck(), F.pair(.init(stringLiteral: source), .init(stringLiteral: target))).isEmpty)
    }

    @Test func extraNumberIsFound() throws {
        let finding = try #require(F.findings(NumberMismatchCheck(), F.pair("Viele Kurse", "45 kurs")).first)
        #expect(finding.message.contains("has the number “45”"))
    }
}

@Suite struct NumberScannerTests {
    @Test(arguments: [
        ("1.250,5", [1250.5]), ("1250,5", [1250.5]), ("1.000.000", [1_000_000]), ("0,5", [0.5]), ("0.5", [0.5]),
        ("17.12.2020", [17, 12, 2020]), ("17.12.", [17, 12]), ("17.", [17]), ("14:30", [14, 30]), ("14.30", [14, 30]),
        ("2.1.4", [2, 1, 4]), ("17 Aralık 2020", [17, 12, 2020]), ("Dezember 2020", [12, 2020]),
        ("im Dezember", []), ("Kasım Bey", []), ("1\u{202F}250", [1250]),
    ])
    func atoms(text: String, expected: [Double]) {
        #expect(NumberScanner().numbers(in: text).flatMap(\.atoms) == expected)
    }
}

@Suite struct NumbersBySourceLocaleTests {
    typealias F = CheckFixtures

    @Test(arguments: [
        ("June 1, 2022", "1 Haziran 2022"),
        ("June 1st, 2022", "1 Haziran 2022"),
        ("1,234,567.89 items", "1.234.567,89 öğe"),
        ("It costs 2.5 euros", "2,5 avro tutuyor"),
        ("On 1 March 2021", "1 Mart 2021'de"),
        ("In May 2020", "Mayıs 2020'de"),
    ])
    func englishSourceIsReadTheEnglishWay(source: String, target: String) {
        let pair = F.pair(.init(stringLiteral: source), .init(stringLiteral: target), from: .english, to: .turkish)
        #expect(F.findings(NumberMismatchCheck(), pair).isEmpty)
        let german = F.pair(.init(stringLiteral: source), .init(stringLiteral: target), from: .english, to: .german)
        #expect(F.findings(NumberMismatchCheck(), german).isEmpty)
    }

    @Test func differentValueFromEnglishSourceNamesTheValues() throws {
        let pair = F.pair("1,234,567.89 items", "1.234.567,98 öğe", from: .english, to: .turkish)
        let finding = try #require(F.findings(NumberMismatchCheck(), pair).first)
        #expect(finding.message.contains("values only in the original: 1234567.89"))
        #expect(finding.message.contains("only in the translation: 1234567.98"))
    }

    @Test func germanSourceIsStillReadTheGermanWay() throws {
        let pair = F.pair("1.250,5 Euro", "1,250.5 avro")
        #expect(!F.findings(NumberMismatchCheck(), pair).isEmpty)
    }
}

/// From the XLIFF 2.1 test suite's toRemoveAnnotations_in.xlf (corpus xliff2/oasis-xliff-21-ns2.0/test-suite/core/in-out).
@Suite struct NumberInsideAWordTests {
    @Test func numberWrittenIntoAWordMatchesTheSameNumberApart() {
        let pair = CheckFixtures.pair("and part2.", "et partie 2.", from: .english, to: .german)
        #expect(NumberMismatchCheck().check(pair, in: CheckContext()).isEmpty)
    }
}
