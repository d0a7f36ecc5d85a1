import PublicationCore

/// What the counts read of one source or target (``UnitDetail/counts``), taken while its text streams
/// by instead of building its ``PublicationCore/InlineText``: the words, whether it has text other
/// than white space, and whether it has anything at all.
///
/// Each fact is the one the built inline text gives: ``words`` is `WordCounter.count(text)`,
/// ``hasText`` is `!text.hasNoText`, ``isEmpty`` is `text.isEmpty`.
struct ContentTally {
    private var stepper = WordCounter.Stepper()
    /// Whether the words are counted: the counts read a source's words, and of a target only whether it
    /// has text, which is known at its first character that is not white space.
    private let countsWords: Bool
    /// Whether an inline code was added.
    private(set) var hasCode = false
    /// Whether any text (even white space) was added.
    private var hasAnyText = false
    /// Whether a character other than white space was added, when words are not counted.
    private var foundText = false

    /// A tally that counts words (a source's) or not (a target's).
    init(countsWords: Bool = true) {
        self.countsWords = countsWords
    }

    /// The words of the text (codes are not words, and each ends a run of text); 0 when words are not counted.
    var words: Int { stepper.words }
    /// Whether a character other than white space was added.
    var hasText: Bool { countsWords ? stepper.hasText : foundText }
    /// Whether nothing was added: no text, not even white space, and no code.
    var isEmpty: Bool { !hasAnyText && !hasCode }
    /// Whether the content holds nothing to translate: no text and no code (``PublicationCore/Segment/hasNoSourceText``).
    var hasNothingToTranslate: Bool { !hasText && !hasCode }

    /// Adds a piece of text (UTF-8).
    mutating func add(_ text: UnsafeRawBufferPointer) {
        guard !text.isEmpty else { return }
        hasAnyText = true
        if countsWords {
            stepper.add(text)
        } else if !foundText {
            foundText = !InlineText.isBlank(utf8: text)
        }
    }

    /// Adds a piece of text.
    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    /// Adds an inline code, which ends the run of text before it.
    mutating func addCode() {
        hasCode = true
        stepper.endRun()
    }
}
