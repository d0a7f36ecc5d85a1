/// The completeness counts of one file: what `kopru check` reports per file.
///
/// Feed it units one by one with ``add(_:)``; it keeps no unit, so it runs in constant memory.
public struct FileStatistics: Hashable, Sendable, Codable {
    /// The path as the user named it.
    public var path: String
    /// What the file is.
    public var format: DocumentFormat?
    /// The format's version as written (`1.2`, `2.1`, `5.0`), if known.
    public var version: String?
    /// The language of the sources.
    public var sourceLanguage: LanguageTag?
    /// The language of the targets, if the file is bilingual.
    public var targetLanguage: LanguageTag?
    /// The number of `<trans-unit>` (XLIFF 1.2) or `<unit>` (XLIFF 2) elements; for a DocBook
    /// document, the number of text blocks.
    public var units = 0
    /// Translatable segments (units with `translate="no"` are not counted).
    public var segments = 0
    /// Segments whose target is translated.
    public var translated = 0
    /// Segments without any target.
    public var missing = 0
    /// Segments whose target holds no text.
    public var empty = 0
    /// Segments whose target has text but still needs translating (XLIFF 1.2 `new`, `needs-translation`).
    public var untranslated = 0
    /// Segments whose target is not confirmed.
    public var needsReview = 0
    /// Segments in units marked `translate="no"`.
    public var locked = 0
    /// Words in the sources of the translatable segments.
    public var sourceWords = 0
    /// How many segments carry each state as written in the file; `(none)` for no state.
    public var writtenStates: [String: Int] = [:]

    /// Creates empty statistics for a file.
    public init(path: String, format: DocumentFormat? = nil) {
        self.path = path
        self.format = format
    }

    /// Counts one unit.
    public mutating func add(_ unit: TranslationUnit) {
        units += 1
        for segment in unit.segments {
            guard unit.isTranslatable else { locked += 1; continue }
            // A segment without source text has nothing to translate: not a segment, never missing.
            guard !segment.hasNoSourceText else { continue }
            add(segment.state, written: segment.writtenState, words: WordCounter.count(segment.source))
        }
    }

    /// Counts one unit from its tally (what a reader asked for counts only builds); the same counts as
    /// ``add(_:)-(TranslationUnit)`` gives for the unit.
    public mutating func add(_ tally: UnitTally) {
        units += 1
        for segment in tally.segments {
            guard tally.isTranslatable else { locked += 1; continue }
            guard !segment.hasNoSourceText else { continue }
            add(segment.state, written: segment.writtenState, words: segment.sourceWords)
        }
    }

    /// Counts one translatable segment with source text.
    private mutating func add(_ state: TranslationState, written: String?, words: Int) {
        segments += 1
        sourceWords += words
        writtenStates[written ?? "(none)", default: 0] += 1
        switch state {
        case .missing: missing += 1
        case .empty: empty += 1
        case .untranslated: untranslated += 1
        case .needsReview: needsReview += 1
        case .translated: translated += 1
        }
    }

    /// The translated share of the segments, 0…1; a file without segments is complete.
    public var complete: Double {
        segments == 0 ? 1 : Double(translated) / Double(segments)
    }
}

extension FileStatistics {
    /// Sets `units`, `segments` and `sourceWords` of a contribution document from its
    /// ``TranslatableBlock``s, the pieces the completeness check counts for it as a contribution.
    public mutating func count(_ document: ContributionDocument) {
        let blocks = TranslatableBlock.blocks(of: document)
        units = blocks.count
        segments = blocks.count
        sourceWords = blocks.reduce(0) { $0 + WordCounter.count($1.text) }
    }
}
