/// What the completeness counts of a file (``FileStatistics``) and its per-segment listing read of one
/// translation unit: its id, place and segments' states and word counts, without any text.
///
/// A reader asked for counts only builds a tally per unit instead of a ``TranslationUnit``: no text
/// runs, inline codes, notes or properties are made and freed, which is most of the work of reading a
/// large XLIFF file. ``TranslationUnit/tally`` gives the same tally from a full unit; the two agree on
/// every file (`UnitDetailTests`).
///
/// ```swift
/// let tally = unit.tally
/// tally.segments[0].sourceWords   // 7
/// tally.segments[0].state         // .needsReview
/// ```
public struct UnitTally: Hashable, Sendable {
    /// One segment's part of a tally.
    public struct Segment: Hashable, Sendable {
        /// The segment's id, if it has one.
        public var id: String?
        /// How far the segment's translation has come.
        public var state: TranslationState
        /// The state as written in the file, if any.
        public var writtenState: String?
        /// Where the segment starts.
        public var location: SourceLocation?
        /// The words of the source text (``WordCounter``; inline codes are not words).
        public var sourceWords: Int
        /// Whether the source holds nothing to translate (``PublicationCore/Segment/hasNoSourceText``).
        public var hasNoSourceText: Bool

        /// Creates a segment's tally.
        public init(
            id: String?, state: TranslationState, writtenState: String?, location: SourceLocation?, sourceWords: Int,
            hasNoSourceText: Bool
        ) {
            self.id = id
            self.state = state
            self.writtenState = writtenState
            self.location = location
            self.sourceWords = sourceWords
            self.hasNoSourceText = hasNoSourceText
        }
    }

    /// The unit's id.
    public var id: String
    /// `false` when the unit says `translate="no"`.
    public var isTranslatable: Bool
    /// Where the unit starts.
    public var location: SourceLocation?
    /// The segments, in order.
    public var segments: [Segment]

    /// Creates a tally.
    public init(id: String, isTranslatable: Bool, location: SourceLocation?, segments: [Segment]) {
        self.id = id
        self.isTranslatable = isTranslatable
        self.location = location
        self.segments = segments
    }
}

extension TranslationUnit {
    /// The unit's tally: what the counts and the per-segment listing read of it.
    public var tally: UnitTally {
        UnitTally(id: id, isTranslatable: isTranslatable, location: location, segments: segments.map(\.tally))
    }
}

extension Segment {
    /// The segment's part of its unit's tally.
    public var tally: UnitTally.Segment {
        UnitTally.Segment(id: id, state: state, writtenState: writtenState, location: location,
            sourceWords: WordCounter.count(source), hasNoSourceText: hasNoSourceText)
    }
}
