import AlignmentEvaluation
import Foundation
@testable import Pairing
import PublicationCore
import Testing
import TestSupport

/// The byte scanner must give exactly the length, ending and anchor keys of the `String` path
/// (``TextNormalization/alignmentLength(of:)`` and ``SentenceAnchors``) for every sentence it takes.
@Suite struct SentenceKeyScannerTests {
    /// Sentences written for this test (sample texts) that exercise every kind of anchor.
    static let samples: [(String, LanguageTag)] = [
        ("Am 17.12.2020 kamen 1.250,5 Gäste nach Osnabrück.", .german),
        ("Laut Trump'ın ofisi 1.250,5 kişi geldi?", .turkish),
        ("Schreiben Sie an info@example.org oder besuchen Sie https://www.Example.org/Integration/!", .german),
        ("Bilgi için www.example.org.tr adresine bakın: „Şişli“ ve İSTANBUL.", .turkish),
        ("Trumps Regierung sagte – nach drei Tagen – im Dezember nichts (gar nichts)...", .german),
        ("DİYARBAKIR ve IRAK'TAKİ yetkililer 3 Aralık'ta üç kez toplandı…", .turkish),
        ("  Er\u{00A0}kam  \r\n am Montag\u{2009}um 14:30 Uhr: „Wir […] siegen.“  ", .german),
        ("Das Gesetz 2.0 gilt ab 1.1.2021 (vgl. S. 4) – auch für Saarbrücken's Ämter.", .german),
        ("Straße, STRASSE und Maß: ß bleibt ß; Ähnliches gilt für Öl und Übel.", .german),
        ("ıslak İzmir Iğdır Ilgaz iç: hükümetin kararı, çocukların okulları!", .turkish),
        ("Soft\u{00AD}hyphen and quotes \"plain\" 'single' « guillemets » ‹x›.", .german),
        ("a", .german),
        ("", .turkish),
        ("@start user@host x@y. www. ://a http://", .german),
    ]

    @Test(arguments: samples.indices)
    func sampleSentencesGiveTheReferenceFeatures(index: Int) {
        let (sentence, language) = Self.samples[index]
        var scanner = SentenceKeyScanner(language: language)
        let scanned = scanner.scan(sentence, withAnchors: true)
        #expect(scanned != nil)
        guard let scanned else { return }
        let reference = Self.reference(sentence, language: language)
        #expect(scanned.length == reference.length)
        #expect(scanned.ending == reference.ending)
        #expect(Self.normalized(scanner.keys) == reference.keys)
    }

    @Test func ntrexSentencesGiveTheReferenceFeatures() throws {
        let corpus = try ParallelCorpus.loadNTREX(from: Corpus.url("parallel-de-tr/ntrex128"))
        var germanScanner = SentenceKeyScanner(language: .german)
        var turkishScanner = SentenceKeyScanner(language: .turkish)
        var scanned = 0, total = 0, mismatches: [String] = []
        for document in corpus.documents {
            for (sentence, language) in document.german.map({ ($0, LanguageTag.german) }) + document.turkish.map({ ($0, .turkish) }) {
                total += 1
                let result: SentenceKeyScanner.Result?
                let keys: [UInt64]
                if language == .german {
                    result = germanScanner.scan(sentence, withAnchors: true)
                    keys = germanScanner.keys
                } else {
                    result = turkishScanner.scan(sentence, withAnchors: true)
                    keys = turkishScanner.keys
                }
                guard let result else { continue }
                scanned += 1
                let reference = Self.reference(sentence, language: language)
                if result.length != reference.length || result.ending != reference.ending
                    || Self.normalized(keys) != reference.keys {
                    mismatches.append(sentence)
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        // Nearly all German and Turkish news sentences take the fast path.
        #expect(Double(scanned) >= 0.95 * Double(total))
    }

    @Test func textOutsideTheScannersRangeIsLeftToTheStringPath() {
        var scanner = SentenceKeyScanner(language: .turkish)
        // S + combining cedilla is not in NFC; Greek and CJK are outside the Latin range.
        #expect(scanner.scan("S\u{0327}is\u{0327}li belediyesi.", withAnchors: true) == nil)
        #expect(scanner.scan("Αθήνα ve 東京.", withAnchors: true) == nil)
        #expect(scanner.scan("Şişli belediyesi.", withAnchors: true) != nil)
    }

    @Test func featuresOfTextOutsideTheRangeMatchTheStringPath() {
        let sentences = ["S\u{0327}is\u{0327}li'de 3 kişi.", "Şişli'de 3 kişi."]
        let features = SentenceFeatures(sentences, language: .turkish, withAnchors: true)
        // The decomposed and the precomposed spelling are one text after NFC.
        #expect(features.lengths[0] == features.lengths[1])
        #expect(Array(features.keys[features.keyStart[0]..<features.keyStart[1]])
            == Array(features.keys[features.keyStart[1]..<features.keyStart[2]]))
    }

    /// Number tokens that exercise every rule of ``NumberAnchor``: dates and near-dates, thousands
    /// groups, decimal commas and points, leading and trailing zeros.
    static let numberTokens = [
        "17.12.2020", "1.1.20", "31.12.99", "32.1.2020", "0.1.2020", "1.13.2020", "1.0.2020", "01.02.0003",
        "1.250,5", "1.250,50", "1.250,00", "10.000.000", "1,250,000", "1,25,000", "3,50", "007", "0", "00",
        "0.000.001", "1.2.3.4", "12.345,678", "1.23,4", "14.30", "3.5", "00,00", "0,0", "100.5", "1.2345",
        "17.", "COVID-19", "3, 4", "2020/21", "1.2.2020,5", "12:30", "1..2", "5,,6", "0,050",
    ]

    @Test func numberTokensGiveTheReferenceKeys() {
        var scanner = SentenceKeyScanner(language: .german)
        var blockScanner = SentenceKeyScanner(language: .turkish, purpose: .blockPairing)
        // The listed tokens, and every token of up to six characters over 0, 1, 3, dot and comma.
        var tokens = Self.numberTokens
        var generated = [""]
        for _ in 1...6 {
            generated = generated.flatMap { prefix in ["0", "1", "3", ".", ","].map { prefix + $0 } }
            tokens += generated
        }
        var mismatches: [String] = []
        for token in tokens {
            let sentence = "Am \(token) kamen \(token)x Gäste."
            _ = scanner.scan(sentence, withAnchors: true)
            _ = blockScanner.scan(sentence, withAnchors: true)
            if Self.normalized(scanner.keys) != Self.reference(sentence, language: .german).keys
                || Self.normalized(blockScanner.keys) != Self.blockReference(sentence) {
                mismatches.append(token)
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
        #expect(tokens.count > 9_000)
    }

    @Test(arguments: samples.indices)
    func sampleBlocksGiveTheBlockAlignersAnchors(index: Int) {
        let text = Self.samples[index].0
        var scanner = SentenceKeyScanner(language: .turkish, purpose: .blockPairing)
        #expect(scanner.scan(text, withAnchors: true) != nil)
        #expect(Self.normalized(scanner.keys) == Self.blockReference(text))
    }

    @Test func ntrexParagraphsGiveTheBlockAlignersAnchors() throws {
        let corpus = try ParallelCorpus.loadNTREX(from: Corpus.url("parallel-de-tr/ntrex128"))
        var scanner = SentenceKeyScanner(language: .turkish, purpose: .blockPairing)
        var mismatches: [String] = [], withAnchors = 0
        for document in corpus.documents {
            // Each document's sentences, one block per side, as the block aligner sees a paragraph.
            for text in [document.german.joined(separator: " "), document.turkish.joined(separator: " ")] {
                let keys = BlockSequenceAligner.anchors(of: text, scanner: &scanner)
                let reference = Self.blockReference(text)
                if keys != reference { mismatches.append(text) }
                if !reference.isEmpty { withAnchors += 1 }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(3))")
        #expect(withAnchors > corpus.documents.count)
    }

    @Test func blockAnchorsOutsideTheScannersRangeComeFromTheStringPath() {
        var scanner = SentenceKeyScanner(language: .turkish, purpose: .blockPairing)
        let text = "S\u{0327}is\u{0327}li'de Αθήνα 1.250 kişi: www.example.org"
        #expect(scanner.scan(text, withAnchors: true) == nil)
        let keys = BlockSequenceAligner.anchors(of: text, scanner: &scanner)
        #expect(keys == Self.blockReference(text))
        #expect(keys.count == 5)   // @şişli, @αθήνα, @kişi, #1250, example.org
    }

    /// The block aligner's anchor strings (``BlockSequenceAligner/anchors(of:)``), hashed and sorted.
    static func blockReference(_ text: String) -> [UInt64] {
        BlockSequenceAligner.anchors(of: text).map(SentenceKeyScanner.blockKey).sorted()
    }

    static func normalized(_ keys: [UInt64]) -> [UInt64] {
        Array(Set(keys)).sorted()
    }

    static func reference(_ sentence: String, language: LanguageTag)
        -> (length: Int, ending: SentenceAnchors.Ending, keys: [UInt64]) {
        var keys: [UInt64] = []
        let ending = SentenceFeatures.referenceKeys(of: sentence, language: language, into: &keys)
        return (TextNormalization.alignmentLength(of: sentence), ending, normalized(keys))
    }
}
