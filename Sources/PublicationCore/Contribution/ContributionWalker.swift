/// A visitor that walks a contribution in reading order: the front part (title, subtitle, authors,
/// abstract), then the body, and inside every block its children and its footnotes.
///
/// Every method has a default that only descends, so a walker overrides what it looks at and calls
/// the matching `descend` method (or not) to go on below it:
///
/// ```swift
/// struct FigureCounter: ContributionWalker {
///     var figures = 0
///     mutating func visitFigure(_ figure: Figure, depth: Int) { figures += 1 }
/// }
/// var counter = FigureCounter()
/// counter.walk(document)
/// ```
///
/// ``TranslatableBlock/blocks(of:)`` is the walker behind every count, pairing, export and lock-file
/// entry; other walkers (the figures a publication needs, for instance) visit only what they use.
public protocol ContributionWalker {
    /// The article's title.
    mutating func visitTitle(_ title: [Inline], of document: ContributionDocument)
    /// The article's subtitle (empty when it has none).
    mutating func visitSubtitle(_ subtitle: [Inline], of document: ContributionDocument)
    /// One author of the byline (`index` counts from 0).
    mutating func visitAuthor(_ author: Author, at index: Int, of document: ContributionDocument)
    /// A block of the abstract or the body; the default dispatches on its kind.
    mutating func visitBlock(_ block: Block, depth: Int)
    /// A section; the default descends into its blocks one level deeper.
    mutating func visitSection(_ section: Section, depth: Int)
    /// A paragraph; the default descends into its footnotes.
    mutating func visitParagraph(_ paragraph: Paragraph, depth: Int)
    /// A list; the default visits each item.
    mutating func visitList(_ list: ListBlock, depth: Int)
    /// One item of a list; the default descends into its blocks.
    mutating func visitListItem(_ item: ListItem, at index: Int, of list: ListBlock, depth: Int)
    /// A quotation; the default descends into its blocks and the footnotes of its attribution.
    mutating func visitQuote(_ quote: Quote, depth: Int)
    /// A figure; the default does nothing.
    mutating func visitFigure(_ figure: Figure, depth: Int)
    /// A footnote inside running text; the default descends into its blocks.
    mutating func visitFootnote(id: String?, blocks: [Block], depth: Int)
}

extension ContributionWalker {
    /// Walks a whole document: title, subtitle, authors, abstract, body.
    public mutating func walk(_ document: ContributionDocument) {
        visitTitle(document.info.title, of: document)
        visitSubtitle(document.info.subtitle, of: document)
        for (index, author) in document.info.authors.enumerated() { visitAuthor(author, at: index, of: document) }
        for block in document.info.abstract { visitBlock(block, depth: 0) }
        for block in document.blocks { visitBlock(block, depth: 0) }
    }

    public mutating func visitTitle(_ title: [Inline], of document: ContributionDocument) {}
    public mutating func visitSubtitle(_ subtitle: [Inline], of document: ContributionDocument) {}
    public mutating func visitAuthor(_ author: Author, at index: Int, of document: ContributionDocument) {}

    public mutating func visitBlock(_ block: Block, depth: Int) {
        switch block {
        case .section(let section): visitSection(section, depth: depth)
        case .paragraph(let paragraph): visitParagraph(paragraph, depth: depth)
        case .list(let list): visitList(list, depth: depth)
        case .quote(let quote): visitQuote(quote, depth: depth)
        case .figure(let figure): visitFigure(figure, depth: depth)
        }
    }

    public mutating func visitSection(_ section: Section, depth: Int) { descend(into: section, depth: depth) }
    public mutating func visitParagraph(_ paragraph: Paragraph, depth: Int) {
        descendIntoFootnotes(of: paragraph.content, depth: depth)
    }
    public mutating func visitList(_ list: ListBlock, depth: Int) {
        for (index, item) in list.items.enumerated() { visitListItem(item, at: index, of: list, depth: depth) }
    }
    public mutating func visitListItem(_ item: ListItem, at index: Int, of list: ListBlock, depth: Int) {
        for block in item.blocks { visitBlock(block, depth: depth) }
    }
    public mutating func visitQuote(_ quote: Quote, depth: Int) {
        descendIntoFootnotes(of: quote.attribution, depth: depth)
        for block in quote.blocks { visitBlock(block, depth: depth) }
    }
    public mutating func visitFigure(_ figure: Figure, depth: Int) {}
    public mutating func visitFootnote(id: String?, blocks: [Block], depth: Int) {
        for block in blocks { visitBlock(block, depth: depth) }
    }

    /// Visits a section's title footnotes and its blocks, one level deeper.
    public mutating func descend(into section: Section, depth: Int) {
        descendIntoFootnotes(of: section.title, depth: depth)
        for block in section.blocks { visitBlock(block, depth: depth + 1) }
    }

    /// Visits the footnotes inside running text, at any depth of its markup.
    public mutating func descendIntoFootnotes(of inlines: [Inline], depth: Int) {
        for inline in inlines {
            switch inline {
            case .footnote(let id, let blocks): visitFootnote(id: id, blocks: blocks, depth: depth)
            case .emphasis(_, let children), .link(_, let children), .other(_, let children), .foreign(_, _, let children):
                descendIntoFootnotes(of: children, depth: depth)
            case .text: break
            }
        }
    }
}
