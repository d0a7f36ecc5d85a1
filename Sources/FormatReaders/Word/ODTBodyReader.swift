import Foundation
import XMLSource

/// Streams `content.xml` of an OpenDocument text and collects its paragraphs as ``DOCXParagraph``
/// values, the same records the Word reader makes, so one block builder serves both formats.
///
/// Read: `text:h` (outline level), `text:p` (style), `text:list`/`text:list-item` (list style of the
/// outermost list, nesting depth), `text:span` (bold, italic through its style), `text:a`,
/// `text:note` (its body becomes a footnote or endnote), `text:s`, `text:tab`, `text:line-break`,
/// `draw:frame` with `draw:image`, `svg:title` and `svg:desc`, tables (each cell's paragraphs).
/// Left out: `office:annotation` (comments, counted), `text:tracked-changes` (the body already holds
/// the text with every change accepted; the regions are counted), `text:note-citation`,
/// `text:sequence-decls`, `text:table-of-content` (generated).
final class ODTBodyReader: XMLEventHandler {
    private let styles: DOCXStyles
    private let stylesReader: ODTStylesReader
    private(set) var paragraphs: [DOCXParagraph] = []
    /// Note id → its paragraphs.
    private(set) var notes: [String: [DOCXParagraph]] = [:]
    private(set) var revisions = DOCXBodyReader.Revisions()
    private var open: [DOCXParagraph] = []
    private var paragraphCount = 0
    private var skipping = 0
    private var tableDepth = 0
    /// Open lists: the list style in force (inherited from the outer list when not given).
    private var lists: [String?] = []
    /// Open spans and links, innermost last: (style, link index).
    private var spans: [(style: String?, link: Int?)] = []
    /// Open notes: (is endnote, id); paragraphs inside a note's body belong to it.
    private var noteStack: [(isEndnote: Bool, id: String)] = []
    private var noteCount = 0
    private var image: DOCXParagraph.Image?
    private var frameText: String?
    private var frameField: String?

    init(styles: DOCXStyles, stylesReader: ODTStylesReader) {
        self.styles = styles
        self.stylesReader = stylesReader
    }

    func startElement(_ tag: XMLStartTag) {
        if skipping > 0 {
            skipping += 1
            return
        }
        stylesReader.startElement(tag)
        let name = tag.name
        switch (name.namespace, name.local) {
        case (ODTNames.office, "annotation"):
            revisions.comments += 1
            skipping = 1
        case (ODTNames.text, "tracked-changes"):
            skipping = 1
        case (ODTNames.text, "changed-region"):
            break
        case (ODTNames.text, "change-start"), (ODTNames.text, "change"):
            revisions.count += 1
            if revisions.first == nil {
                revisions.first = (tag.line, tag.column, open.last?.number ?? paragraphCount)
            }
        case (ODTNames.text, "note-citation"), (ODTNames.text, "sequence-decls"), (ODTNames.text, "table-of-content"),
            (ODTNames.text, "alphabetical-index"), (ODTNames.text, "illustration-index"), (ODTNames.office, "forms"):
            skipping = 1
        case (ODTNames.text, "p"), (ODTNames.text, "h"):
            paragraphCount += 1
            var paragraph = DOCXParagraph(number: paragraphCount, line: tag.line, column: tag.column)
            paragraph.styleID = tag.attribute("style-name", namespace: ODTNames.text)
            if name.local == "h" {
                let level = tag.attribute("outline-level", namespace: ODTNames.text).flatMap { Int($0) } ?? 1
                paragraph.outlineLevel = max(0, level - 1)
            }
            if !lists.isEmpty, noteStack.isEmpty, let style = lists.last ?? nil {
                paragraph.numberingID = style
                paragraph.numberingLevel = lists.count - 1
            }
            paragraph.tableDepth = tableDepth
            if let note = noteStack.last { paragraph.noteID = (note.isEndnote ? "e" : "f") + note.id }
            open.append(paragraph)
        case (ODTNames.text, "list"):
            let style = tag.attribute("style-name", namespace: ODTNames.text)
            lists.append(style ?? lists.last ?? nil)
        case (ODTNames.text, "span"):
            spans.append((tag.attribute("style-name", namespace: ODTNames.text), nil))
        case (ODTNames.text, "a"):
            var index: Int?
            if let href = tag.attribute("href", namespace: ODTNames.xlink), !open.isEmpty {
                index = open[open.count - 1].links.count
                open[open.count - 1].links.append(href)
            }
            spans.append((nil, index))
        case (ODTNames.text, "s"):
            let count = tag.attribute("c", namespace: ODTNames.text).flatMap { Int($0) } ?? 1
            append(String(repeating: " ", count: min(max(count, 1), 1000)))
        case (ODTNames.text, "tab"): append("\t")
        case (ODTNames.text, "line-break"): append("\n")
        case (ODTNames.text, "note"):
            noteCount += 1
            let isEndnote = tag.attribute("note-class", namespace: ODTNames.text) == "endnote"
            let id = "\(noteCount)"
            if !open.isEmpty {
                open[open.count - 1].pieces.append(.note(isEndnote: isEndnote, id: id, format()))
            }
            noteStack.append((isEndnote, id))
        case (ODTNames.table, "table"): tableDepth += 1
        case (ODTNames.drawing, "frame"):
            image = DOCXParagraph.Image(description: "", title: "", line: tag.line, column: tag.column)
        case (ODTNames.drawing, "image"):
            image?.target = tag.attribute("href", namespace: ODTNames.xlink)
        case (ODTNames.svg, "title"), (ODTNames.svg, "desc"):
            frameField = name.local
            frameText = ""
        default: break
        }
    }

    func endElement(_ name: XMLName, line: Int, column: Int) {
        if skipping > 0 {
            skipping -= 1
            return
        }
        stylesReader.endElement(name, line: line, column: column)
        switch (name.namespace, name.local) {
        case (ODTNames.text, "p"), (ODTNames.text, "h"):
            guard let paragraph = open.popLast() else { return }
            if let noteID = paragraph.noteID, paragraph.noteID != open.last?.noteID || open.isEmpty {
                notes[noteID, default: []].append(paragraph)
            } else {
                paragraphs.append(paragraph)
            }
        case (ODTNames.text, "list"): _ = lists.popLast()
        case (ODTNames.text, "span"), (ODTNames.text, "a"): _ = spans.popLast()
        case (ODTNames.text, "note"): _ = noteStack.popLast()
        case (ODTNames.table, "table"): tableDepth -= 1
        case (ODTNames.svg, "title"), (ODTNames.svg, "desc"):
            let text = (frameText ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if name.local == "title" { image?.title = text } else { image?.description = text }
            frameField = nil
            frameText = nil
        case (ODTNames.drawing, "frame"):
            if let found = image, found.target != nil || !found.description.isEmpty || !found.title.isEmpty,
                !open.isEmpty
            {
                open[open.count - 1].images.append(found)
            }
            image = nil
        default: break
        }
    }

    func characters(_ text: UnsafeRawBufferPointer) {
        guard skipping == 0 else { return }
        let value = String(decoding: text, as: UTF8.self)
        if frameField != nil {
            frameText? += value
            return
        }
        // OpenDocument text collapses white space like XML mixed content: text:s and text:tab carry
        // the spaces meant.
        let collapsed = String(value.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 })
        append(collapsed)
    }

    private func format() -> DOCXParagraph.Format {
        var bold: Bool?
        var italic: Bool?
        var link: Int?
        for span in spans.reversed() {
            if link == nil, let index = span.link { link = index }
            for style in styles.chain(span.style) {
                if bold == nil, let value = style.bold { bold = value }
                if italic == nil, let value = style.italic { italic = value }
            }
        }
        return DOCXParagraph.Format(bold: bold ?? false, italic: italic ?? false, link: link)
    }

    private func append(_ text: String) {
        guard !open.isEmpty, !text.isEmpty else { return }
        let format = format()
        let last = open.count - 1
        if case .text(let previous, let previousFormat)? = open[last].pieces.last, previousFormat == format {
            open[last].pieces[open[last].pieces.count - 1] = .text(previous + text, format)
        } else {
            open[last].pieces.append(.text(text, format))
        }
    }
}
