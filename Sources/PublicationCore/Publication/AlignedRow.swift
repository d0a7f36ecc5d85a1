/// A German block and its Turkish partner: the unit of the parallel layout.
///
/// In the parallel layout, one row is one line of the two-column grid, so the eye crosses from the
/// German cell to the same place in the Turkish cell. A side is `nil` when that language has no block
/// here: the translation side of a ``Status/missingTranslation`` row, or the original side of an
/// ``Status/addition``.
///
/// Rows are flat. A section heading is a row of its own whose blocks are `Block.section` values with
/// a title and no children; the section's paragraphs follow as rows with ``depth`` one higher.
public struct AlignedRow: Hashable, Sendable, Codable {
    /// How the translation of this row stands.
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        /// Both sides are there and the translation is confirmed.
        case translated
        /// The original has no translation yet; the translation side is `nil`.
        case missingTranslation
        /// The translation is there but not confirmed (fuzzy, machine, unreviewed).
        case needsReview
        /// The translation was made from an earlier version of the original.
        case outdated
        /// The translation has a block the original does not have; the original side is `nil`.
        case addition
    }

    /// The German block, if German has one in this row.
    public var german: Block?
    /// The Turkish block, if Turkish has one in this row.
    public var turkish: Block?
    /// How the translation of this row stands.
    public var status: Status
    /// The section depth: 0 for blocks directly in the contribution, 1 inside a section, and so on.
    public var depth: Int
    /// The ids of the German segments or blocks behind this row, for reference in reports.
    public var germanSegmentIDs: [String]
    /// The ids of the Turkish segments or blocks behind this row.
    public var turkishSegmentIDs: [String]

    /// Creates a row.
    public init(
        german: Block?, turkish: Block?, status: Status = .translated, depth: Int = 0,
        germanSegmentIDs: [String] = [], turkishSegmentIDs: [String] = []
    ) {
        self.german = german
        self.turkish = turkish
        self.status = status
        self.depth = depth
        self.germanSegmentIDs = germanSegmentIDs
        self.turkishSegmentIDs = turkishSegmentIDs
    }

    /// The block in `language`, if there is one.
    public func block(in language: LanguageTag) -> Block? {
        language == .turkish ? turkish : german
    }

    /// The ids of the segments or blocks behind `language`'s side of the row.
    public func segmentIDs(in language: LanguageTag) -> [String] {
        language == .turkish ? turkishSegmentIDs : germanSegmentIDs
    }
}
