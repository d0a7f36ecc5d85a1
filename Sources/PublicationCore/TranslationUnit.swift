/// One translation unit: an XLIFF 1.2 `<trans-unit>` or an XLIFF 2 `<unit>`, with its segments.
///
/// Readers hand units to a sink one at a time, so a file of any size is read in constant memory.
/// The pairing key of a unit across files is ``key``: the `original` of its `<file>` and its id.
public struct TranslationUnit: Hashable, Sendable, Codable {
    /// The unit's `id` (or, for XLIFF 1.2 units without one, its `resname`).
    public var id: String
    /// The `original` attribute (XLIFF 1.2) or `id` (XLIFF 2) of the enclosing `<file>`.
    public var fileKey: String
    /// The ids of the enclosing groups, outermost first.
    public var groups: [String]
    /// `false` when the unit says `translate="no"`.
    public var isTranslatable: Bool
    /// The segments, in order. A unit without segmentation has one.
    public var segments: [Segment]
    /// The unit's notes.
    public var notes: [Note]
    /// Format-specific extras, such as XLIFF 1.2 `approved` or `resname`, by attribute name.
    public var properties: [String: String]
    /// Where the unit starts.
    public var location: SourceLocation?

    /// Creates a unit.
    public init(
        id: String, fileKey: String = "", groups: [String] = [], isTranslatable: Bool = true,
        segments: [Segment] = [], notes: [Note] = [], properties: [String: String] = [:],
        location: SourceLocation? = nil
    ) {
        self.id = id
        self.fileKey = fileKey
        self.groups = groups
        self.isTranslatable = isTranslatable
        self.segments = segments
        self.notes = notes
        self.properties = properties
        self.location = location
    }

    /// The key that pairs this unit with its counterpart in another file: file and unit id.
    public var key: UnitKey { UnitKey(file: fileKey, unit: id) }
}

/// The pairing key of a translation unit: the `original` of its file and its id.
public struct UnitKey: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The file's `original` (XLIFF 1.2) or `id` (XLIFF 2).
    public var file: String
    /// The unit's id.
    public var unit: String

    /// Creates a key.
    public init(file: String, unit: String) {
        self.file = file
        self.unit = unit
    }

    public var description: String { file.isEmpty ? unit : "\(file)#\(unit)" }
}
