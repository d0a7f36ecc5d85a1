import PublicationCore

/// What a read for counts only (``UnitDetail/counts``) keeps of one text of a unit (a `<source>`, a
/// `<target>`, a segment or a sub-flow) instead of its ``InlineText``: its words, whether it has text,
/// and how many codes and elements it holds, taken from the bytes as the parser hands them on.
///
/// It follows ``InlineText`` step by step: the text pieces of one run go to ``add(_:)`` as they
/// arrive, ``endRun()`` stands for appending the run (which joins the run before it when no code lies
/// between, as ``InlineText/append(_:)`` does), and ``addCode()`` for appending a code. So
/// ``words`` is `WordCounter.count(_:)` of the text the reader would have built,
/// ``hasNoText`` its ``InlineText/hasNoText`` and ``elements`` the count of its elements.
struct TextTally {
    private var stepper = WordCounter.Stepper()
    /// How many codes the text holds.
    private(set) var codes = 0
    /// How many runs and codes the built text would hold.
    private(set) var elements = 0
    /// Whether the last element is a run (the next run joins it).
    private var endsWithRun = false

    /// The words of the text; codes are no words (not all of them when read by ``addUncounted(_:)``).
    var words: Int { stepper.words }
    /// Whether the text's runs hold only white space, or there are none (codes aside).
    var hasNoText: Bool { !stepper.hasText }
    /// Whether nothing was appended, not even a run of white space (``InlineText/isEmpty``).
    var isEmpty: Bool { elements == 0 }
    /// Whether the text holds neither text nor codes (``Segment/hasNoSourceText``).
    var hasNeitherTextNorCodes: Bool { !stepper.hasText && codes == 0 }

    /// Reads a piece of the current run.
    @inline(__always)
    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        stepper.add(bytes)
    }

    /// Reads a piece of the current run of a text whose words nobody reads (a target): once the text
    /// is known to have text, the rest is passed over.
    @inline(__always)
    mutating func addUncounted(_ bytes: UnsafeRawBufferPointer) {
        if !stepper.hasText { stepper.add(bytes) }
    }

    /// The current run, read in pieces and not empty, is appended.
    mutating func endRun() {
        if !endsWithRun {
            elements += 1
            endsWithRun = true
        }
    }

    /// A code is appended: it ends the word being read.
    mutating func addCode() {
        stepper.endWord()
        codes += 1
        elements += 1
        endsWithRun = false
    }
}

extension UnitTally.Segment {
    /// A segment's tally from the tally of its source text (`nil`: no source, no words, no text), the
    /// one way both XLIFF readers fill in its words and ``hasNoSourceText`` when they count only.
    init(id: String?, state: TranslationState, writtenState: String?, location: SourceLocation?, source: TextTally?) {
        self.init(id: id, state: state, writtenState: writtenState, location: location,
            sourceWords: source?.words ?? 0, hasNoSourceText: source?.hasNeitherTextNorCodes ?? true)
    }
}
