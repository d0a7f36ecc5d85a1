import Pairing
import QualityChecks
import PublicationCore
import Testing

@Suite struct CorpusChecksTests {
    typealias F = CheckFixtures

    /// Ten ordinary pairs of one contribution, translations about as long as their sources.
    func contribution(_ group: String) -> [SegmentPair] {
        (0..<10).map { index in
            F.pair(
                .init(stringLiteral: "Die Stadt \(group) bietet im Jahr \(2010 + index) viele Sprachkurse an."),
                .init(stringLiteral: "\(group) şehri \(2010 + index) yılında birçok dil kursu sunuyor."),
                id: "\(group)-\(index)", group: group)
        }
    }

    @Test func shortTranslationIsAnOutlier() throws {
        var pairs = contribution("altena")
        pairs.append(
            F.pair("Die Stadt Altena hat im Jahr 2019 ein großes Programm für die Sprachförderung gestartet.",
                   "Evet.", id: "altena-short", group: "altena"))
        let findings = LengthRatioCheck().check(corpus: pairs, in: CheckContext())
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.code == "qa.length-ratio")
        #expect(finding.unit == "altena-short")
        #expect(finding.message.contains("“altena”"))
        #expect(finding.remedy?.contains("untranslated") == true)
    }

    @Test func longTranslationIsAnOutlierTurkishToGerman() throws {
        var pairs = (0..<10).map { index in
            F.pair(.init(stringLiteral: "Şişli Belediyesi \(index). kez gönüllü buluşması düzenledi."),
                   .init(stringLiteral: "Die Gemeinde Şişli veranstaltete zum \(index). Mal ein Treffen."),
                   from: .turkish, to: .german, id: "sisli-\(index)", group: "sisli")
        }
        pairs.append(
            F.pair("Şişli Belediyesi gönüllüleri ağırladı.",
                   String(repeating: "Die Gemeinde Şişli empfing die Ehrenamtlichen in ihrem Rathaus. ", count: 4).inlineText,
                   from: .turkish, to: .german, id: "sisli-long", group: "sisli"))
        let findings = LengthRatioCheck().check(corpus: pairs, in: CheckContext())
        #expect(findings.map(\.unit) == ["sisli-long"])
        #expect(findings.first?.remedy?.contains("another segment") == true)
    }

    @Test func ordinaryContributionHasNoOutliers() {
        let pairs = contribution("osnabrueck") + contribution("saarbruecken")
        #expect(LengthRatioCheck().check(corpus: pairs, in: CheckContext()).isEmpty)
    }

    @Test func smallGroupUsesTheWideNorm() {
        let pairs = [
            F.pair("Die Kita öffnet am Montag ihre Türen.", "Kreş pazartesi kapılarını açıyor.", id: "a", group: "g"),
            F.pair("Die Kita öffnet am Montag ihre Türen für alle.", "Evet.", id: "b", group: "g"),
        ]
        #expect(LengthRatioCheck().check(corpus: pairs, in: CheckContext()).map(\.unit) == ["b"])
    }

    @Test func differentTranslationOfTheSameSourceIsFound() throws {
        let pairs = [
            F.pair("Integrationskurs", "uyum kursu", id: "p3"),
            F.pair("Integrationskurs", "Uyum  kursu", id: "p5"),
            F.pair("Integrationskurs", "entegrasyon kursu", id: "p9"),
            F.pair("Kita", "kreş", id: "p10"),
        ]
        let findings = InconsistentTranslationCheck().check(corpus: pairs, in: CheckContext())
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.code == "qa.inconsistent-translation")
        #expect(finding.unit == "p9")
        #expect(finding.message.contains("“entegrasyon kursu”"))
        #expect(finding.message.contains("“uyum kursu”"))
        #expect(finding.message.contains("\"p3\" and 1 more"))
    }

    @Test func sameTranslationOfTheSameSourceIsNotFound() {
        let pairs = [
            F.pair("Integrationskurs", "uyum kursu", id: "p3"),
            F.pair("integrationskurs", "Uyum kursu", id: "p4"),
            F.pair("Integrationskurs", "uyum kursu", from: .german, to: .turkish, id: "p5"),
            F.pair("Integrationskurs", nil, id: "p6"),
        ]
        #expect(InconsistentTranslationCheck().check(corpus: pairs, in: CheckContext()).isEmpty)
    }

    @Test func differentSourcesWithTheSameTranslationAreFound() throws {
        let pairs = [
            F.pair("Ehrenamtliche helfen.", "Gönüllüler yardım ediyor.", id: "p4"),
            F.pair("Geflüchtete helfen.", "Gönüllüler yardım ediyor.", id: "p7"),
        ]
        let finding = try #require(SameTranslationCheck().check(corpus: pairs, in: CheckContext()).first)
        #expect(finding.code == "qa.same-translation")
        #expect(finding.unit == "p7")
        #expect(finding.message.contains("“Geflüchtete helfen.”"))
        #expect(finding.message.contains("“Ehrenamtliche helfen.”"))
    }

    @Test func sourcesDifferingInPunctuationOrNamesAreNotFound() {
        let pairs = [
            F.pair("Ehrenamtliche helfen.", "Gönüllüler yardım ediyor.", id: "p4"),
            F.pair("Ehrenamtliche helfen!", "Gönüllüler yardım ediyor.", id: "p5"),
            F.pair("Osnabrück", "Osnabrück", id: "p6"),
            F.pair("OSNABRÜCK", "Osnabrück", id: "p7"),
        ]
        #expect(SameTranslationCheck().check(corpus: pairs, in: CheckContext()).isEmpty)
    }
}

extension String {
    fileprivate var inlineText: InlineText { InlineText(stringLiteral: self) }
}
