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

        /// The category of the note that records the translation in the sources at the export: its
        /// ``Pairing/Fingerprint`` (`none` when there was none), after ``recordPrefix``. `kopru import`
        /// refuses a returned unit whose block's translation has changed since (`import.translation-changed`).
        public static let recordCategory = "kopru-translation"
        /// The text before the fingerprint in the record note.
        public static let recordPrefix = "Köprü's record of the translation in the sources at the export (leave it as it is): "

        /// What the record holds for a block in `state`: the fingerprint of its translation, or `none`
        /// (no translation, or an empty one).
        public static func fingerprint(of state: BlockState?) -> String {
            fingerprint(of: state?.status == .missing ? nil : state?.translationText)
        }

        /// What the record holds for `translation`: its fingerprint, or `none`.
        public static func fingerprint(of translation: String?) -> String {
            guard let translation, !translation.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return "none" }
            return Fingerprint.of(translation)
        }

        /// The fingerprint a record note's text holds; `nil` when the text is no record.
        public static func recordedFingerprint(in text: String) -> String? {
            guard let range = text.range(of: ": ", options: .backwards) else { return nil }
            let value = text[range.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
            guard value == "none" || (value.count == 16 && value.allSatisfy(\.isHexDigit)) else { return nil }
            return value
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
