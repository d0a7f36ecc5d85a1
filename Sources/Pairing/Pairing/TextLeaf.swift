public import PublicationCore

/// A leaf of a contribution: one block of text that is paired, counted and laid out as one row.
///
/// Leaves are section headings (a `Block.section` without children), paragraphs, single list items
/// (a ``Block/list`` with one item), quotes and figures, in reading order, each with its depth in the
/// section tree: the ``TranslatableBlock``s that are rows, with their footnotes (``leaves(of:)``).
public struct TextLeaf: Hashable, Sendable {
    /// The block's id (`xml:id`), or for a list item without one, the id of its only paragraph.
    public var id: String?
    /// The leaf block.
    public var block: Block
    /// 0 for blocks outside any section, 1 inside a section, and so on.
    public var depth: Int
    /// The text without markup and without footnotes, for pairing, alignment and fingerprints.
    public var text: String
    /// The footnotes inside the leaf: their ids and texts.
    public var footnotes: [(id: String?, text: String)]
    /// The pieces that belong to the leaf and are counted apart from it besides footnotes: a quotation's
    /// attribution, a figure's alternative text (``TranslatableBlock/Kind/isAttached``).
    public var attached: [(kind: TranslatableBlock.Kind, id: String?, text: String)] = []

    /// Creates a leaf.
    public init(id: String?, block: Block, depth: Int, text: String, footnotes: [(id: String?, text: String)] = []) {
        self.id = id
        self.block = block
        self.depth = depth
        self.text = text
        self.footnotes = footnotes
    }

    /// The attached piece of `kind`, if the leaf has one.
    public func attached(_ kind: TranslatableBlock.Kind) -> (kind: TranslatableBlock.Kind, id: String?, text: String)? {
        attached.first { $0.kind == kind }
    }

    /// Whether the leaf is a section heading.
    public var isHeading: Bool {
        if case .section = block { true } else { false }
    }

    /// Where the leaf starts in its file.
    public var location: SourceLocation? { block.location }

    /// The footnote of `partner` (the translation of this leaf) that translates this leaf's footnote
    /// at `index`: the one with the same id when the partner's footnotes have ids, else the one at the
    /// same position. The one rule for pairing footnotes, used by `kopru check` and `kopru align` alike.
    public func footnotePartner(_ index: Int, in partner: TextLeaf) -> Int? {
        if let footnoteID = footnotes[index].id, partner.footnotes.contains(where: { $0.id != nil }) {
            return partner.footnotes.firstIndex { $0.id == footnoteID }
        }
        return index < partner.footnotes.count ? index : nil
    }

    public static func == (lhs: TextLeaf, rhs: TextLeaf) -> Bool {
        lhs.id == rhs.id && lhs.block == rhs.block && lhs.depth == rhs.depth
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(block)
        hasher.combine(depth)
    }
}

extension TextLeaf {
    /// The rows of a document: its ``TranslatableBlock``s that are rows (all but the title, the subtitle,
    /// the byline, footnotes, attributions and alternative texts), each with the footnotes and attached
    /// pieces that follow it.
    public static func leaves(of document: ContributionDocument) -> [TextLeaf] {
        leaves(from: TranslatableBlock.blocks(of: document))
    }

    /// The rows among `pieces`, each with the footnotes that follow it.
    public static func leaves(from pieces: [TranslatableBlock]) -> [TextLeaf] {
        var leaves: [TextLeaf] = []
        for piece in pieces {
            if let block = piece.block {
                leaves.append(TextLeaf(id: piece.id, block: block, depth: piece.depth, text: piece.text))
            } else if piece.kind == .footnote, !leaves.isEmpty {
                leaves[leaves.count - 1].footnotes.append((piece.id, piece.text))
            } else if piece.kind.isAttached, !leaves.isEmpty {
                leaves[leaves.count - 1].attached.append((piece.kind, piece.id, piece.text))
            }
        }
        return leaves
    }
}
