import PublicationCore

/// What a contribution counts: its text blocks.
extension DocBookReader {
    /// The texts of a contribution's *text blocks*, in document order: what `units`, `segments`
    /// and `sourceWords` count for a DocBook file.
    ///
    /// A text block is each of the following that holds text other than whitespace:
    /// - the article's title and its subtitle;
    /// - every section title and every figure title;
    /// - every paragraph: in the body, in list items, in quotes, in the abstract and in footnotes,
    ///   including the paragraphs that keep the text of an unsupported element and the verbatim
    ///   `literallayout` and `programlisting` paragraphs.
    ///
    /// Not counted: author names and organisations, quote attributions, alternative texts of
    /// images, and front-matter elements outside the subset (``ContributionInfo/otherBlocks``).
    /// A paragraph's text leaves its footnotes out; their paragraphs count on their own.
    static func textBlocks(of document: ContributionDocument) -> [String] {
        var texts: [String] = []
        func add(_ inlines: [Inline]) {
            let text = inlines.plainText
            if !text.isXMLWhitespace { texts.append(text) }
            addFootnotes(in: inlines)
        }
        func addFootnotes(in inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .footnote(_, let blocks): addBlocks(blocks)
                case .emphasis(_, let children), .link(_, let children), .other(_, let children), .foreign(_, _, let children):
                    addFootnotes(in: children)
                case .text: break
                }
            }
        }
        func addBlocks(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .section(let section):
                    add(section.title)
                    addBlocks(section.blocks)
                case .paragraph(let paragraph):
                    add(paragraph.content)
                case .list(let list):
                    for item in list.items { addBlocks(item.blocks) }
                case .quote(let quote):
                    addFootnotes(in: quote.attribution)
                    addBlocks(quote.blocks)
                case .figure(let figure):
                    add(figure.title)
                }
            }
        }
        add(document.info.title)
        add(document.info.subtitle)
        addBlocks(document.info.abstract)
        addBlocks(document.blocks)
        return texts
    }
}
