public import PublicationCore
public import Pairing

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
