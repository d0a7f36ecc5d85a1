import Pairing
public import PublicationCore

/// Lists the ``ExchangeBlock``s of a contribution in reading order: the title and subtitle, then every text block
/// with an id, each followed by its footnotes.
///
/// Blocks without an id cannot be named in an XLIFF file and are left out.
public enum ExchangeBlockCollector {
    /// The blocks of a document.
    public static func blocks(of document: ContributionDocument) -> [ExchangeBlock] {
        var result: [ExchangeBlock] = []
        let title = document.info.title
        if let id = document.id, !title.plainText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            result.append(ExchangeBlock(id: id, kind: .title, content: title, text: title.plainText))
        }
        let subtitle = document.info.subtitle
        if let id = document.id, !subtitle.plainText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            result.append(ExchangeBlock(id: ContributionPairer.subtitleID(id), kind: .subtitle, content: subtitle,
                text: subtitle.plainText))
        }
        var headings: [(depth: Int, text: String)] = []
        for leaf in ContributionFlattener.leaves(of: document) {
            headings.removeAll { $0.depth >= leaf.depth }
            let section = headings.last?.text
            let content = content(of: leaf.block)
            if case .section = leaf.block { headings.append((leaf.depth, leaf.text)) }
            guard let id = leaf.id else { continue }
            result.append(ExchangeBlock(id: id, kind: kind(of: leaf.block), content: stripFootnoteBodies(content),
                text: leaf.text, sectionHeading: section))
            for footnote in footnotes(in: content) {
                guard let footnoteID = footnote.id else { continue }
                result.append(ExchangeBlock(id: footnoteID, kind: .footnote, content: footnote.content,
                    text: ContributionFlattener.text(of: footnote.blocks), sectionHeading: section, parentID: id))
            }
        }
        return result
    }

    static func kind(of block: Block) -> ExchangeBlock.Kind {
        switch block {
        case .section: .heading
        case .paragraph: .paragraph
        case .list: .listItem
        case .quote: .quote
        case .figure: .figure
        }
    }

    /// The running text of a leaf block.
    static func content(of block: Block) -> [Inline] {
        switch block {
        case .section(let section): return section.title
        case .paragraph(let paragraph): return paragraph.content
        case .list(let list): return joined(list.items.flatMap(\.blocks))
        case .quote(let quote): return joined(quote.blocks)
        case .figure(let figure):
            var content = figure.title
            if !figure.alternativeText.isEmpty {
                if !content.isEmpty { content.append(.text(" ")) }
                content.append(.text(figure.alternativeText))
            }
            return content
        }
    }

    /// The inlines of paragraphs, joined by a space.
    static func joined(_ blocks: [Block]) -> [Inline] {
        var result: [Inline] = []
        for block in blocks {
            let inlines: [Inline]
            switch block {
            case .paragraph(let paragraph): inlines = paragraph.content
            case .section(let section): inlines = section.title + joined(section.blocks)
            case .list(let list): inlines = joined(list.items.flatMap(\.blocks))
            case .quote(let quote): inlines = joined(quote.blocks)
            case .figure(let figure): inlines = figure.title
            }
            if inlines.plainText.isEmpty && footnotes(in: inlines).isEmpty { continue }
            if !result.isEmpty { result.append(.text(" ")) }
            result += inlines
        }
        return result
    }

    static func footnotes(in inlines: [Inline]) -> [(id: String?, content: [Inline], blocks: [Block])] {
        var result: [(id: String?, content: [Inline], blocks: [Block])] = []
        for inline in inlines {
            switch inline {
            case .footnote(let id, let blocks): result.append((id, joined(blocks), blocks))
            case .emphasis(_, let children), .link(_, let children), .other(_, let children), .foreign(_, _, let children):
                result += footnotes(in: children)
            case .text: break
            }
        }
        return result
    }

    static func stripFootnoteBodies(_ inlines: [Inline]) -> [Inline] {
        inlines.map { inline in
            switch inline {
            case .footnote(let id, _): .footnote(id: id, [])
            case .emphasis(let role, let children): .emphasis(role: role, stripFootnoteBodies(children))
            case .link(let href, let children): .link(href: href, stripFootnoteBodies(children))
            case .other(let element, let children): .other(element: element, stripFootnoteBodies(children))
            case .foreign(let language, let element, let children):
                .foreign(language: language, element: element, stripFootnoteBodies(children))
            case .text: inline
            }
        }
    }
}
