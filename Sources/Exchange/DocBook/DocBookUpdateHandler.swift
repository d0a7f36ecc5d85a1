import XMLSource

/// The event handler behind ``DocBookUpdater``.
final class DocBookUpdateHandler: XMLEventWriter {
    private struct Frame {
        var name: XMLName
        var indent: String
        var after: [String] = []
        var afterTitle: [String] = []
        var append: [String] = []
        /// Replace the content of the first child with this local name.
        var childReplacement: (element: String, markup: String)?
        /// A quotation's new attribution, until its `<attribution>` or its first block starts.
        var attribution: String?
        var isInfo = false
    }

    let edit: DocBookEdit
    private(set) var found: Set<String> = []
    private var frames: [Frame] = []
    private var titlePending: String?
    /// The subtitle still to write: replacing the document's, or inserted after the info's title.
    private var subtitlePending: String?

    init(edit: DocBookEdit) {
        self.edit = edit
        titlePending = edit.title
        subtitlePending = edit.subtitle
        super.init()
    }

    override func startElement(_ tag: XMLStartTag) {
        if isSuppressing {
            super.startElement(tag)
            return
        }
        let name = tag.name
        let id = tag.attribute("id", namespace: XMLName.xmlNamespace)
        let indent = trailingWhitespace
        // The article's title.
        if let subtitle = subtitlePending, edit.replacesSubtitle, name.local == "subtitle",
            frames.count == 1 || (frames.count == 2 && frames[1].isInfo)
        {
            subtitlePending = nil
            replaceContent(tag, with: subtitle, indent: indent)
            return
        }
        if let title = titlePending {
            if frames.count == 1, name.local != "info", name.local != "title" {
                let subtitle = subtitlePending.map { "<subtitle>\($0)</subtitle>" } ?? ""
                subtitlePending = nil
                write("<info><title>\(title)</title>\(subtitle)</info>" + indent)
                titlePending = nil
            } else if name.local == "title", frames.count == 1 || (frames.count == 2 && frames[1].isInfo) {
                titlePending = nil
                replaceContent(tag, with: title, indent: indent)
                return
            }
        }
        if let id {
            for markup in edit.insertBefore[id] ?? [] {
                found.insert(id)
                write(markup + indent)
            }
            if let markups = edit.insertAfterParent[id], frames.count > 0 {
                found.insert(id)
                frames[frames.count - 1].after += markups
            }
        }
        // A quotation's attribution: its content replaced, or a new one before the first block.
        if let markup = frames.last?.attribution, name.local != "info", name.local != "title" {
            frames[frames.count - 1].attribution = nil
            if name.local == "attribution" {
                replaceContent(tag, with: markup, indent: indent)
                return
            }
            closeStartTag()
            write("<attribution>\(markup)</attribution>" + indent)
        }
        // The content of a child of an element being replaced.
        if let parent = frames.last, let replacement = parent.childReplacement, replacement.element == name.local {
            frames[frames.count - 1].childReplacement = nil
            replaceContent(tag, with: replacement.markup, indent: indent)
            return
        }
        var frame = Frame(name: name, indent: indent)
        frame.isInfo = name.local == "info" && frames.count == 1
        if let parent = frames.last, name.local == "title", !parent.afterTitle.isEmpty {
            frame.after = parent.afterTitle
            frames[frames.count - 1].afterTitle = []
        }
        if let id {
            if let markups = edit.insertAfter[id] { frame.after += markups; found.insert(id) }
            if let markups = edit.insertAfterTitle[id] { frame.afterTitle = markups; found.insert(id) }
            if let markups = edit.append[id] { frame.append = markups; found.insert(id) }
            if let markup = edit.attributions[id], name.local == "blockquote" { frame.attribution = markup; found.insert(id) }
            if let markup = edit.replacements[id] {
                found.insert(id)
                switch name.local {
                case "para", "simpara", "title", "phrase":
                    frames.append(frame)
                    super.startElement(tag)
                    closeStartTag()
                    write(markup)
                    suppressContent()
                    return
                case "listitem", "blockquote", "footnote":
                    frame.childReplacement = ("para", markup)
                default:
                    frame.childReplacement = ("title", markup)
                }
            }
        }
        frames.append(frame)
        super.startElement(tag)
    }

    private func replaceContent(_ tag: XMLStartTag, with markup: String, indent: String) {
        frames.append(Frame(name: tag.name, indent: indent))
        super.startElement(tag)
        closeStartTag()
        write(markup)
        suppressContent()
    }

    override func endElement(_ name: XMLName, line: Int, column: Int) {
        if endIsSuppressed {
            super.endElement(name, line: line, column: column)
            return
        }
        guard let frame = frames.popLast() else {
            super.endElement(name, line: line, column: column)
            return
        }
        if !frame.append.isEmpty {
            closeStartTag()
            write(frame.append.joined())
        }
        if frame.isInfo, let title = titlePending {
            let indent = trailingWhitespace
            write((indent.isEmpty ? "" : "  ") + "<title>\(title)</title>" + indent)
            titlePending = nil
        }
        if frame.isInfo, let subtitle = subtitlePending {
            let indent = trailingWhitespace
            write((indent.isEmpty ? "" : "  ") + "<subtitle>\(subtitle)</subtitle>" + indent)
            subtitlePending = nil
        }
        if frames.isEmpty {
            for markup in edit.insertAtEnd { write("  " + markup + trailingWhitespace) }
        }
        super.endElement(name, line: line, column: column)
        // A new subtitle goes right after the article's title, where DocBook wants it.
        if let subtitle = subtitlePending, !edit.replacesSubtitle, name.local == "title", frames.count == 2,
            frames[1].isInfo
        {
            write(frame.indent + "<subtitle>\(subtitle)</subtitle>")
            subtitlePending = nil
        }
        for markup in frame.after { write(frame.indent + markup) }
    }
}
