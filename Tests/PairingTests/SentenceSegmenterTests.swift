import AlignmentEvaluation
import Foundation
import Pairing
import PublicationCore
import Testing
import TestSupport

/// Segmentation of German and Turkish paragraphs: each case is a paragraph and its sentences,
/// joined with ` ⏎ ` so the expectation reads at a glance.
@Suite struct SentenceSegmenterTests {
    static let germanCases: [(String, String)] = [
        // Abbreviations
        ("Das gilt z. B. für Kinder. Erwachsene zahlen mehr.",
         "Das gilt z. B. für Kinder. ⏎ Erwachsene zahlen mehr."),
        ("Viele Städte, z.B. Köln, sind betroffen.", "Viele Städte, z.B. Köln, sind betroffen."),
        ("Sie kam spät, d. h. nach Mitternacht. Niemand wartete.",
         "Sie kam spät, d. h. nach Mitternacht. ⏎ Niemand wartete."),
        ("Es sprachen u. a. Merkel und Macron. Danach gab es Essen.",
         "Es sprachen u. a. Merkel und Macron. ⏎ Danach gab es Essen."),
        ("Das Urteil (Az. 3) betrifft Haus Nr. 12 in der Goethestr. 5. Die Mieter klagen.",
         "Das Urteil (Az. 3) betrifft Haus Nr. 12 in der Goethestr. 5. ⏎ Die Mieter klagen."),
        ("Dr. Weber und Prof. Kaya sprachen. Es war spannend.",
         "Dr. Weber und Prof. Kaya sprachen. ⏎ Es war spannend."),
        ("Die Kosten sinken bzw. steigen kaum. Das freut alle.",
         "Die Kosten sinken bzw. steigen kaum. ⏎ Das freut alle."),
        ("Es kamen ca. 300 Gäste. Der Saal war voll.", "Es kamen ca. 300 Gäste. ⏎ Der Saal war voll."),
        ("Siehe dazu vgl. Abs. 2 und S. 45. Dort steht mehr.",
         "Siehe dazu vgl. Abs. 2 und S. 45. ⏎ Dort steht mehr."),
        ("Äpfel, Birnen usw. sind gesund. Obst kostet wenig.",
         "Äpfel, Birnen usw. sind gesund. ⏎ Obst kostet wenig."),
        ("Wir kauften Äpfel, Birnen usw. Dann gingen wir heim.",
         "Wir kauften Äpfel, Birnen usw. ⏎ Dann gingen wir heim."),
        ("Der Vertrag kostet 5 Mio. Euro im Jahr. Das ist viel.",
         "Der Vertrag kostet 5 Mio. Euro im Jahr. ⏎ Das ist viel."),
        ("George W. Bush besuchte Berlin. Er blieb zwei Tage.",
         "George W. Bush besuchte Berlin. ⏎ Er blieb zwei Tage."),
        // Ordinals, dates and numbers
        ("Das Gesetz gilt seit dem 17. Dezember. Es betrifft alle.",
         "Das Gesetz gilt seit dem 17. Dezember. ⏎ Es betrifft alle."),
        ("Nach dem 2. Weltkrieg wurde die Stadt neu aufgebaut.", "Nach dem 2. Weltkrieg wurde die Stadt neu aufgebaut."),
        ("Im 19. Jahrhundert wuchs die Stadt stark.", "Im 19. Jahrhundert wuchs die Stadt stark."),
        ("Der Umsatz stieg auf 1.250,5 Mio. Euro. Das war ein Rekord.",
         "Der Umsatz stieg auf 1.250,5 Mio. Euro. ⏎ Das war ein Rekord."),
        ("Am 17.12.2020 begann der Prozess. Er dauerte lange.",
         "Am 17.12.2020 begann der Prozess. ⏎ Er dauerte lange."),
        ("Die Partei landete auf Platz 3. Die Grünen verloren.",
         "Die Partei landete auf Platz 3. ⏎ Die Grünen verloren."),
        ("Die Quote lag bei 3,5 Prozent. Im Vorjahr waren es 4,1 Prozent.",
         "Die Quote lag bei 3,5 Prozent. ⏎ Im Vorjahr waren es 4,1 Prozent."),
        ("Wilhelm II. regierte bis 1918. Dann kam die Republik.",
         "Wilhelm II. regierte bis 1918. ⏎ Dann kam die Republik."),
        // Quotes, brackets, ellipsis, ! and ?
        ("Er sagte: „Ich komme morgen.“ Dann ging er.", "Er sagte: „Ich komme morgen.“ ⏎ Dann ging er."),
        ("„Kommst du?“, fragte sie. Er nickte.", "„Kommst du?“, fragte sie. ⏎ Er nickte."),
        ("Sie rief: »Halt!« Niemand hörte sie.", "Sie rief: »Halt!« ⏎ Niemand hörte sie."),
        ("Das Ergebnis war knapp. (Es fehlten zwei Stimmen.) Die Opposition jubelte.",
         "Das Ergebnis war knapp. ⏎ (Es fehlten zwei Stimmen.) ⏎ Die Opposition jubelte."),
        ("Er zögerte … dann ging er. Warum nur? Wir wissen es nicht!",
         "Er zögerte … dann ging er. ⏎ Warum nur? ⏎ Wir wissen es nicht!"),
        ("Und dann... Stille. Niemand sprach.", "Und dann... ⏎ Stille. ⏎ Niemand sprach."),
        ("„Wir […] werden siegen“, sagte sie.", "„Wir […] werden siegen“, sagte sie."),
        // URLs, e-mail addresses
        ("Mehr unter https://www.example.org/a.b?x=1. Fragen an info@kopru.de. Danke.",
         "Mehr unter https://www.example.org/a.b?x=1. ⏎ Fragen an info@kopru.de. ⏎ Danke."),
        ("Die Seite www.bundestag.de bietet mehr. Sie ist frei.",
         "Die Seite www.bundestag.de bietet mehr. ⏎ Sie ist frei."),
        // Headline without punctuation, single sentence, white space
        ("Mitglieder der Nationalversammlung für Wales befürchten Verwechslungen",
         "Mitglieder der Nationalversammlung für Wales befürchten Verwechslungen"),
        ("  Es regnet.\n  Wir bleiben zu Hause.  ", "Es regnet. ⏎ Wir bleiben zu Hause."),
    ]

    static let turkishCases: [(String, String)] = [
        // Abbreviations
        ("Meyve, sebze vb. ürünler pahalandı. Halk tepkili.",
         "Meyve, sebze vb. ürünler pahalandı. ⏎ Halk tepkili."),
        ("Pazardan elma, armut vb. aldık. Sonra eve döndük.",
         "Pazardan elma, armut vb. aldık. ⏎ Sonra eve döndük."),
        ("Kalem, defter vs. alındı. Okul yarın başlıyor.", "Kalem, defter vs. alındı. ⏎ Okul yarın başlıyor."),
        ("Bazı şehirler, örn. İzmir, çok etkilendi.", "Bazı şehirler, örn. İzmir, çok etkilendi."),
        ("Prof. Dr. Ayşe Kaya konuştu. Salon doluydu.", "Prof. Dr. Ayşe Kaya konuştu. ⏎ Salon doluydu."),
        ("Doç. Dr. Mehmet Yılmaz ve Av. Zeynep Demir katıldı. Toplantı uzun sürdü.",
         "Doç. Dr. Mehmet Yılmaz ve Av. Zeynep Demir katıldı. ⏎ Toplantı uzun sürdü."),
        ("Adres: Atatürk Cad. No. 5, Yeni Mah. Şişli. Bekliyoruz.",
         "Adres: Atatürk Cad. No. 5, Yeni Mah. Şişli. ⏎ Bekliyoruz."),
        ("Bu konu s. 45'te anlatılıyor. Okuyunuz.", "Bu konu s. 45'te anlatılıyor. ⏎ Okuyunuz."),
        ("Cami 16. yy. Osmanlı mimarisinin örneğidir. Ziyaretçi çoktur.",
         "Cami 16. yy. Osmanlı mimarisinin örneğidir. ⏎ Ziyaretçi çoktur."),
        ("Ayrıntılar için bkz. ekteki tablo. Sorular yanıtlandı.", "Ayrıntılar için bkz. ekteki tablo. ⏎ Sorular yanıtlandı."),
        ("Metin s. 12. Bölümde devam ediyor.", "Metin s. 12. ⏎ Bölümde devam ediyor."),
        ("Şirket ABC Ltd. Şti. adına imza attı. Anlaşma yürürlükte.",
         "Şirket ABC Ltd. Şti. adına imza attı. ⏎ Anlaşma yürürlükte."),
        // Ordinals, dates and numbers
        ("Bina 17. yüzyılda yapıldı. Bugün müze.", "Bina 17. yüzyılda yapıldı. ⏎ Bugün müze."),
        ("Kanunun 3. maddesi değişti. Muhalefet itiraz etti.",
         "Kanunun 3. maddesi değişti. ⏎ Muhalefet itiraz etti."),
        ("II. Dünya Savaşı 1945'te bitti. Avrupa yeniden kuruldu.",
         "II. Dünya Savaşı 1945'te bitti. ⏎ Avrupa yeniden kuruldu."),
        ("2. Dünya Savaşı'ndan sonra şehir büyüdü.", "2. Dünya Savaşı'ndan sonra şehir büyüdü."),
        ("Fiyat 1.250,5 liraya çıktı. Bu bir rekor.", "Fiyat 1.250,5 liraya çıktı. ⏎ Bu bir rekor."),
        ("Toplantı 17.12.2020 tarihinde yapıldı. Karar oy birliğiyle alındı.",
         "Toplantı 17.12.2020 tarihinde yapıldı. ⏎ Karar oy birliğiyle alındı."),
        ("Enflasyon %3,5 oldu. Geçen yıl %4,1 idi.", "Enflasyon %3,5 oldu. ⏎ Geçen yıl %4,1 idi."),
        ("Takım ligi 3. sırada bitirdi. Bu bir başarı.", "Takım ligi 3. sırada bitirdi. ⏎ Bu bir başarı."),
        ("Oy oranı 17. Bu da yetmedi.", "Oy oranı 17. ⏎ Bu da yetmedi."),
        // Quotes, brackets, ellipsis, ! and ?
        ("“Yarın geleceğim.” dedi. Sonra gitti.", "“Yarın geleceğim.” dedi. ⏎ Sonra gitti."),
        ("\"Ne yapacağız?\" diye sordu. Kimse cevap vermedi.",
         "\"Ne yapacağız?\" diye sordu. ⏎ Kimse cevap vermedi."),
        ("Bağırdı: «Dur!» Kimse duymadı.", "Bağırdı: «Dur!» ⏎ Kimse duymadı."),
        ("Sonuç belliydi. (İki oy eksikti.) Muhalefet sevindi.",
         "Sonuç belliydi. ⏎ (İki oy eksikti.) ⏎ Muhalefet sevindi."),
        ("Bekledi… sonra gitti. Neden? Bilmiyoruz!", "Bekledi… sonra gitti. ⏎ Neden? ⏎ Bilmiyoruz!"),
        // URLs, e-mail addresses
        ("Ayrıntılar https://www.tbmm.gov.tr/kanun.html adresinde. Sorular için bilgi@kopru.com.tr yazın.",
         "Ayrıntılar https://www.tbmm.gov.tr/kanun.html adresinde. ⏎ Sorular için bilgi@kopru.com.tr yazın."),
        // İ and I at the start of a sentence
        ("Toplantı bitti. İstanbul'da yağmur yağıyor. Irmak taştı.",
         "Toplantı bitti. ⏎ İstanbul'da yağmur yağıyor. ⏎ Irmak taştı."),
    ]

    @Test(arguments: germanCases)
    func german(paragraph: String, expected: String) {
        let sentences = SentenceSegmenter(language: .german).sentences(in: paragraph)
        #expect(sentences.joined(separator: " ⏎ ") == expected)
    }

    @Test(arguments: turkishCases)
    func turkish(paragraph: String, expected: String) {
        let sentences = SentenceSegmenter(language: .turkish).sentences(in: paragraph)
        #expect(sentences.joined(separator: " ⏎ ") == expected)
    }

    @Test func decidingRuleIsReported() throws {
        let segmenter = SentenceSegmenter(language: .german)
        #expect(segmenter.decidingRule(between: "Das gilt z. B.", and: " für Kinder")?.name == "de.abbreviation.z-b")
        #expect(segmenter.decidingRule(between: "Das gilt z.", and: " B. für Kinder")?.name == "de.abbreviation.z-b.inner-1")
        #expect(segmenter.decidingRule(between: "am 17.", and: " Dezember")?.name == "de.ordinal")
        #expect(segmenter.decidingRule(between: "Es regnet.", and: " Wir")?.name == "common.terminator")
        #expect(segmenter.decidingRule(between: "Es regnet", and: " heute") == nil)
    }

    @Test func emptyAndBlankTextHaveNoSentences() {
        #expect(SentenceSegmenter(language: .turkish).sentences(in: "").isEmpty)
        #expect(SentenceSegmenter(language: .german).sentences(in: " \n\t ").isEmpty)
    }

    @Test func segmentsJoinedWithSpacesGiveBackTheText() {
        let text = "Es regnet. „Wirklich?“ Ja! Dr. Weber kommt am 3. Mai … vielleicht."
        let sentences = SentenceSegmenter(language: .german).sentences(in: text)
        #expect(sentences.joined(separator: " ") == text)
        #expect(sentences.count == 4)
    }

    @Test func otherLanguagesUseTheSharedRules() {
        let rules = SegmentationRules.rules(for: LanguageTag("en")!)
        #expect(rules.rules.allSatisfy { $0.name.hasPrefix("common.") })
        #expect(SentenceSegmenter(rules: rules).sentences(in: "It rains. We stay.").count == 2)
    }
}

/// The segmenters on real text: NTREX-128 lines are translations of each other, so most German
/// and Turkish lines should split into the same number of sentences. About one line in ten does
/// not, and the lines reviewed were translations that split or join sentences (`SHOW_SEGMENTS=1`
/// prints them), not segmentation errors; 90.2 % agree.
@Suite struct SentenceSegmenterCorpusTests {
    @Test func germanAndTurkishLinesSplitAlike() throws {
        let corpus = try ParallelCorpus.loadNTREX(from: Corpus.url("parallel-de-tr/ntrex128"))
        let german = SentenceSegmenter(language: .german), turkish = SentenceSegmenter(language: .turkish)
        var same = 0, lines = 0, germanSentences = 0, turkishSentences = 0, multi = 0
        for document in corpus.documents {
            for (de, tr) in zip(document.german, document.turkish) {
                let g = german.sentences(in: de).count, t = turkish.sentences(in: tr).count
                lines += 1
                germanSentences += g
                turkishSentences += t
                if g == t { same += 1 } else if ProcessInfo.processInfo.environment["SHOW_SEGMENTS"] != nil {
                    print("DE", german.sentences(in: de)); print("TR", turkish.sentences(in: tr))
                }
                if g > 1 { multi += 1 }
            }
        }
        print("NTREX-128 segmentation: \(lines) lines, \(germanSentences) German and \(turkishSentences) Turkish sentences,",
              "\(same) lines (\(String(format: "%.1f", 100 * Double(same) / Double(lines))) %) with equal counts,",
              "\(multi) German lines with more than one sentence")
        #expect(Double(same) / Double(lines) >= 0.89)
    }
}
