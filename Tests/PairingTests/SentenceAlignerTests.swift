import AlignmentEvaluation
import Foundation
import Pairing
import Testing
import TestSupport

@Suite struct SentenceAlignerTests {
    @Test func missingTranslationBecomesOneToZero() {
        let alignment = SentenceAligner().align(
            german: ["Es regnet seit dem frühen Morgen in der ganzen Stadt.",
                     "Wir bleiben deshalb heute zu Hause und lesen.",
                     "Am 17.12.2020 kamen 1.250 Gäste in die Halle."],
            turkish: ["Sabahın erken saatlerinden beri bütün şehirde yağmur yağıyor.",
                      "17.12.2020'de salona 1.250 misafir geldi."])
        #expect(alignment.links.map(\.kind) == [.oneToOne, .oneToZero, .oneToOne])
        #expect(alignment.missingTranslations.map(\.german) == [[1]])
        #expect(alignment.links.allSatisfy { (0...1).contains($0.confidence) })
    }

    @Test func numbersInBothNotationsAnchorTheLinks() {
        // Equal lengths everywhere: only the numbers tell which Turkish sentence is missing.
        let german = ["Der Preis lag bei 1.250,5 Euro.", "Der Preis lag bei 3.400,0 Euro.", "Der Preis lag bei 7.800,2 Euro."]
        let turkish = ["Fiyat 1250,5 avro idi.", "Fiyat 7800,2 avro idi."]
        let alignment = SentenceAligner().align(german: german, turkish: turkish)
        #expect(alignment.links.map(\.kind) == [.oneToOne, .oneToZero, .oneToOne])
    }

    @Test func emptyInputs() {
        let aligner = SentenceAligner()
        #expect(aligner.align(german: [], turkish: []).links.isEmpty)
        #expect(aligner.align(german: ["Nur Deutsch."], turkish: []).links.map(\.kind) == [.oneToZero])
        #expect(aligner.align(german: [], turkish: ["Yalnızca Türkçe.", "İki cümle."]).links.map(\.kind) == [.zeroToOne, .zeroToOne])
    }

    @Test func mergedTranslationBecomesTwoToOne() {
        let german = ["Die Regierung hat am Montag ein neues Gesetz vorgestellt.",
                      "Es soll die Mieten in den großen Städten begrenzen.",
                      "Die Opposition kritisierte den Plan scharf."]
        let turkish = ["Hükümet pazartesi günü büyük şehirlerde kiraları sınırlaması beklenen yeni bir yasa tanıttı.",
                       "Muhalefet planı sert bir dille eleştirdi."]
        let alignment = SentenceAligner().align(german: german, turkish: turkish)
        #expect(alignment.links.map(\.kind) == [.twoToOne, .oneToOne])
    }

    @Test func kindsCountGermanFirst() {
        for kind in SentenceLink.Kind.allCases {
            #expect(kind.rawValue == "\(kind.germanCount)-\(kind.turkishCount)")
            #expect(SentenceLink.Kind(german: kind.germanCount, turkish: kind.turkishCount) == kind)
        }
        #expect(SentenceLink.Kind(german: 0, turkish: 0) == nil)
    }

    @Test func lengthModelMatchesItsEstimateOnNTREX() throws {
        let corpus = try ParallelCorpus.loadNTREX(from: Corpus.url("parallel-de-tr/ntrex128"))
        var pairs: [(german: Int, turkish: Int)] = []
        for document in corpus.documents {
            for (german, turkish) in zip(document.german, document.turkish) {
                pairs.append((TextNormalization.alignmentLength(of: german), TextNormalization.alignmentLength(of: turkish)))
            }
        }
        let estimate = LengthModel.estimate(from: pairs)
        print("NTREX-128 length model: mean \(estimate.mean), variance \(estimate.variance), \(pairs.count) pairs")
        #expect(abs(estimate.mean - LengthModel.germanTurkish.mean) < 0.001)
        #expect(abs(estimate.variance - LengthModel.germanTurkish.variance) < 0.01)
    }

    @Test func lengthCostGrowsWithTheDifference() {
        let model = LengthModel.germanTurkish
        let fit = model.cost(german: 100, turkish: 100 * model.mean)
        #expect(fit < 0.01)
        #expect(model.cost(german: 100, turkish: 60) > model.cost(german: 100, turkish: 80))
        #expect(model.cost(german: 1000, turkish: 10).isFinite)
        #expect(LengthModel.estimate(from: []) == .galeChurch)
    }
}
