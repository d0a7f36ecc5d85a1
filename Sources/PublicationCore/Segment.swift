/// One translatable sentence or paragraph with its translation, as read from a file.
///
/// In XLIFF 1.2 a segment is a `<trans-unit>` or one `<mrk mtype="seg">` of its `<seg-source>`;
/// in XLIFF 2 it is a `<segment>`; in a DocBook contribution it is a paragraph, title or list item
/// (then ``target`` is `nil` and the partner comes from the other language's document).
public struct Segment: Hashable, Sendable, Codable {
    /// The segment's id within its unit (`mid` of a `mrk`, `id` of an XLIFF 2 segment), if any.
    public var id: String?
    /// The source text.
    public var source: InlineText
    /// The target text, or `nil` when there is no `<target>`.
    public var target: InlineText?
    /// Köprü's state of the segment.
    public var state: TranslationState
    /// The state as written in the file (`needs-review-translation`, `reviewed`, …), if any.
    public var writtenState: String?
    /// A finer state: XLIFF 1.2 `state-qualifier` or XLIFF 2 `subState`, if any.
    public var subState: String?
    /// Where the segment starts.
    public var location: SourceLocation?
    /// For the text of an XLIFF 1.2 `<sub>` (a sub-flow inside a code, such as the `alt` text of an
    /// image kept in a `<ph>`): the code that holds it, written `ph 1`. `nil` for the unit's own text.
    public var enclosingCode: String?

    /// Creates a segment.
    public init(
        id: String? = nil, source: InlineText, target: InlineText? = nil, state: TranslationState,
        writtenState: String? = nil, subState: String? = nil, location: SourceLocation? = nil
    ) {
        self.id = id
        self.source = source
        self.target = target
        self.state = state
        self.writtenState = writtenState
        self.subState = subState
        self.location = location
    }

    /// Whether the segment is the text of an XLIFF 1.2 `<sub>` (see ``enclosingCode``).
    public var isSubflow: Bool { enclosingCode != nil }
}
