public import Pairing

/// What `kopru export-missing` records of a block in each unit it writes, as a note (XLIFF 2 category,
/// XLIFF 1.2 `from`: ``category``): the fingerprints of the block's translation in the sources and of its
/// original at the export. `kopru import` reads it back to tell what changed since the export: a
/// translation changed in the sources (`import.translation-changed`), or a source the translator edited
/// while the original stayed as it was (`import.source-edited`). A unit without it (a file Köprü did not
/// export, a tool that dropped the note) is imported without these two checks.
public struct ExportRecord: Hashable, Sendable {
    /// The note's category (XLIFF 2) or `from` (XLIFF 1.2).
    public static let category = "kopru-translation"

    /// The ``Fingerprint`` of the block's translation in the sources, or `none` when it had none (or an
    /// empty one).
    public var translation: String
    /// The ``Fingerprint`` of the block's original text.
    public var original: String

    /// Creates a record.
    public init(translation: String, original: String) {
        self.translation = translation
        self.original = original
    }

    /// The record of a block whose original reads `original` and whose translation is in `state`.
    public init(state: BlockState?, original: String) {
        self.init(translation: Self.translationFingerprint(of: state), original: Fingerprint.of(original))
    }

    /// What a record holds for a block's translation in `state`: its fingerprint, or `none` (no
    /// translation, or an empty one).
    public static func translationFingerprint(of state: BlockState?) -> String {
        guard state?.status != .missing, let text = state?.translationText,
            !text.isBlank
        else { return "none" }
        return Fingerprint.of(text)
    }

    /// The note's text.
    public var noteText: String {
        "Köprü's record at the export (leave it as it is): translation \(translation), original \(original)"
    }

    /// Reads a note's text; `nil` when it is no record (or a tool changed it beyond reading).
    public init?(noteText: String) {
        guard let colon = noteText.range(of: ":", options: .backwards) else { return nil }
        var fields: [String: String] = [:]
        // Any white space between the words: a tool may wrap or indent the note.
        for part in noteText[colon.upperBound...].split(separator: ",") {
            let words = part.split(whereSeparator: \.isWhitespace)
            guard words.count == 2 else { return nil }
            fields[String(words[0])] = String(words[1])
        }
        func isFingerprint(_ value: String) -> Bool { value.count == 16 && value.allSatisfy(\.isHexDigit) }
        guard let translation = fields["translation"], translation == "none" || isFingerprint(translation),
            let original = fields["original"], isFingerprint(original)
        else { return nil }
        self.init(translation: translation, original: original)
    }
}
