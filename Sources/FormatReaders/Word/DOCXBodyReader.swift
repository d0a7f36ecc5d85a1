import Foundation
import XMLSource

/// Streams a WordprocessingML story part (`word/document.xml`, `footnotes.xml`, `endnotes.xml`) and
/// collects its paragraphs as ``DOCXParagraph`` values, in document order.
///
/// Read: paragraphs (`w:p`) with their style, numbering, outline level and `w14:paraId`; runs with
/// bold and italic (direct or through a character style); text, tabs, line breaks, non-breaking and
/// soft hyphens; hyperlinks; footnote and endnote references; images (`wp:docPr` `descr`/`title`,
/// VML `o:title`). Read through: tracked insertions and moves (`w:ins`, `w:moveTo`), content
/// controls (`w:sdtContent`), smart tags, custom XML, field results. Left out: tracked deletions
/// (`w:del`, `w:moveFrom`), field instructions, property changes, `mc:Fallback` copies, section
/// properties. Paragraphs inside text boxes come before the paragraph that holds the box.
final class DOCXBodyReader: XMLEventHandler {
    /// Changes and comments met, for the reader's warnings.
    struct Revisions {
        var count = 0
        var first: (line: Int, column: Int, paragraph: Int)?
        var comments = 0
    }

    private let styles: DOCXStyles
    private let relationships: OfficeRelationships
    private let folder: String
    private(set) var paragraphs: [DOCXParagraph] = []
    private(set) var revisions = Revisions()
    /// How many runs name each language (`w:lang` in their properties).
    private(set) var runLanguages: [String: Int] = [:]
    private var open: [DOCXParagraph] = []
    private var paragraphCount = 0
    /// The depth of an element whose content is skipped; 0 when not skipping.
    private var skipping = 0
    private var tableDepth = 0
    private var inParagraphProperties = 0
    private var inRunProperties = false
    private var inRun = false
    private var inText = false
    private var runFormat = DOCXParagraph.Format()
    private var characterStyle: String?
    private var directBold: Bool?
    private var directItalic: Bool?
    private var directLanguage: String?
    /// Open hyperlinks: the index into the paragraph's links, or `nil` for a link without target.
    private var linkStack: [Int?] = []
    /// Open complex fields: whether each has reached its result.
    private var fields: [Bool] = []
    private var noteID: String?
    private var image: DOCXParagraph.Image?

    init(styles: DOCXStyles, relationships: OfficeRelationships, folder: String) {
        self.styles = styles
        self.relationships = relationships
        self.folder = folder
    }

    // MARK: Events

    func startElement(_ tag: XMLStartTag) {
        if skipping > 0 {
            skipping += 1
            return
        }
        let name = tag.name
        if name.namespace == DOCXNames.markupCompatibility {
            if name.local == "Fallback" { skipping = 1 }
            return
        }
        if !DOCXNames.isWordML(name.namespace) {
            readDrawing(tag)
            return
        }
        let value = tag.attribute("val", namespace: name.namespace)
        switch name.local {
        case "p":
            paragraphCount += 1
            var paragraph = DOCXParagraph(number: paragraphCount, line: tag.line, column: tag.column)
            paragraph.paraID = tag.attribute("paraId", namespace: DOCXNames.word2010)
            paragraph.tableDepth = tableDepth
            paragraph.noteID = noteID
            open.append(paragraph)
        case "pPr": inParagraphProperties += 1
        case "pPrChange", "rPrChange", "sectPr", "sdtPr", "sdtEndPr", "smartTagPr", "customXmlPr", "tblPr", "trPr",
            "tcPr", "tblGrid", "object", "commentReference", "annotationRef", "footnoteRef", "endnoteRef",
            "tblPrChange", "numberingChange":
            skipping = 1
        case "pStyle" where inParagraphProperties > 0: mutateParagraph { $0.styleID = value }
        case "numId" where inParagraphProperties > 0: mutateParagraph { $0.numberingID = value }
        case "ilvl" where inParagraphProperties > 0: mutateParagraph { $0.numberingLevel = value.flatMap { Int($0) } }
        case "outlineLvl" where inParagraphProperties > 0:
            mutateParagraph { $0.outlineLevel = value.flatMap { Int($0) } }
        case "del" where inParagraphProperties > 0:
            mutateParagraph { $0.joinsNext = true }
            noteRevision(tag)
        case "ins" where inParagraphProperties > 0:
            noteRevision(tag)
        case "framePr" where inParagraphProperties > 0:
            // A drop cap is a frame of its own holding the first letter of the next paragraph.
            if let dropCap = tag.attribute("dropCap", namespace: name.namespace), dropCap != "none" {
                mutateParagraph { $0.joinsNext = true }
            }
        case "rPr" where inParagraphProperties == 0 && inRun: inRunProperties = true
        case "b" where inRunProperties: directBold = DOCXNames.isOn(value)
        case "i" where inRunProperties: directItalic = DOCXNames.isOn(value)
        case "rStyle" where inRunProperties: characterStyle = value
        case "lang" where inRunProperties:
            if let value, !value.isEmpty { runLanguages[value, default: 0] += 1 }
            directLanguage = value
        case "r":
            inRun = true
            directBold = nil
            directItalic = nil
            directLanguage = nil
            characterStyle = nil
        case "t" where inRun: inText = true
        case "delText", "instrText", "delInstrText": break
        case "tab" where inRun: append("\t")
        case "br" where inRun, "cr" where inRun:
            let type = tag.attribute("type", namespace: name.namespace) ?? "textWrapping"
            if type == "textWrapping" { append("\n") }
        case "noBreakHyphen" where inRun: append("\u{2011}")
        case "softHyphen" where inRun: append("\u{00AD}")
        case "footnoteReference", "endnoteReference":
            if let id = tag.attribute("id", namespace: name.namespace), isShowing {
                settleRunFormat()
                mutateParagraph { $0.pieces.append(.note(isEndnote: name.local == "endnoteReference", id: id, runFormat)) }
            }
        case "hyperlink":
            var href: String?
            if let id = DOCXNames.relationships.lazy.compactMap({ tag.attribute("id", namespace: $0) }).first,
                let relationship = relationships.byID[id]
            {
                href = relationship.target
            }
            if let anchor = tag.attribute("anchor", namespace: name.namespace), !anchor.isEmpty {
                href = (href ?? "") + "#" + anchor
            }
            if let href, !open.isEmpty {
                var index = 0
                mutateParagraph {
                    index = $0.links.count
                    $0.links.append(href)
                }
                linkStack.append(index)
            } else {
                linkStack.append(nil)
            }
        case "fldChar":
            switch tag.attribute("fldCharType", namespace: name.namespace) {
            case "begin": fields.append(false)
            case "separate": if !fields.isEmpty { fields[fields.count - 1] = true }
            case "end": _ = fields.popLast()
            default: break
            }
        case "del", "moveFrom":
            noteRevision(tag)
            skipping = 1
        case "ins", "moveTo":
            noteRevision(tag)
        case "commentRangeStart":
            revisions.comments += 1
        case "tbl": tableDepth += 1
        case "footnote", "endnote":
            let type = tag.attribute("type", namespace: name.namespace) ?? "normal"
            if type == "normal" {
                noteID = tag.attribute("id", namespace: name.namespace)
            } else {
                skipping = 1
            }
        case "pict": image = DOCXParagraph.Image(description: "", title: "", line: tag.line, column: tag.column)
        default: break
        }
    }

    func endElement(_ name: XMLName, line: Int, column: Int) {
        if skipping > 0 {
            skipping -= 1
            return
        }
        if !DOCXNames.isWordML(name.namespace) {
            if name.local == "drawing" || name.local == "inline" || name.local == "anchor" { flushImage() }
            return
        }
        switch name.local {
        case "p":
            if let paragraph = open.popLast() { paragraphs.append(paragraph) }
        case "pPr": inParagraphProperties -= 1
        case "rPr": inRunProperties = false
        case "r":
            inRun = false
            inText = false
        case "t": inText = false
        case "hyperlink": _ = linkStack.popLast()
        case "tbl": tableDepth -= 1
        case "footnote", "endnote": noteID = nil
        case "drawing", "pict": flushImage()
        default: break
        }
    }

    func characters(_ text: UnsafeRawBufferPointer) {
        guard skipping == 0, inText else { return }
        append(String(decoding: text, as: UTF8.self))
    }

    // MARK: Pieces

    /// Whether text met now is shown: outside fields, or in the result of every open field.
    private var isShowing: Bool { skipping == 0 && !fields.contains(false) }

    private func append(_ text: String) {
        guard isShowing, !open.isEmpty else { return }
        settleRunFormat()
        let format = runFormat
        mutateParagraph { paragraph in
            if case .text(let previous, let previousFormat)? = paragraph.pieces.last, previousFormat == format {
                paragraph.pieces[paragraph.pieces.count - 1] = .text(previous + text, format)
            } else {
                paragraph.pieces.append(.text(text, format))
            }
        }
    }

    /// The run's formatting: direct bold/italic over the character style's, inside the open link.
    private func settleRunFormat() {
        var bold = directBold
        var italic = directItalic
        if bold == nil || italic == nil {
            for style in styles.chain(characterStyle) {
                if bold == nil, let value = style.bold { bold = value }
                if italic == nil, let value = style.italic { italic = value }
                let lower = style.name.lowercased()
                if bold == nil, lower == "strong" { bold = true }
                if italic == nil, lower == "emphasis" { italic = true }
            }
        }
        runFormat = DOCXParagraph.Format(bold: bold ?? false, italic: italic ?? false,
            link: linkStack.last(where: { $0 != nil }) ?? nil, language: directLanguage)
    }

    private func mutateParagraph(_ body: (inout DOCXParagraph) -> Void) {
        guard !open.isEmpty else { return }
        body(&open[open.count - 1])
    }

    private func noteRevision(_ tag: XMLStartTag) {
        revisions.count += 1
        if revisions.first == nil {
            revisions.first = (tag.line, tag.column, open.last?.number ?? paragraphCount)
        }
    }

    // MARK: Images

    private func readDrawing(_ tag: XMLStartTag) {
        switch tag.name.local {
        case "docPr":
            var found = image ?? DOCXParagraph.Image(description: "", title: "", line: tag.line, column: tag.column)
            found.description = tag.attribute("descr") ?? ""
            found.title = tag.attribute("title") ?? ""
            image = found
        case "blip":
            if let id = DOCXNames.relationships.lazy.compactMap({ tag.attribute("embed", namespace: $0) }).first {
                image?.target = relationships.byID[id].map { OfficeRelationships.resolve($0.target, from: folder) }
            }
        case "imagedata":
            if let id = DOCXNames.relationships.lazy.compactMap({ tag.attribute("id", namespace: $0) }).first {
                image?.target = relationships.byID[id].map { OfficeRelationships.resolve($0.target, from: folder) }
            }
            if let title = tag.attribute("title", namespace: "urn:schemas-microsoft-com:office:office"), !title.isEmpty {
                image?.title = title
            }
        case "shape":
            if let alt = tag.attribute("alt"), !alt.isEmpty { image?.description = alt }
        default: break
        }
    }

    private func flushImage() {
        guard let found = image else { return }
        image = nil
        guard isShowing, found.target != nil || !found.description.isEmpty || !found.title.isEmpty else { return }
        mutateParagraph { $0.images.append(found) }
    }
}
