import PublicationCore
import XMLSource

/// From elements to blocks: the article, sections, paragraphs, lists, quotes and figures.
extension DocBookReader {
    /// Block elements that end a paragraph when they stand inside a `<para>`.
    static let blockElements: Set<String> = [
        "itemizedlist", "orderedlist", "blockquote", "figure", "informalfigure", "mediaobject",
        "literallayout", "programlisting",
    ]
    /// Elements kept character for character.
    static let verbatimElements: Set<String> = ["literallayout", "programlisting"]
    /// Older section elements, read as `<section>`.
    static let sectionLikeElements: Set<String> = ["sect1", "sect2", "sect3", "sect4", "sect5", "simplesect"]

    func makeDocument(from root: DocBookElement) -> ContributionDocument {
        var info = ContributionInfo()
        var body: [DocBookNode] = []
        for node in root.children {
            guard case .element(let element) = node else {
                body.append(node)
                continue
            }
            switch element.docbookName {
            case "info":
                readInfo(element, into: &info)
            case "title" where info.title.isEmpty:
                info.title = runningText(element)
            case "subtitle" where info.subtitle.isEmpty:
                info.subtitle = runningText(element)
            default:
                body.append(node)
            }
        }
        return ContributionDocument(language: language, id: root.xmlID, info: info,
            blocks: blocks(from: body, in: root), location: location(of: root))
    }

    // MARK: Containers

    /// The blocks of a container (article, section, list item, quote, footnote, abstract). Text and
    /// inline elements standing directly in it are gathered into paragraphs, with a warning.
    func blocks(from nodes: [DocBookNode], in parent: DocBookElement) -> [Block] {
        var result: [Block] = []
        var loose: [DocBookNode] = []
        for node in nodes {
            if case .element(let element) = node, !isInline(element) {
                result += looseParagraph(loose, in: parent)
                loose = []
                result += blocks(for: element, in: parent)
            } else {
                loose.append(node)
            }
        }
        result += looseParagraph(loose, in: parent)
        return result
    }

    /// The block or blocks one element becomes.
    func blocks(for element: DocBookElement, in parent: DocBookElement) -> [Block] {
        guard let name = element.docbookName else {
            reportUnsupported(element, keptAs: .paragraph, in: parent)
            return [keptParagraph(element)]
        }
        switch name {
        case "para", "simpara":
            return paragraphs(element)
        case "itemizedlist", "orderedlist":
            return list(element, isOrdered: name == "orderedlist")
        case "blockquote":
            return [quote(element)]
        case "figure", "informalfigure", "mediaobject":
            return figure(element)
        case "section":
            return [section(element)]
        case _ where Self.sectionLikeElements.contains(name):
            reportUnsupported(element, keptAs: .section)
            return [section(element)]
        case _ where Self.verbatimElements.contains(name):
            return [.paragraph(Paragraph(id: element.xmlID, content: inlines(from: element.children, in: element),
                originalElement: element.qualifiedName, location: location(of: element)))]
        case "title", "subtitle":
            return [misplacedTitle(element, in: parent)]
        default:
            reportUnsupported(element, keptAs: .paragraph, in: parent)
            return [keptParagraph(element)]
        }
    }

    /// Text and inline elements found outside a paragraph, as one paragraph; nothing for whitespace.
    func looseParagraph(_ nodes: [DocBookNode], in parent: DocBookElement) -> [Block] {
        let content = Self.normalized(inlines(from: nodes, in: parent))
        guard !content.isEmpty else { return [] }
        var position: (line: Int, column: Int)?
        for node in nodes where position == nil {
            switch node {
            case .text(let text): position = text.firstVisiblePosition
            case .element(let element): position = (element.line, element.column)
            }
        }
        let place = position ?? (parent.line, parent.column)
        context.report(DocBookDiagnostics.textOutsideParagraph,
            "the text \"\(Self.excerpt(content.plainText))\" stands directly in <\(parent.qualifiedName)>, outside a paragraph; it is kept as a paragraph",
            remedy: "wrap the text in <para>…</para>", line: place.line, column: place.column)
        return [.paragraph(Paragraph(content: content, location: context.location(line: place.line, column: place.column)))]
    }

    /// An element outside the subset, as a paragraph holding all its text.
    func keptParagraph(_ element: DocBookElement) -> Block {
        .paragraph(Paragraph(id: element.xmlID, content: runningText(element), originalElement: element.qualifiedName,
            location: location(of: element)))
    }

    /// A title where the model has no place for it, as a paragraph.
    func misplacedTitle(_ element: DocBookElement, in parent: DocBookElement) -> Block {
        let content = runningText(element)
        context.report(DocBookDiagnostics.misplacedTitle,
            "the <\(element.qualifiedName)> \"\(Self.excerpt(content.plainText))\" in <\(parent.qualifiedName)> has no place in a contribution; it is kept as a paragraph",
            remedy: "give <\(parent.qualifiedName)> one title at its start, or make this text a <para>",
            line: element.line, column: element.column)
        return .paragraph(Paragraph(id: element.xmlID, content: content, originalElement: element.qualifiedName,
            location: location(of: element)))
    }

    // MARK: Blocks

    /// A `<para>`: one paragraph, or several when lists, quotes or figures stand inside it.
    ///
    /// The first paragraph keeps the para's id and position, even when empty; the text after a block
    /// inside becomes a further paragraph without id.
    func paragraphs(_ element: DocBookElement) -> [Block] {
        var result: [Block] = []
        var run: [DocBookNode] = []
        var isFirst = true
        func flush() {
            let content = Self.normalized(inlines(from: run, in: element))
            if isFirst {
                result.append(.paragraph(Paragraph(id: element.xmlID, content: content, location: location(of: element))))
            } else if !content.isEmpty {
                var position = (line: element.line, column: element.column)
                if case .text(let text)? = run.first, let visible = text.firstVisiblePosition { position = visible }
                result.append(.paragraph(Paragraph(content: content,
                    location: context.location(line: position.line, column: position.column))))
            }
            isFirst = false
            run = []
        }
        for node in element.children {
            if case .element(let child) = node, let name = child.docbookName, Self.blockElements.contains(name) {
                flush()
                result += blocks(for: child, in: element)
            } else {
                run.append(node)
            }
        }
        flush()
        return result
    }

    func section(_ element: DocBookElement) -> Block {
        var title: [Inline]?
        var rest: [DocBookNode] = []
        var front: [Block] = []
        for node in element.children {
            guard case .element(let child) = node else {
                rest.append(node)
                continue
            }
            switch child.docbookName {
            case "title" where title == nil:
                title = runningText(child)
            case "info":
                for infoChild in child.elements {
                    if infoChild.docbookName == "title", title == nil {
                        title = runningText(infoChild)
                    } else {
                        front += blocks(for: infoChild, in: child)
                    }
                }
            default:
                rest.append(node)
            }
        }
        return .section(Section(id: element.xmlID, title: title ?? [], blocks: front + blocks(from: rest, in: element),
            location: location(of: element)))
    }

    /// A list. A title before it and anything else found in it become paragraphs around it.
    func list(_ element: DocBookElement, isOrdered: Bool) -> [Block] {
        var before: [Block] = []
        var others: [DocBookNode] = []
        var items: [ListItem] = []
        for node in element.children {
            guard case .element(let child) = node else {
                others.append(node)
                continue
            }
            switch child.docbookName {
            case "listitem":
                items.append(ListItem(id: child.xmlID, blocks: blocks(from: child.children, in: child),
                    location: location(of: child)))
            case "title" where items.isEmpty && before.isEmpty:
                before.append(misplacedTitle(child, in: element))
            default:
                others.append(node)
            }
        }
        let list = Block.list(ListBlock(id: element.xmlID, isOrdered: isOrdered, items: items,
            location: location(of: element)))
        return before + [list] + blocks(from: others, in: element)
    }

    func quote(_ element: DocBookElement) -> Block {
        var attribution: [Inline] = []
        var rest: [DocBookNode] = []
        for node in element.children {
            if case .element(let child) = node, child.docbookName == "attribution" {
                attribution += runningText(child)
            } else {
                rest.append(node)
            }
        }
        return .quote(Quote(id: element.xmlID, attribution: attribution, blocks: blocks(from: rest, in: element),
            location: location(of: element)))
    }

    /// A figure, an informal figure or a bare media object; what the figure cannot hold follows it
    /// as paragraphs.
    func figure(_ element: DocBookElement) -> [Block] {
        var figure = Figure(id: element.xmlID, location: location(of: element))
        var alt: String?
        var textAlternative: String?
        var after: [Block] = []

        func readMedia(_ media: DocBookElement) {
            for node in media.children {
                guard case .element(let child) = node else {
                    after += looseParagraph([node], in: media)
                    continue
                }
                switch child.docbookName {
                case "imageobject":
                    if figure.imagePath == nil,
                        let fileref = child.firstChild("imagedata")?.attribute("fileref")?.trimmingXMLWhitespace(),
                        !fileref.isEmpty
                    {
                        figure.imagePath = fileref
                    }
                case "alt":
                    if alt == nil { alt = Self.joinedText(child) }
                case "textobject":
                    if textAlternative == nil {
                        let text = Self.joinedText(child)
                        if !text.isEmpty { textAlternative = text }
                    }
                default:
                    after += blocks(for: child, in: media)
                }
            }
        }

        if element.docbookName == "mediaobject" {
            readMedia(element)
        } else {
            for node in element.children {
                guard case .element(let child) = node else {
                    after += looseParagraph([node], in: element)
                    continue
                }
                switch child.docbookName {
                case "title" where figure.title.isEmpty:
                    figure.title = runningText(child)
                case "info" where figure.title.isEmpty && child.firstChild("title") != nil:
                    figure.title = runningText(child.firstChild("title")!)
                case "mediaobject":
                    readMedia(child)
                case "alt":
                    if alt == nil { alt = Self.joinedText(child) }
                default:
                    after += blocks(for: child, in: element)
                }
            }
        }
        figure.alternativeText = [alt, textAlternative].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        if figure.alternativeText.isEmpty, element.isComplete {
            reportMissingAlternative(figure, element)
        }
        return [.figure(figure)] + after
    }

    private func reportMissingAlternative(_ figure: Figure, _ element: DocBookElement) {
        var name = "the \(element.docbookName == "mediaobject" ? "image" : "figure")"
        if let id = figure.id { name += " \"\(id)\"" }
        let title = figure.title.plainText
        if !title.isEmpty { name += " (\"\(Self.excerpt(title))\")" }
        if let path = figure.imagePath { name += " showing \(path)" }
        context.report(DocBookDiagnostics.missingAlt,
            "\(name) has no alternative text, so readers who cannot see the image learn nothing from it",
            remedy: "describe the image in <alt>…</alt> inside <mediaobject> (or in <textobject><phrase>…</phrase></textobject>); a publication without it fails accessibility requirements",
            line: element.line, column: element.column)
    }

    // MARK: Positions

    func location(of element: DocBookElement) -> SourceLocation {
        context.location(line: element.line, column: element.column)
    }
}
