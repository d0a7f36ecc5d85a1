import Foundation

/// One translatable piece of a contribution, flattened out of the document tree: the title, the
/// subtitle, an author of the byline (a person's name or a role) and the author's organisation, a section heading, a paragraph (of the abstract or the body), one list item, a quotation,
/// a figure's title and its alternative text, a quotation's attribution or a footnote.
///
/// ``blocks(of:)`` lists them in reading order, each footnote (and a quotation's attribution, a
/// figure's alternative text) right after the block it belongs to.
/// That list is the one definition of a contribution's segments: the file statistics count it, the
/// pairer pairs and fingerprints it, the exchange exports and imports it, `kopru align` splits it
/// into sentences. A block without an id can be counted and paired by structure, but no XLIFF unit
/// can name it.
public struct TranslatableBlock: Hashable, Sendable {
    /// What kind of piece it is.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case title, subtitle, author, organisation, heading, paragraph, listItem, quote, figure, footnote, attribution
        case alternativeText

        /// Whether a piece of this kind belongs to a row's block and is counted apart from it (a
        /// quotation's attribution, a figure's alternative text), as a footnote does.
        public var isAttached: Bool { self == .attribution || self == .alternativeText }

        /// Whether a piece of this kind is part of the byline: an author's name or organisation.
        public var isByline: Bool { self == .author || self == .organisation }
    }

    /// What kind of piece it is.
    public var kind: Kind
    /// Its id: the block's `xml:id`; the article's id for the title, ``subtitleID(_:)`` for the
    /// subtitle, ``authorID(_:_:)`` and ``organisationID(_:_:)`` for the byline,
    /// ``attributionID(_:)`` for a quotation's attribution, ``alternativeTextID(_:)`` for a figure's
    /// alternative text; for a list item without one, the id of its only paragraph.
    public var id: String?
    /// The text with its markup; a footnote inside it is a ``Inline/footnote(id:_:)`` without blocks
    /// (the footnote is a block of its own).
    public var content: [Inline]
    /// The text without markup and without footnotes: what is paired, counted and fingerprinted.
    public var text: String
    /// The block a row of the publication shows (a section heading is a section without children, a
    /// list item a list with one item); `nil` for the title, the subtitle, the byline, a footnote, an
    /// attribution and an alternative text.
    public var block: Block?
    /// 0 outside any section, 1 inside a section, and so on (a footnote has its block's depth).
    public var depth: Int
    /// The title of the section the piece is in, if any.
    public var sectionHeading: String?
    /// For a footnote, an attribution or an alternative text, the id of the block it belongs to.
    ///
    /// For a piece of the byline, the author's position in it (0 for the first) is ``authorIndex``.
    public var parentID: String?
    /// Where it starts (a footnote: where its block starts).
    public var location: SourceLocation?
    /// For a piece of the byline, the author's position in it, counted from 0.
    public var authorIndex: Int?

    /// Creates a piece.
    public init(
        kind: Kind, id: String?, content: [Inline], text: String, block: Block? = nil, depth: Int = 0,
        sectionHeading: String? = nil, parentID: String? = nil, location: SourceLocation? = nil
    ) {
        self.kind = kind
        self.id = id
        self.content = content
        self.text = text
        self.block = block
        self.depth = depth
        self.sectionHeading = sectionHeading
        self.parentID = parentID
        self.location = location
    }


    /// The pieces of a document, in reading order.
    public static func blocks(of document: ContributionDocument) -> [TranslatableBlock] {
        var collector = Collector()
        collector.walk(document)
        return collector.blocks
    }

    /// The id of a contribution's subtitle as a unit of an XLIFF translation: the article's id with
    /// `-subtitle` (the title's unit has the article's id itself).
    public static func subtitleID(_ articleID: String) -> String { articleID + "-subtitle" }

    /// The id of a quotation's attribution as a unit of an XLIFF translation: the quotation's id with
    /// `-attribution` (DocBook's `<attribution>` carries no id of its own).
    public static func attributionID(_ quoteID: String) -> String { quoteID + "-attribution" }

    /// The id of a figure's alternative text as a unit: the figure's id with `-alt`.
    public static func alternativeTextID(_ figureID: String) -> String { figureID + "-alt" }

    /// The id of the `index`-th author of a byline (from 0) as a unit: the article's id with
    /// `-author-1`, `-author-2`, …
    public static func authorID(_ articleID: String, _ index: Int) -> String { "\(articleID)-author-\(index + 1)" }

    /// The id of the organisation of the `index`-th author (from 0) as a unit: the author's id with `-org`.
    public static func organisationID(_ articleID: String, _ index: Int) -> String { authorID(articleID, index) + "-org" }

    // MARK: Text of blocks

    /// The text of blocks, footnotes left out, joined by spaces: the plain text of ``joined(_:)``, by
    /// the same rule (``runs(of:)``).
    public static func text(of blocks: [Block]) -> String {
        runs(of: blocks).map(\.plainText).filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The running text of blocks with its markup: their inlines joined by a space.
    public static func joined(_ blocks: [Block]) -> [Inline] {
        var result: [Inline] = []
        for inlines in runs(of: blocks) {
            if inlines.plainText.isEmpty && !inlines.containsFootnote { continue }
            if !result.isEmpty { result.append(.text(" ")) }
            result += inlines
        }
        return result
    }

    /// The runs of text of blocks, in reading order, each joined to the next by a space: a paragraph's
    /// content, a section's title and then its blocks' runs, the runs of a list's items and of a
    /// quotation's blocks, a figure's title. The one rule behind ``text(of:)`` and ``joined(_:)``, so a
    /// list item's or a quotation's text and its markup never differ by a space.
    static func runs(of blocks: [Block]) -> [[Inline]] {
        var runs: [[Inline]] = []
        for block in blocks {
            switch block {
            case .paragraph(let paragraph): runs.append(paragraph.content)
            case .section(let section):
                runs.append(section.title)
                runs += Self.runs(of: section.blocks)
            case .list(let list): runs += Self.runs(of: list.items.flatMap(\.blocks))
            case .quote(let quote): runs += Self.runs(of: quote.blocks)
            case .figure(let figure): runs.append(figure.title)
            }
        }
        return runs
    }

    /// The running text of a row's block with its markup, footnotes included (a figure: its title, or
    /// its alternative text when it has no title).
    public static func content(of block: Block) -> [Inline] {
        switch block {
        case .section(let section): return section.title
        case .paragraph(let paragraph): return paragraph.content
        case .list(let list): return joined(list.items.flatMap(\.blocks))
        case .quote(let quote): return joined(quote.blocks)
        case .figure(let figure):
            return figure.hasTitle ? figure.title : [.text(figure.alternativeText)]
        }
    }
}

extension Array where Element == Inline {
    /// Whether a footnote is among these inlines, at any depth of their markup.
    var containsFootnote: Bool {
        contains { inline in
            switch inline {
            case .footnote: true
            case .emphasis(_, let children), .link(_, let children), .other(_, let children), .foreign(_, _, let children):
                children.containsFootnote
            case .text: false
            }
        }
    }

    /// The inlines with every footnote's body taken out (its reference stays).
    var withoutFootnoteBodies: [Inline] {
        map { inline in
            switch inline {
            case .footnote(let id, _): .footnote(id: id, [])
            case .emphasis(let role, let children): .emphasis(role: role, children.withoutFootnoteBodies)
            case .link(let href, let children): .link(href: href, children.withoutFootnoteBodies)
            case .other(let element, let children): .other(element: element, children.withoutFootnoteBodies)
            case .foreign(let language, let element, let children):
                .foreign(language: language, element: element, children.withoutFootnoteBodies)
            case .text: inline
            }
        }
    }
}

extension TranslatableBlock {
    /// The walker behind ``blocks(of:)``.
    struct Collector: ContributionWalker {
        var blocks: [TranslatableBlock] = []
        /// The open sections' depths and titles.
        private var headings: [(depth: Int, text: String)] = []
        /// The footnotes of the row being added, collected by ``visitFootnote(id:blocks:depth:)``.
        private var footnotes: [(id: String?, blocks: [Block])]?

        mutating func visitTitle(_ title: [Inline], of document: ContributionDocument) {
            guard title.hasText else { return }
            blocks.append(TranslatableBlock(kind: .title, id: document.id, content: title.withoutFootnoteBodies,
                text: title.plainText, location: document.location))
        }

        mutating func visitSubtitle(_ subtitle: [Inline], of document: ContributionDocument) {
            guard subtitle.hasText else { return }
            blocks.append(TranslatableBlock(kind: .subtitle, id: document.id.map(TranslatableBlock.subtitleID),
                content: subtitle.withoutFootnoteBodies, text: subtitle.plainText, location: document.location))
        }

        mutating func visitAuthor(_ author: Author, at index: Int, of document: ContributionDocument) {
            if !author.name.isBlank {
                var piece = TranslatableBlock(kind: .author, id: document.id.map { TranslatableBlock.authorID($0, index) },
                    content: [.text(author.name)], text: author.name, location: document.location)
                piece.authorIndex = index
                blocks.append(piece)
            }
            if let organisation = author.organisation, !organisation.isBlank {
                var piece = TranslatableBlock(kind: .organisation,
                    id: document.id.map { TranslatableBlock.organisationID($0, index) }, content: [.text(organisation)],
                    text: organisation, location: document.location)
                piece.authorIndex = index
                blocks.append(piece)
            }
        }

        mutating func visitSection(_ section: Section, depth: Int) {
            let heading = Section(id: section.id, title: section.title, blocks: [], location: section.location)
            addRow(.heading, id: section.id, block: .section(heading), content: section.title,
                text: section.title.plainText, depth: depth)
            headings.append((depth, section.title.plainText))
            for block in section.blocks { visitBlock(block, depth: depth + 1) }
        }

        mutating func visitParagraph(_ paragraph: Paragraph, depth: Int) {
            addRow(.paragraph, id: paragraph.id, block: .paragraph(paragraph), content: paragraph.content,
                text: paragraph.content.plainText, depth: depth)
        }

        mutating func visitListItem(_ item: ListItem, at index: Int, of list: ListBlock, depth: Int) {
            let single = ListBlock(id: item.id ?? list.id.map { "\($0)-\(index + 1)" }, isOrdered: list.isOrdered,
                items: [item], location: item.location ?? list.location)
            var itemID = item.id
            if itemID == nil, item.blocks.count == 1, case .paragraph(let paragraph) = item.blocks[0] {
                itemID = paragraph.id
            }
            addRow(.listItem, id: itemID, block: .list(single), content: TranslatableBlock.joined(item.blocks),
                text: TranslatableBlock.text(of: item.blocks), depth: depth)
        }

        mutating func visitQuote(_ quote: Quote, depth: Int) {
            addRow(.quote, id: quote.id, block: .quote(quote), content: TranslatableBlock.joined(quote.blocks),
                text: TranslatableBlock.text(of: quote.blocks), depth: depth)
            guard quote.attribution.hasText else { return }
            let attributionID = quote.id.map(TranslatableBlock.attributionID)
            blocks.append(TranslatableBlock(kind: .attribution, id: attributionID,
                content: quote.attribution.withoutFootnoteBodies, text: quote.attribution.plainText, depth: depth,
                sectionHeading: headings.last?.text, parentID: quote.id, location: quote.location))
            // The attribution's footnotes, each a block of its own like a paragraph's.
            addFootnotes(of: quote.attribution, depth: depth, section: headings.last?.text, parentID: attributionID,
                location: quote.location)
        }

        /// A figure with a title is its title, followed by its alternative text as a piece of its own; a
        /// figure without a title (DocBook's `informalfigure`) is its alternative text.
        mutating func visitFigure(_ figure: Figure, depth: Int) {
            guard figure.hasTitle else {
                addRow(.figure, id: figure.id, block: .figure(figure), content: [.text(figure.alternativeText)],
                    text: figure.alternativeText, depth: depth)
                return
            }
            addRow(.figure, id: figure.id, block: .figure(figure), content: figure.title, text: figure.title.plainText,
                depth: depth)
            guard !figure.alternativeText.isBlank else { return }
            blocks.append(TranslatableBlock(kind: .alternativeText, id: figure.id.map(TranslatableBlock.alternativeTextID),
                content: [.text(figure.alternativeText)], text: figure.alternativeText, depth: depth,
                sectionHeading: headings.last?.text, parentID: figure.id, location: figure.location))
        }

        mutating func visitFootnote(id: String?, blocks: [Block], depth: Int) {
            footnotes?.append((id, blocks))
        }

        /// Adds a row's piece, then its footnotes, each a piece of its own.
        private mutating func addRow(_ kind: Kind, id: String?, block: Block, content: [Inline], text: String,
            depth: Int)
        {
            headings.removeAll { $0.depth >= depth }
            let section = headings.last?.text
            blocks.append(TranslatableBlock(kind: kind, id: id, content: content.withoutFootnoteBodies, text: text,
                block: block, depth: depth, sectionHeading: section, location: block.location))
            addFootnotes(of: content, depth: depth, section: section, parentID: id, location: block.location)
        }

        /// Adds the footnotes inside `inlines` (found by the walker's ``visitFootnote(id:blocks:depth:)``),
        /// each a piece of its own belonging to `parentID`.
        private mutating func addFootnotes(of inlines: [Inline], depth: Int, section: String?, parentID: String?,
            location: SourceLocation?)
        {
            footnotes = []
            descendIntoFootnotes(of: inlines, depth: depth)
            for footnote in footnotes ?? [] {
                blocks.append(TranslatableBlock(kind: .footnote, id: footnote.id,
                    content: TranslatableBlock.joined(footnote.blocks), text: TranslatableBlock.text(of: footnote.blocks),
                    depth: depth, sectionHeading: section, parentID: parentID, location: location))
            }
            footnotes = nil
        }

    }
}
