import Pairing
import Testing
import TestSupport

/// Laws of the sentence aligner, checked on seeded random documents.
///
/// The documents are made of invented words, so each sentence has its own word prefixes; aligning
/// a document with a copy of itself then has one right answer, and the laws below can be exact.
@Suite struct SentenceAlignerPropertyTests {
    static let seeds: [UInt64] = Array(1...40)

    /// A text aligned with a copy of itself has equal lengths on both sides, so these laws use the
    /// default options with a length model whose mean ratio is 1 instead of German–Turkish 0.90.
    static let sameLanguage = SentenceAlignerOptions(lengthModel: LengthModel(mean: 1, variance: LengthModel.germanTurkish.variance))

    /// A random sentence of 3…30 invented words, sometimes with a number or a capitalised name.
    static func sentence(_ random: inout SeededGenerator) -> String {
        let syllables = ["ka", "lo", "mer", "tin", "sa", "vu", "den", "ri", "zol", "pe", "gar", "nu", "bel", "ot", "fis"]
        var words: [String] = []
        for _ in 0..<Int.random(in: 3...30, using: &random) {
            var word = ""
            for _ in 0..<Int.random(in: 1...4, using: &random) { word += syllables.randomElement(using: &random)! }
            words.append(word)
        }
        if Bool.random(using: &random) { words.append(String(Int.random(in: 1...99_999, using: &random))) }
        if Bool.random(using: &random) { words[0] = words[0].prefix(1).uppercased() + words[0].dropFirst() }
        return words.joined(separator: " ") + (Int.random(in: 0..<5, using: &random) == 0 ? "?" : ".")
    }

    static func document(seed: UInt64, count: ClosedRange<Int> = 1...80) -> [String] {
        var random = SeededGenerator(seed: seed)
        return (0..<Int.random(in: count, using: &random)).map { _ in sentence(&random) }
    }

    /// Every sentence is in exactly one link, and the links follow document order.
    static func checkCoverage(_ alignment: SentenceAlignment, german: Int, turkish: Int) {
        var nextGerman = 0, nextTurkish = 0
        for link in alignment.links {
            #expect(link.german == Array(nextGerman..<(nextGerman + link.german.count)))
            #expect(link.turkish == Array(nextTurkish..<(nextTurkish + link.turkish.count)))
            #expect(!(link.german.isEmpty && link.turkish.isEmpty))
            #expect((0...1).contains(link.confidence))
            nextGerman += link.german.count
            nextTurkish += link.turkish.count
        }
        #expect(nextGerman == german)
        #expect(nextTurkish == turkish)
    }

    @Test(arguments: seeds)
    func aligningATextWithItselfGivesOnlyOneToOneLinks(seed: UInt64) {
        let text = Self.document(seed: seed)
        let alignment = SentenceAligner(options: Self.sameLanguage).align(german: text, turkish: text)
        #expect(alignment.links.allSatisfy { $0.kind == .oneToOne })
        #expect(alignment.links.count == text.count)
        #expect(alignment.links.allSatisfy { $0.confidence > 0.9 })
        Self.checkCoverage(alignment, german: text.count, turkish: text.count)
    }

    @Test(arguments: seeds)
    func everySentenceIsInExactlyOneLinkInOrder(seed: UInt64) {
        let german = Self.document(seed: seed, count: 0...70)
        let turkish = Self.document(seed: seed &+ 1000, count: 0...70)
        for options in [SentenceAlignerOptions(), .baseline] {
            let alignment = SentenceAligner(options: options).align(german: german, turkish: turkish)
            Self.checkCoverage(alignment, german: german.count, turkish: turkish.count)
        }
    }

    @Test(arguments: seeds)
    func deletedSentencesBecomeOneToZeroLinks(seed: UInt64) {
        let text = Self.document(seed: seed, count: 5...80)
        var random = SeededGenerator(seed: seed &* 7919)
        let k = Int.random(in: 1...max(1, text.count / 5), using: &random)
        let deleted = Set((0..<text.count).shuffled(using: &random).prefix(k))
        let turkish = text.indices.filter { !deleted.contains($0) }.map { text[$0] }
        let alignment = SentenceAligner(options: Self.sameLanguage).align(german: text, turkish: turkish)
        Self.checkCoverage(alignment, german: text.count, turkish: turkish.count)
        // Counting law: (1-0 + 2-1 + 2-2·0) − (0-1 + 1-2) German surplus equals k, so at least k
        // links carry the surplus.
        let surplus = alignment.links.reduce(0) { $0 + $1.german.count - $1.turkish.count }
        #expect(surplus == k)
        // With distinct invented words the deleted sentences are found exactly.
        let missing = Set(alignment.missingTranslations.flatMap(\.german))
        #expect(missing == deleted)
        #expect(alignment.links.filter { $0.kind != .oneToZero }.allSatisfy { $0.kind == .oneToOne })
    }

    @Test(arguments: seeds.prefix(10))
    func alignmentIsDeterministic(seed: UInt64) {
        let german = Self.document(seed: seed)
        let turkish = Self.document(seed: seed &+ 1)
        let aligner = SentenceAligner()
        #expect(aligner.align(german: german, turkish: turkish) == aligner.align(german: german, turkish: turkish))
    }

    @Test func bandGrowsWhenTheDocumentsDrift() {
        // 60 sentences missing in one block: the path leaves a band of radius 4.
        let text = Self.document(seed: 99, count: 200...200)
        let turkish = Array(text[0..<70]) + Array(text[130...])
        var options = Self.sameLanguage
        options.initialBandRadius = 4
        let alignment = SentenceAligner(options: options).align(german: text, turkish: turkish)
        #expect(alignment.bandRadius > 4)
        #expect(Set(alignment.missingTranslations.flatMap(\.german)) == Set(70..<130))
    }
}
