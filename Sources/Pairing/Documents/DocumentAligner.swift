public import PublicationCore

/// Aligns a German and a Turkish document sentence by sentence: first block by block (by ids where
/// both documents have them, otherwise by structure), then sentence by sentence inside each pair of
/// blocks with the ``SentenceAligner``. A block without a partner gives 1-0 or 0-1 links for all its
/// sentences, so a missing paragraph shows where it is instead of shifting everything after it.
///
/// ```swift
/// let alignment = DocumentAligner().align(german: germanDocument, turkish: turkishDocument)
/// alignment.links.filter { $0.type == "1-0" }   // German sentences without a Turkish translation
/// ```
public struct DocumentAligner: Sendable {
    /// The sentence aligner used inside each pair of blocks.
    public var sentenceAligner: SentenceAligner

    /// Creates an aligner.
    public init(sentenceAligner: SentenceAligner = SentenceAligner()) {
        self.sentenceAligner = sentenceAligner
    }

    /// Aligns two documents.
    public func align(german: ContributionDocument, turkish: ContributionDocument) -> DocumentAlignment {
        let germanLeaves = TextLeaf.leaves(of: german)
        let turkishLeaves = TextLeaf.leaves(of: turkish)
        let germanSegmenter = SentenceSegmenter(language: .german)
        let turkishSegmenter = SentenceSegmenter(language: .turkish)
        let germanTitle = german.info.title.plainText
        let turkishTitle = turkish.info.title.plainText

        var sentences = DocumentAlignment.Sentences(german: [], turkish: [])
        var links: [DocumentAlignment.Link] = []

        func add(_ germanTexts: [String], _ turkishTexts: [String]) {
            let germanBase = sentences.german.count
            let turkishBase = sentences.turkish.count
            sentences.german += germanTexts
            sentences.turkish += turkishTexts
            if germanTexts.isEmpty || turkishTexts.isEmpty {
                for index in germanTexts.indices {
                    links.append(.init(german: [germanBase + index], turkish: [], type: "1-0", confidence: 1))
                }
                for index in turkishTexts.indices {
                    links.append(.init(german: [], turkish: [turkishBase + index], type: "0-1", confidence: 1))
                }
                return
            }
            let result = sentenceAligner.align(german: germanTexts, turkish: turkishTexts)
            for link in result.links {
                links.append(.init(german: link.german.map { $0 + germanBase }, turkish: link.turkish.map { $0 + turkishBase },
                    type: "\(link.german.count)-\(link.turkish.count)", confidence: (link.confidence * 10_000).rounded() / 10_000))
            }
        }

        if !germanTitle.isEmpty || !turkishTitle.isEmpty {
            add(germanTitle.isEmpty ? [] : [germanTitle], turkishTitle.isEmpty ? [] : [turkishTitle])
        }
        for step in BlockPairing.pair(germanLeaves, turkishLeaves).steps {
            let germanLeaf = step.original.map { germanLeaves[$0] }
            let turkishLeaf = step.translation.map { turkishLeaves[$0] }
            add(germanLeaf.map { germanSegmenter.sentences(in: $0.text) } ?? [],
                turkishLeaf.map { turkishSegmenter.sentences(in: $0.text) } ?? [])
            // The leaves' footnotes follow them, paired by the rule `kopru check` uses; a footnote without
            // a partner gives 1-0 or 0-1 links like a missing paragraph.
            let germanNotes = germanLeaf?.footnotes ?? []
            let turkishNotes = turkishLeaf?.footnotes ?? []
            var pairedTurkish = Set<Int>()
            for index in germanNotes.indices {
                let partner = turkishLeaf.flatMap { germanLeaf?.footnotePartner(index, in: $0) }
                if let partner { pairedTurkish.insert(partner) }
                add(germanSegmenter.sentences(in: germanNotes[index].text),
                    partner.map { turkishSegmenter.sentences(in: turkishNotes[$0].text) } ?? [])
            }
            for index in turkishNotes.indices where !pairedTurkish.contains(index) {
                add([], turkishSegmenter.sentences(in: turkishNotes[index].text))
            }
            // A quotation's attribution and a figure's alternative text are one line on each side.
            for kind in [TranslatableBlock.Kind.attribution, .alternativeText] {
                let germanPiece = germanLeaf?.attached(kind)?.text
                let turkishPiece = turkishLeaf?.attached(kind)?.text
                if germanPiece != nil || turkishPiece != nil {
                    add(germanPiece.map { [$0] } ?? [], turkishPiece.map { [$0] } ?? [])
                }
            }
        }
        return DocumentAlignment(sentences: sentences, links: links)
    }
}
