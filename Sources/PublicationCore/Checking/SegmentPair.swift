/// A source segment and its translation, as the QA checks see them.
///
/// Pairs come from inside a bilingual XLIFF unit, from two files matched by unit id, or from a German
/// and a Turkish document aligned block by block and sentence by sentence. Either language may be the
/// source.
public struct SegmentPair: Hashable, Sendable {
    /// A stable id for the pair (unit id, block id, or `unit#segment`), used for suppressions.
    public var id: String
    /// The contribution or file the pair belongs to (for per-contribution norms such as length ratio).
    public var group: String
    /// The original text.
    public var source: InlineText
    /// The translation, or `nil` when there is none.
    public var target: InlineText?
    /// The original's language.
    public var sourceLanguage: LanguageTag
    /// The translation's language.
    public var targetLanguage: LanguageTag
    /// The translation's state.
    public var state: TranslationState
    /// The state as written in the file (`final`, `signed-off`, …), if any.
    public var writtenState: String?
    /// Where the translation is (or, when it is missing, where the original is).
    public var location: SourceLocation?
    /// The notes of the unit or segment (translator comments, tool notes). QA checks read an inline
    /// suppression marker such as `kopru:ignore qa.repeated-word` from them.
    public var notes: [Note]

    /// Creates a pair.
    public init(
        id: String, group: String = "", source: InlineText, target: InlineText?, sourceLanguage: LanguageTag,
        targetLanguage: LanguageTag, state: TranslationState, writtenState: String? = nil,
        location: SourceLocation? = nil, notes: [Note] = []
    ) {
        self.id = id
        self.group = group
        self.source = source
        self.target = target
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.state = state
        self.writtenState = writtenState
        self.location = location
        self.notes = notes
    }
}
