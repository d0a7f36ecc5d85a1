import Foundation
import PublicationCore

/// Renders blocks and inlines of one contribution as HTML or XHTML, collecting footnotes per language.
///
/// Every block element carries the `lang` (and, for EPUB, `xml:lang`) of the language it is in, so
/// screen readers switch voice and hyphenation follows the language. One renderer is used for one
/// contribution at a time: ``begin(contribution:)`` resets the footnote numbering.
final class MarkupRenderer {
    let flavor: MarkupFlavor
    let options: PublicationWriterOptions
    /// The `src` for a figure's image, or `nil` when the image is not available.
    let imageSource: (Figure) -> String?
    /// Breaks of at least three letters on either side, in words of six letters or more.
    private let hyphenator = TurkishHyphenator(minimumWordLength: 6, minimumFragment: 3)
    /// Above zero while text that must not be hyphenated (headings, bylines, the title page) is rendered.
    private var unhyphenated = 0
    private var notePrefix = "c"
    private var notes: [LanguageTag: [String]] = [:]
    /// In EPUB: the print page on which the element with each key begins (see ``PrintPageMap``).
    var pageStarts: [String: Int] = [:]
    /// In EPUB: the pages marked so far, in reading order (see ``pageBreak(_:)``).
    var markedPages: [Int] = []
    /// In EPUB: the pages that may be marked; `nil` marks every page that begins with an element.
    var allowedPages: Set<Int>?

    init(flavor: MarkupFlavor, options: PublicationWriterOptions, imageSource: @escaping (Figure) -> String?) {
        self.flavor = flavor
        self.options = options
        self.imageSource = imageSource
    }

    // MARK: Attributes and words

    /// ` lang="tr"`, plus ` xml:lang="tr"` in XHTML.
    func lang(_ language: LanguageTag) -> String {
        flavor == .ebook ? " lang=\"\(language.code)\" xml:lang=\"\(language.code)\"" : " lang=\"\(language.code)\""
    }

    /// A generated word in `language`, escaped.
    func word(_ word: Bilingual<String>, in language: LanguageTag) -> String {
        MarkupEscaping.text(word[language])
    }

    /// Text prepared for `language`: escaped, and with soft hyphens in Turkish running text for print.
    func text(_ text: String, in language: LanguageTag) -> String {
        let prepared = flavor == .print && language == .turkish && unhyphenated == 0 ? hyphenator.hyphenate(text) : text
        return MarkupEscaping.text(prepared)
    }

    /// The markup made by `body`, with no soft hyphens in it: for headings, bylines and the title page.
    func withoutHyphenation(_ body: () -> String) -> String {
        unhyphenated += 1
        defer { unhyphenated -= 1 }
        return body()
    }

    // MARK: Footnotes

    /// Starts a contribution: footnote numbering begins again at 1 in each language.
    func begin(contribution id: String) {
        notePrefix = MarkupEscaping.slug(id)
        notes = [:]
    }

    /// The collected notes of `list` as a notes section, or an empty string; the list is emptied.
    func takeNotes(_ list: LanguageTag) -> String {
        guard let items = notes[list], !items.isEmpty else { return "" }
        notes[list] = []
        let heading = "<p class=\"notes-title\"\(lang(list))>\(word(GeneratedWords.notes, in: list))</p>\n"
        if flavor == .ebook {
            return "<section class=\"notes\" epub:type=\"endnotes\"\(lang(list))>\n\(heading)<ol\(lang(list))>\n"
                + items.joined() + "</ol>\n</section>\n"
        }
        return "<section class=\"notes\"\(lang(list))>\n"
            + heading + "<ol\(lang(list))>\n" + items.joined() + "</ol>\n</section>\n"
    }

    private func footnote(_ blocks: [Block], language: LanguageTag, list: LanguageTag) -> String {
        if flavor == .print {
            let content = blocks.map { inlineContent(of: $0, language: language, list: list) }.joined(separator: " ")
            return "<span class=\"footnote\"\(lang(language))>\(content)</span>"
        }
        let number = (notes[list]?.count ?? 0) + 1
        let id = "fn-\(notePrefix)-\(list.code)-\(number)"
        let back = word(GeneratedWords.backToText, in: list)
        var body = blocks.map { block($0, language: language, depth: 0, list: list) }.joined()
        let backLink = " <a class=\"backref\" href=\"#ref-\(id)\" aria-label=\"\(back)\">↩</a>"
        if body.hasSuffix("</p>\n") {
            body = String(body.dropLast(5)) + backLink + "</p>\n"
        } else {
            body += "<p>\(backLink)</p>\n"
        }
        let type = flavor == .ebook ? " epub:type=\"endnote\"" : ""
        notes[list, default: []].append("<li id=\"\(id)\"\(type)\(lang(language))>\n\(body)</li>\n")
        let refType = flavor == .ebook ? " epub:type=\"noteref\"" : ""
        return "<a class=\"noteref\" id=\"ref-\(id)\" href=\"#\(id)\"\(refType)><sup>\(number)</sup></a>"
    }

    private func inlineContent(of block: Block, language: LanguageTag, list: LanguageTag) -> String {
        switch block {
        case .paragraph(let paragraph): inlines(paragraph.content, language: language, list: list)
        case .section(let section):
            ([inlines(section.title, language: language, list: list)]
                + section.blocks.map { inlineContent(of: $0, language: language, list: list) }).joined(separator: " ")
        case .list(let list_):
            list_.items.flatMap(\.blocks).map { inlineContent(of: $0, language: language, list: list) }
                .joined(separator: " ")
        case .quote(let quote):
            quote.blocks.map { inlineContent(of: $0, language: language, list: list) }.joined(separator: " ")
        case .figure(let figure): text(figure.alternativeText, in: language)
        }
    }

    // MARK: Inlines

    /// Inline content; footnotes go to the notes of `list`.
    func inlines(_ inlines: [Inline], language: LanguageTag, list: LanguageTag) -> String {
        inlines.map { inline($0, language: language, list: list) }.joined()
    }

    private func inline(_ inline: Inline, language: LanguageTag, list: LanguageTag) -> String {
        switch inline {
        case .text(let string):
            return text(string, in: language)
        case .emphasis(let role, let children):
            let element = role == "strong" || role == "bold" ? "strong" : "em"
            return "<\(element)>\(inlines(children, language: language, list: list))</\(element)>"
        case .link(let href, let children):
            return "<a href=\"\(MarkupEscaping.attribute(href))\">\(inlines(children, language: language, list: list))</a>"
        case .footnote(_, let blocks):
            return footnote(blocks, language: language, list: list)
        case .other(_, let children):
            return inlines(children, language: language, list: list)
        case .foreign(let other, _, let children):
            return foreign(children, in: other, within: language, list: list)
        }
    }

    /// Inline content without footnotes, for titles in tables of contents and metadata.
    func plain(_ inlines: [Inline], language: LanguageTag) -> String {
        text(inlines.plainText, in: language)
    }

    // MARK: Blocks

    /// A block and everything inside it, each block element with its `lang`.
    ///
    /// - Parameters:
    ///   - depth: the section depth of the block; a section's heading is `h3` at depth 0, down to `h6`.
    ///   - list: the language whose notes collect this block's footnotes.
    func block(_ block: Block, language: LanguageTag, depth: Int, list: LanguageTag) -> String {
        let attributes = lang(language)
        switch block {
        case .paragraph(let paragraph):
            return "<p\(attributes)>\(inlines(paragraph.content, language: language, list: list))</p>\n"
        case .section(let section):
            let level = min(6, 3 + depth)
            let title = withoutHyphenation { inlines(section.title, language: language, list: list) }
            var result = "<h\(level)\(attributes)>\(title)</h\(level)>\n"
            for child in section.blocks {
                result += self.block(child, language: language, depth: depth + 1, list: list)
            }
            return result
        case .list(let listBlock):
            let element = listBlock.isOrdered ? "ol" : "ul"
            return "<\(element)\(attributes)>\n" + listItems(listBlock, language: language, depth: depth, list: list)
                + "</\(element)>\n"
        case .quote(let quote):
            var result = "<blockquote\(attributes)>\n"
            for child in quote.blocks {
                result += self.block(child, language: language, depth: depth, list: list)
            }
            if !quote.attribution.isEmpty {
                result += "<p class=\"attribution\"\(attributes)>— \(inlines(quote.attribution, language: language, list: list))</p>\n"
            }
            return result + "</blockquote>\n"
        case .figure(let figure):
            return self.figure(figure, language: language, list: list)
        }
    }

    /// The `<li>` elements of a list, without the list element around them.
    ///
    /// - Parameter itemClass: a class for each item, such as its row's status.
    func listItems(_ listBlock: ListBlock, language: LanguageTag, depth: Int, list: LanguageTag, itemClass: String? = nil) -> String {
        let classAttribute = itemClass.map { " class=\"\($0)\"" } ?? ""
        var result = ""
        for item in listBlock.items {
            if item.blocks.count == 1, case .paragraph(let paragraph) = item.blocks[0] {
                result += "<li\(classAttribute)>\(inlines(paragraph.content, language: language, list: list))</li>\n"
            } else {
                result += "<li\(classAttribute)>\n"
                for child in item.blocks {
                    result += self.block(child, language: language, depth: depth, list: list)
                }
                result += "</li>\n"
            }
        }
        return result
    }

    private func figure(_ figure: Figure, language: LanguageTag, list: LanguageTag) -> String {
        let alternative = figure.alternativeText.isEmpty ? figure.title.plainText : figure.alternativeText
        var result = "<figure\(lang(language))>\n"
        if let source = imageSource(figure) {
            result += "<img src=\"\(MarkupEscaping.attribute(source))\" alt=\"\(MarkupEscaping.attribute(alternative))\"/>\n"
        } else {
            result += "<div class=\"image-missing\" role=\"img\" aria-label=\"\(MarkupEscaping.attribute(alternative))\">"
                + "\(MarkupEscaping.text(alternative))</div>\n"
        }
        if !figure.title.isEmpty {
            result += "<figcaption>\(inlines(figure.title, language: language, list: list))</figcaption>\n"
        }
        return result + "</figure>\n"
    }
}
