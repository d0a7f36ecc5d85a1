public import PublicationCore

/// One text block of an original contribution that a translator can receive as one unit: the title,
/// a section heading, a paragraph, a list item, a quote, a figure or a footnote.
///
/// Its ``id`` is the block's `xml:id` (the article's id for the title), so it stays the same from one
/// export to the next and matches the unit ids of XLIFF translations.
public struct ExchangeBlock: Hashable, Sendable {
    /// What kind of block it is.
    public enum Kind: String, Hashable, Sendable {
        case title, subtitle, heading, paragraph, listItem, quote, figure, footnote
    }

    /// The block's id.
    public var id: String
    /// What kind of block it is.
    public var kind: Kind
    /// The text with its markup; a footnote inside it is a ``Inline/footnote(id:_:)`` without blocks.
    public var content: [Inline]
    /// The text without markup, as the completeness check compares it.
    public var text: String
    /// The heading of the section the block is in, if any.
    public var sectionHeading: String?
    /// The id of the block a footnote belongs to.
    public var parentID: String?

    /// Creates a block.
    public init(id: String, kind: Kind, content: [Inline], text: String, sectionHeading: String? = nil,
        parentID: String? = nil)
    {
        self.id = id
        self.kind = kind
        self.content = content
        self.text = text
        self.sectionHeading = sectionHeading
        self.parentID = parentID
    }
}
