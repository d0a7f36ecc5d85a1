public import PublicationCore

/// A leaf of a contribution: one block of text that is paired, counted and laid out as one row.
///
/// Leaves are section headings (a `Block.section` without children), paragraphs, single list items
/// (a ``Block/list`` with one item), quotes and figures, in reading order, each with its depth in the
/// section tree. ``ContributionFlattener`` makes them from a ``ContributionDocument``.
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

    /// Creates a leaf.
    public init(id: String?, block: Block, depth: Int, text: String, footnotes: [(id: String?, text: String)] = []) {
        self.id = id
        self.block = block
        self.depth = depth
        self.text = text
        self.footnotes = footnotes
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

/// Flattens a contribution into its ``TextLeaf``s.
public enum ContributionFlattener {
    /// The leaves of a document: the abstract's paragraphs, then the body, in reading order.
    public static func leaves(of document: ContributionDocument) -> [TextLeaf] {
        var leaves: [TextLeaf] = []
        for block in document.info.abstract { flatten(block, depth: 0, into: &leaves) }
        for block in document.blocks { flatten(block, depth: 0, into: &leaves) }
        return leaves
    }

    static func flatten(_ block: Block, depth: Int, into leaves: inout [TextLeaf]) {
        switch block {
        case .section(let section):
            let heading = Section(id: section.id, title: section.title, blocks: [], location: section.location)
            leaves.append(TextLeaf(id: section.id, block: .section(heading), depth: depth,
                text: section.title.plainText, footnotes: footnotes(in: section.title)))
            for child in section.blocks { flatten(child, depth: depth + 1, into: &leaves) }
        case .paragraph(let paragraph):
            leaves.append(TextLeaf(id: paragraph.id, block: block, depth: depth, text: paragraph.content.plainText,
                footnotes: footnotes(in: paragraph.content)))
        case .list(let list):
            for (index, item) in list.items.enumerated() {
                let single = ListBlock(id: item.id ?? list.id.map { "\($0)-\(index + 1)" }, isOrdered: list.isOrdered,
                    items: [item], location: item.location ?? list.location)
                var itemID = item.id
                if itemID == nil, item.blocks.count == 1, case .paragraph(let paragraph) = item.blocks[0] {
                    itemID = paragraph.id
                }
                leaves.append(TextLeaf(id: itemID, block: .list(single), depth: depth, text: text(of: item.blocks),
                    footnotes: item.blocks.flatMap(footnotes(in:))))
            }
        case .quote(let quote):
            leaves.append(TextLeaf(id: quote.id, block: block, depth: depth, text: text(of: quote.blocks),
                footnotes: quote.blocks.flatMap(footnotes(in:))))
        case .figure(let figure):
            leaves.append(TextLeaf(id: figure.id, block: block, depth: depth,
                text: [figure.title.plainText, figure.alternativeText].filter { !$0.isEmpty }.joined(separator: " ")))
        }
    }

    /// The text of blocks, footnotes left out, joined by spaces.
    public static func text(of blocks: [Block]) -> String {
        blocks.map { block -> String in
            switch block {
            case .section(let section): ([section.title.plainText] + [text(of: section.blocks)]).joined(separator: " ")
            case .paragraph(let paragraph): paragraph.content.plainText
            case .list(let list): list.items.map { text(of: $0.blocks) }.joined(separator: " ")
            case .quote(let quote): text(of: quote.blocks)
            case .figure(let figure): figure.title.plainText
            }
        }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    static func footnotes(in inlines: [Inline]) -> [(id: String?, text: String)] {
        var result: [(id: String?, text: String)] = []
        for inline in inlines {
            switch inline {
            case .footnote(let id, let blocks): result.append((id, text(of: blocks)))
            case .emphasis(_, let children), .link(_, let children), .other(_, let children), .foreign(_, _, let children):
                result += footnotes(in: children)
            case .text: break
            }
        }
        return result
    }

    static func footnotes(in block: Block) -> [(id: String?, text: String)] {
        switch block {
        case .paragraph(let paragraph): footnotes(in: paragraph.content)
        case .list(let list): list.items.flatMap { $0.blocks.flatMap(footnotes(in:)) }
        case .quote(let quote): quote.blocks.flatMap(footnotes(in:))
        case .section(let section): footnotes(in: section.title) + section.blocks.flatMap(footnotes(in:))
        case .figure: []
        }
    }
}
