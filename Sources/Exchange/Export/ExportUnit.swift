public import PublicationCore

/// One unit of an export: a block's current original text, its existing translation if any, and the
/// notes that give the translator its context.
public struct ExportUnit: Hashable, Sendable {
    /// A note for the translator.
    public struct Note: Hashable, Sendable {
        /// What the note is about: `contribution`, `section`, `previous`, `next`, `outdated`.
        public var category: String
        /// The note's text.
        public var text: String

        /// Creates a note.
        public init(category: String, text: String) {
            self.category = category
            self.text = text
        }
    }

    /// The unit id: the block's id.
    public var id: String
    /// Why the block is exported.
    public var status: BlockState.Status
    /// The original's text with its codes.
    public var source: InlineCodec.Encoded
    /// The existing translation to start from (for an empty, unconfirmed or outdated one).
    public var target: InlineText?
    /// The notes.
    public var notes: [Note]
}

/// The units of one contribution to be written as one XLIFF file.
public struct ExportFile: Hashable, Sendable {
    /// The contribution's id (the XLIFF 2 file id).
    public var contribution: String
    /// The original's path (the `original` attribute).
    public var originalPath: String
    /// The language of the original.
    public var sourceLanguage: LanguageTag
    /// The language to translate into.
    public var targetLanguage: LanguageTag
    /// The units, in reading order.
    public var units: [ExportUnit]

    /// The file name: `<contribution>.<source>-<target>.xlf`.
    public var fileName: String { "\(contribution).\(sourceLanguage.code)-\(targetLanguage.code).xlf" }
}
