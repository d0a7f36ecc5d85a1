/// Changes to a DocBook translation, by `xml:id`, for ``DocBookUpdater``.
public struct DocBookEdit: Hashable, Sendable {
    /// New text (inline markup) for the block with this id: a paragraph's content, a section's or
    /// figure's title, the paragraph of a list item, quote or footnote.
    public var replacements: [String: String] = [:]
    /// Blocks (markup) to insert after the element with this id.
    public var insertAfter: [String: [String]] = [:]
    /// Blocks to insert before the element with this id.
    public var insertBefore: [String: [String]] = [:]
    /// Blocks to insert after the title of the section with this id (as its first blocks).
    public var insertAfterTitle: [String: [String]] = [:]
    /// Blocks to insert after the element that contains the element with this id.
    public var insertAfterParent: [String: [String]] = [:]
    /// Blocks to insert before the end of the article (when no other block is there to follow).
    public var insertAtEnd: [String] = []
    /// Markup to insert at the end of the content of the element with this id (a footnote for a
    /// paragraph).
    public var append: [String: [String]] = [:]
    /// New text for the attribution of the quotation with this id: it replaces the quotation's
    /// `<attribution>`, or becomes one before the quotation's first paragraph.
    public var attributions: [String: String] = [:]
    /// New alternative text for the figure with this id: the content of its `textobject/phrase` (or
    /// `alt`), or a new `<textobject>` at the end of its `<mediaobject>`.
    public var alternativeTexts: [String: String] = [:]
    /// New names for the byline, by the author's position in `<info>` (from 0): the content of the
    /// author's first `<personname>` or `<orgname>` (a corporate author's name), or a new `<author>` at the
    /// end of `<info>`.
    public var authorNames: [Int: String] = [:]
    /// New organisations for the byline, by the author's position: the content of the author's
    /// `<affiliation><orgname>`, or a new `<affiliation>` at the end of the author.
    public var authorOrganisations: [Int: String] = [:]
    /// New text for the article's title.
    public var title: String?
    /// New text for the article's subtitle.
    public var subtitle: String?
    /// Whether the document has a subtitle to replace; otherwise one is inserted after the title.
    public var replacesSubtitle = false

    /// Creates an empty edit.
    public init() {}

    /// Whether the edit changes nothing.
    public var isEmpty: Bool {
        replacements.isEmpty && insertAfter.isEmpty && insertBefore.isEmpty && insertAfterTitle.isEmpty
            && insertAfterParent.isEmpty && insertAtEnd.isEmpty && append.isEmpty && attributions.isEmpty && alternativeTexts.isEmpty && authorNames.isEmpty
            && authorOrganisations.isEmpty && title == nil
            && subtitle == nil
    }
}
