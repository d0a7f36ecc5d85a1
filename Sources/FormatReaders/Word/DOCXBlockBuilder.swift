import Foundation
import PublicationCore

/// Turns the paragraphs of a Word document into the contribution model: the front part (Title,
/// Subtitle, Author, Abstract styles), sections by heading level, lists by numbering, quotes,
/// figures with their captions, footnotes and endnotes at their references.
struct DOCXBlockBuilder {
    let session: DOCXReadSession
    var styles: DOCXStyles { session.styles }
    /// The document's language, decided once (every run's language is compared with it).
    let documentLanguage: LanguageTag?

    init(session: DOCXReadSession) {
        self.session = session
        documentLanguage = session.language()
    }

    /// The document.
    func document(from paragraphs: [DOCXParagraph]) -> ContributionDocument {
        var info = ContributionInfo()
        var sink = BlockSink()
        for paragraph in Self.joiningDeletedMarks(paragraphs) {
            let content = inlines(of: paragraph)
            let hasText = !content.plainText.isBlank
                || content.contains { if case .footnote = $0 { true } else { false } }
            let id = id(of: paragraph)
            let role = paragraph.tableDepth == 0 ? styles.role(of: paragraph.styleID) : .other
            if hasText {
                switch role {
                case .title where info.title.isEmpty:
                    info.title = content
                    continue
                case .subtitle where info.subtitle.isEmpty:
                    info.subtitle = content
                    continue
                case .author:
                    info.authors.append(Author(name: content.plainText.trimmingCharacters(in: .whitespacesAndNewlines)))
                    continue
                case .date:
                    info.otherBlocks.append(.paragraph(Paragraph(id: id, content: content,
                        originalElement: "w:p (Date)", location: session.location(of: paragraph))))
                    continue
                case .abstract:
                    info.abstract.append(.paragraph(Paragraph(id: id, content: content,
                        location: session.location(of: paragraph))))
                    continue
                default: break
                }
            }
            if hasText {
                if let level = headingLevel(of: paragraph) {
                    sink.openSection(Section(id: id, title: content, location: session.location(of: paragraph)),
                        level: level)
                } else if let (numbering, level) = listPosition(of: paragraph) {
                    let ordered = session.numbering.isOrdered(level, of: numbering)
                    sink.addListItem(Paragraph(id: id, content: content, location: session.location(of: paragraph)),
                        level: level, isOrdered: ordered)
                } else if role == .quote {
                    sink.addQuoteParagraph(Paragraph(id: id, content: content, location: session.location(of: paragraph)),
                        quoteID: "\(id)-quote")
                } else if role == .caption, sink.captionFigure(content) {
                    // The caption became the figure's title.
                } else {
                    sink.add(.paragraph(Paragraph(id: id, content: content, location: session.location(of: paragraph))))
                }
            }
            for (index, image) in paragraph.images.enumerated() {
                let figure = Figure(id: "\(id)-img\(index + 1)", imagePath: image.target,
                    alternativeText: [image.description, image.title].first { !$0.isEmpty } ?? "",
                    location: session.context.location(line: image.line, column: image.column))
                if figure.alternativeText.isEmpty { session.reportMissingAlternative(figure, in: paragraph) }
                sink.add(.figure(figure))
            }
        }
        info.authors += session.properties.creator.isEmpty || !info.authors.isEmpty
            ? [] : [Author(name: session.properties.creator)]
        if info.title.isEmpty, !session.properties.title.isEmpty { info.title = [.text(session.properties.title)] }
        return ContributionDocument(language: session.language(), info: info, blocks: sink.finish(),
            location: session.context.location(line: 1, column: 1))
    }

    // MARK: Paragraph kinds

    func headingLevel(of paragraph: DOCXParagraph) -> Int? {
        if let level = paragraph.outlineLevel { return (0..<9).contains(level) ? level + 1 : nil }
        return styles.headingLevel(of: paragraph.styleID)
    }

    func listPosition(of paragraph: DOCXParagraph) -> (String, Int)? {
        if let numbering = paragraph.numberingID {
            guard numbering != "0", session.numbering.level(paragraph.numberingLevel ?? 0, of: numbering) != nil
            else { return nil }
            return (numbering, paragraph.numberingLevel ?? 0)
        }
        guard let (numbering, level) = styles.numbering(of: paragraph.styleID), numbering != "0",
            session.numbering.level(paragraph.numberingLevel ?? level, of: numbering) != nil
        else { return nil }
        return (numbering, paragraph.numberingLevel ?? level)
    }

    /// A paragraph's block id: its `w14:paraId` as `para-…` when written, else `docx-pN` (`odt-pN`).
    func id(of paragraph: DOCXParagraph) -> String {
        if let paraID = paragraph.paraID, !paraID.isEmpty { return "para-\(paraID)" }
        return "\(session.idPrefix)p\(paragraph.number)"
    }

    /// Paragraphs whose mark is a tracked deletion join the paragraph after them, as accepting the
    /// deletion would; so does a drop cap, the first letter of the paragraph after it.
    static func joiningDeletedMarks(_ paragraphs: [DOCXParagraph]) -> [DOCXParagraph] {
        var result: [DOCXParagraph] = []
        var pending: DOCXParagraph?
        for var paragraph in paragraphs {
            if var first = pending, first.noteID == paragraph.noteID {
                let offset = first.links.count
                first.links += paragraph.links
                for piece in paragraph.pieces {
                    switch piece {
                    case .text(let text, var format):
                        format.link = format.link.map { $0 + offset }
                        first.pieces.append(.text(text, format))
                    case .note(let isEndnote, let id, var format):
                        format.link = format.link.map { $0 + offset }
                        first.pieces.append(.note(isEndnote: isEndnote, id: id, format))
                    }
                }
                first.images += paragraph.images
                first.joinsNext = paragraph.joinsNext
                paragraph = first
            } else if let first = pending {
                result.append(first)
            }
            pending = nil
            if paragraph.joinsNext {
                pending = paragraph
            } else {
                result.append(paragraph)
            }
        }
        if let pending { result.append(pending) }
        return result
    }

    // MARK: Inlines

    /// The running text of a paragraph: links, then strong, then emphasis, nested in that order;
    /// notes as footnotes; the edges trimmed.
    func inlines(of paragraph: DOCXParagraph) -> [Inline] {
        var result = group(paragraph.pieces[...], paragraph: paragraph, depth: 0)
        Self.trim(&result)
        return result
    }

    private func group(_ pieces: ArraySlice<DOCXParagraph.Piece>, paragraph: DOCXParagraph, depth: Int) -> [Inline] {
        func key(_ piece: DOCXParagraph.Piece) -> AnyHashable? {
            let format: DOCXParagraph.Format
            switch piece {
            case .text(_, let value), .note(_, _, let value): format = value
            }
            switch depth {
            case 0: return format.link.map { AnyHashable($0) }
            case 1: return format.bold ? AnyHashable(true) : nil
            case 2: return format.italic ? AnyHashable(true) : nil
            case 3: return otherLanguage(format).map { AnyHashable($0) }
            default: return nil
            }
        }
        if depth == 4 {
            var result: [Inline] = []
            for piece in pieces {
                switch piece {
                case .text(let text, _): DocBookReader.append(.text(text), to: &result)
                case .note(let isEndnote, let id, _): result.append(note(isEndnote: isEndnote, id: id, in: paragraph))
                }
            }
            return result
        }
        var result: [Inline] = []
        var start = pieces.startIndex
        while start < pieces.endIndex {
            let current = key(pieces[start])
            var end = start + 1
            while end < pieces.endIndex, key(pieces[end]) == current { end += 1 }
            let inner = group(pieces[start..<end], paragraph: paragraph, depth: depth + 1)
            if let current {
                switch depth {
                case 0:
                    // A link opened in another paragraph (a text box inside a link) has no target here.
                    if let index = current.base as? Int, paragraph.links.indices.contains(index) {
                        result.append(.link(href: paragraph.links[index], inner))
                    } else {
                        for inline in inner { DocBookReader.append(inline, to: &result) }
                    }
                case 1: result.append(.emphasis(role: "strong", inner))
                case 2: result.append(.emphasis(role: nil, inner))
                default:
                    if let language = current.base as? LanguageTag {
                        result.append(.foreign(language: language, element: "phrase", inner))
                    } else {
                        for inline in inner { DocBookReader.append(inline, to: &result) }
                    }
                }
            } else {
                for inline in inner { DocBookReader.append(inline, to: &result) }
            }
            start = end
        }
        return result
    }

    private func note(isEndnote: Bool, id: String, in paragraph: DOCXParagraph) -> Inline {
        let key = (isEndnote ? "e" : "f") + id
        let noteID = "\(session.idPrefix)\(isEndnote ? "en" : "fn")\(id)"
        guard let paragraphs = session.notes[key] else {
            session.reportUnknownNote(id, isEndnote: isEndnote, in: paragraph)
            return .footnote(id: noteID, [])
        }
        var blocks: [Block] = []
        for (index, note) in paragraphs.enumerated() {
            let content = inlines(of: note)
            if content.isEmpty { continue }
            blocks.append(.paragraph(Paragraph(id: index == 0 ? noteID : "\(noteID)-\(index + 1)", content: content,
                location: session.location(of: note))))
        }
        return .footnote(id: noteID, blocks)
    }

    /// Removes white space at both edges of running text.
    static func trim(_ inlines: inout [Inline]) {
        func trimEdge(_ inlines: inout [Inline], atStart: Bool) -> Bool {
            var index = atStart ? 0 : inlines.count - 1
            while inlines.indices.contains(index) {
                switch inlines[index] {
                case .text(var text):
                    // Only the edge is looked at; the string is rebuilt only when it has white space there.
                    if atStart {
                        if let first = text.firstIndex(where: { !$0.isWhitespace }) {
                            if first != text.startIndex { text = String(text[first...]) }
                        } else {
                            text = ""
                        }
                    } else if let last = text.lastIndex(where: { !$0.isWhitespace }) {
                        if text.index(after: last) != text.endIndex { text = String(text[...last]) }
                    } else {
                        text = ""
                    }
                    if text.isEmpty {
                        inlines.remove(at: index)
                        if !atStart { index -= 1 }
                        continue
                    }
                    inlines[index] = .text(text)
                    return true
                case .emphasis(let role, var children):
                    let done = trimEdge(&children, atStart: atStart)
                    inlines[index] = .emphasis(role: role, children)
                    if done { return true }
                case .link(let href, var children):
                    let done = trimEdge(&children, atStart: atStart)
                    inlines[index] = .link(href: href, children)
                    if done { return true }
                case .foreign(let language, let element, var children):
                    let done = trimEdge(&children, atStart: atStart)
                    inlines[index] = .foreign(language: language, element: element, children)
                    if done { return true }
                case .other, .footnote:
                    return true
                }
                index += atStart ? 1 : -1
            }
            return false
        }
        _ = trimEdge(&inlines, atStart: true)
        _ = trimEdge(&inlines, atStart: false)
    }
}

/// Collects blocks into sections, lists and quotes as paragraphs arrive.
private struct BlockSink {
    private var top: [Block] = []
    private var sections: [(level: Int, section: Section)] = []
    private var lists: [(level: Int, list: ListBlock)] = []
    private var quote: Quote?

    private mutating func place(_ block: Block) {
        if sections.isEmpty {
            top.append(block)
        } else {
            sections[sections.count - 1].section.blocks.append(block)
        }
    }

    private mutating func closeLists(above level: Int = -1) {
        while let last = lists.last, last.level > level {
            lists.removeLast()
            if var parent = lists.popLast() {
                if parent.list.items.isEmpty { parent.list.items.append(ListItem()) }
                parent.list.items[parent.list.items.count - 1].blocks.append(.list(last.list))
                lists.append(parent)
            } else {
                place(.list(last.list))
            }
        }
    }

    private mutating func closeQuote() {
        if let quote { place(.quote(quote)) }
        quote = nil
    }

    mutating func add(_ block: Block) {
        closeLists()
        closeQuote()
        place(block)
    }

    mutating func openSection(_ section: Section, level: Int) {
        closeLists()
        closeQuote()
        while let last = sections.last, last.level >= level {
            sections.removeLast()
            place(.section(last.section))
        }
        sections.append((level, section))
    }

    mutating func addListItem(_ paragraph: Paragraph, level: Int, isOrdered: Bool) {
        closeQuote()
        closeLists(above: level)
        if let last = lists.last, last.level == level, last.list.isOrdered != isOrdered {
            closeLists(above: level - 1)
        }
        if lists.last?.level != level {
            lists.append((level, ListBlock(id: paragraph.id.map { "\($0)-list" }, isOrdered: isOrdered,
                location: paragraph.location)))
        }
        lists[lists.count - 1].list.items.append(ListItem(blocks: [.paragraph(paragraph)], location: paragraph.location))
    }

    mutating func addQuoteParagraph(_ paragraph: Paragraph, quoteID: String) {
        closeLists()
        if quote == nil { quote = Quote(id: quoteID, location: paragraph.location) }
        quote?.blocks.append(.paragraph(paragraph))
    }

    /// Gives the last block, a figure without title, this caption; `false` when there is none.
    mutating func captionFigure(_ caption: [Inline]) -> Bool {
        guard lists.isEmpty, quote == nil else { return false }
        func apply(_ blocks: inout [Block]) -> Bool {
            guard case .figure(var figure)? = blocks.last, figure.title.isEmpty else { return false }
            figure.title = caption
            blocks[blocks.count - 1] = .figure(figure)
            return true
        }
        if sections.isEmpty { return apply(&top) }
        return apply(&sections[sections.count - 1].section.blocks)
    }

    mutating func finish() -> [Block] {
        closeLists()
        closeQuote()
        while let last = sections.popLast() {
            if sections.isEmpty { top.append(.section(last.section)) } else {
                sections[sections.count - 1].section.blocks.append(.section(last.section))
            }
        }
        return top
    }
}
