public import PublicationCore

/// The result of pairing an original contribution with its translation.
public struct ContributionAlignment: Sendable {
    /// How the blocks were paired.
    public enum Method: String, Sendable, Codable {
        /// By block ids present in both documents.
        case ids
        /// By structure (headings, paragraph order and length), for a translation without ids.
        case structure
        /// By XLIFF unit ids, which are the original's block ids.
        case xliff
        /// There is no translation.
        case none
    }

    /// How the blocks were paired.
    public var method: Method
    /// One row per original block (and per block only the translation has), in reading order.
    public var rows: [AlignedRow]
    /// The translated title, if there is one.
    public var translatedTitle: [Inline]?
    /// The translated subtitle, if the original has a subtitle and the translation one too.
    public var translatedSubtitle: [Inline]? = nil
    /// The translated byline, one author per author of the original, when there is a translation: a
    /// name or an organisation the translation lacks is empty (the writers show the placeholder).
    public var translatedAuthors: [Author]? = nil
    /// Source and translation of every paired block, for the QA checks.
    public var pairs: [SegmentPair]
    /// Counts for completeness.
    public var counts: Counts
    /// Missing, outdated, unconfirmed and added blocks.
    public var diagnostics: [Diagnostic]
    /// The fingerprints of the current originals of all translated blocks, by block id, for
    /// `kopru check --accept` to record in the lock file.
    public var fingerprints: [String: String]
    /// The state of every ``TranslatableBlock`` of the original that has an id (the title under the
    /// article's id, the subtitle, the byline, the rows' blocks, footnotes, attributions and alternative
    /// texts): the one decision that `check`, `export-missing` and `import` all read.
    public internal(set) var blockStates: [String: BlockState] = [:]
    /// The ids of ``blockStates`` in the order the pairer decided them (the title, the subtitle, the rows
    /// with their footnotes and attached pieces, the byline), so that what is read from the states comes
    /// in the same order on every run.
    public internal(set) var decidedBlockIDs: [String] = []
    /// The language of the original, whose side of ``rows`` holds the original's block ids.
    public var originalLanguage: LanguageTag = .german

    /// The blocks that have no row of their own (the title, the subtitle, the byline's names and
    /// organisations, footnotes, attributions and alternative texts) and have a translation whose
    /// original is fingerprinted: what `kopru check --accept` confirms besides the rows.
    ///
    /// Read from ``blockStates``, in the order the pairer decided them.
    public var otherTranslatedBlocks: [OtherBlock] {
        let rowIDs = Set(rows.flatMap { $0.segmentIDs(in: originalLanguage) })
        return decidedBlockIDs.compactMap { id in
            guard !rowIDs.contains(id), fingerprints[id] != nil, let state = blockStates[id],
                state.status == .current || state.status == .outdated, let text = state.translationText
            else { return nil }
            return OtherBlock(id: id, isOutdated: state.status == .outdated, translationText: text)
        }
    }

    /// A title, subtitle, byline piece, footnote, attribution or alternative text with a translation.
    public struct OtherBlock: Hashable, Sendable {
        /// Its id: the article's id for the title, ``ContributionPairer/subtitleID(_:)`` for the subtitle,
        /// the footnote's id.
        public var id: String
        /// Whether its original changed after the translation was confirmed.
        public var isOutdated: Bool
        /// The translation's text, fingerprinted when it is confirmed.
        public var translationText: String

        public init(id: String, isOutdated: Bool, translationText: String) {
            self.id = id
            self.isOutdated = isOutdated
            self.translationText = translationText
        }
    }

    /// Completeness counts of a contribution.
    public struct Counts: Hashable, Sendable, Codable {
        public var segments = 0
        public var translated = 0
        public var missing = 0
        public var needsReview = 0
        public var outdated = 0
        public var additions = 0
        public var sourceWords = 0

        public init() {}

        /// The translated share, 0…1.
        public var complete: Double { segments == 0 ? 1 : Double(translated) / Double(segments) }
    }
}
