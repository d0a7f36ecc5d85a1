public import PublicationCore

/// A ``TranslatableBlock`` of an original contribution that a translator can receive as one unit:
/// one with an id (a footnote also needs its block to have one), so that it stays the same from one
/// export to the next and matches the unit ids of XLIFF translations.
public struct ExchangeBlock: Hashable, Sendable {
    /// What kind of block it is.
    public typealias Kind = TranslatableBlock.Kind

    /// The block's id: its `xml:id`, the article's id for the title.
    public var id: String
    /// The piece of the contribution.
    public var piece: TranslatableBlock

    /// What kind of block it is.
    public var kind: Kind { piece.kind }
    /// The text with its markup; a footnote inside it is a ``Inline/footnote(id:_:)`` without blocks.
    public var content: [Inline] { piece.content }
    /// The text without markup, as the completeness check compares it.
    public var text: String { piece.text }
    /// The heading of the section the block is in, if any.
    public var sectionHeading: String? { piece.sectionHeading }
    /// The id of the block a footnote belongs to.
    public var parentID: String? { piece.parentID }

    /// The blocks of a document that can be exchanged, in reading order.
    public static func blocks(of document: ContributionDocument) -> [ExchangeBlock] {
        TranslatableBlock.blocks(of: document).compactMap { piece in
            guard let id = piece.id, piece.kind != .footnote || piece.parentID != nil else { return nil }
            return ExchangeBlock(id: id, piece: piece)
        }
    }
}
