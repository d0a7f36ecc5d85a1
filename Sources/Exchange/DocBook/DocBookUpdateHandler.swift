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
        /// A figure's new alternative text, until its `phrase` or `alt` starts or its `mediaobject` ends.
        var alternativeText: String?
        /// For an `<author>` of the article's `<info>`: its position in the byline.
        var authorIndex: Int?
        /// Whether the author's name (`personname`, or an `orgname` as its name) has started.
        var authorHasName = false
        var isInfo = false
    }

    let edit: DocBookEdit
    private(set) var found: Set<String> = []
    private var frames: [Frame] = []
    private var titlePending: String?
    /// The subtitle still to write: replacing the document's, or inserted after the info's title.
    private var subtitlePending: String?
    /// The byline's names and organisations still to write, by the author's position.
    private var namesPending: [Int: String]
    private var organisationsPending: [Int: String]
    /// How many authors of the article's `<info>` have started.
    private var authorsSeen = 0
    private var infoSeen = false
    /// Set when the root binds DocBook to a prefix (`<db:article xmlns:db=…>`) or XLink to another prefix
    /// than `xlink` (or to none): what is inserted takes the document's prefixes.
    private var prefixWriter: DocBookPrefixWriter?

    init(edit: DocBookEdit) {
        self.edit = edit
        titlePending = edit.title
        subtitlePending = edit.subtitle
        namesPending = edit.authorNames
        organisationsPending = edit.authorOrganisations
        super.init()
    }

    override func startElement(_ tag: XMLStartTag) {
        if isSuppressing {
            super.startElement(tag)
            return
        }
        let name = tag.name
        if frames.isEmpty, depth == 0 { prefixWriter = DocBookPrefixWriter.forRoot(tag) }
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
                insert("<info><title>\(title)</title>\(subtitle)\(pendingAuthors())</info>" + indent)
                titlePending = nil
                infoSeen = true
            } else if name.local == "title", frames.count == 1 || (frames.count == 2 && frames[1].isInfo) {
                titlePending = nil
                replaceContent(tag, with: title, indent: indent)
                return
            }
        }
        // An article without <info> gets one for its byline before its first block.
        if frames.count == 1, !infoSeen, !["info", "title", "subtitle", "titleabbrev"].contains(name.local),
            !namesPending.isEmpty || !organisationsPending.isEmpty
        {
            infoSeen = true
            closeStartTag()
            insert("<info>\(pendingAuthors())</info>" + indent)
        }
        // A figure's alternative text: the phrase (or paragraph) of its textobject, or its alt.
        if let owner = frames.lastIndex(where: { $0.alternativeText != nil }),
            name.local == "alt" || (["phrase", "para", "simpara"].contains(name.local) && frames.last?.name.local == "textobject"),
            let markup = frames[owner].alternativeText
        {
            frames[owner].alternativeText = nil
            replaceContent(tag, with: markup, indent: indent)
            return
        }
        // The byline, read as the reader reads it: the author's first personname or orgname is its name
        // (a corporate author is an orgname alone); its organisation is affiliation/orgname, or an
        // orgname after the personname.
        var isName = false
        if let index = frames.last?.authorIndex, name.local == "personname" || name.local == "orgname",
            !(frames.last?.authorHasName ?? true)
        {
            frames[frames.count - 1].authorHasName = true
            isName = true
            if let markup = namesPending.removeValue(forKey: index) {
                replaceContent(tag, with: markup, indent: indent)
                return
            }
        }
        if name.local == "orgname", !isName, frames.count >= 2,
            let index = frames[frames.count - 1].name.local == "affiliation" ? frames[frames.count - 2].authorIndex
                : frames[frames.count - 1].authorIndex,
            let markup = organisationsPending.removeValue(forKey: index)
        {
            replaceContent(tag, with: markup, indent: indent)
            return
        }
        if let id {
            for markup in edit.insertBefore[id] ?? [] {
                found.insert(id)
                insert(markup + indent)
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
            insert("<attribution>\(markup)</attribution>" + indent)
        }
        // The content of a child of an element being replaced.
        if let parent = frames.last, let replacement = parent.childReplacement, replacement.element == name.local {
            frames[frames.count - 1].childReplacement = nil
            replaceContent(tag, with: replacement.markup, indent: indent)
            return
        }
        var frame = Frame(name: name, indent: indent)
        frame.isInfo = name.local == "info" && frames.count == 1
        if frame.isInfo { infoSeen = true }
        if name.local == "author", frames.count >= 2, frames[1].isInfo {
            frame.authorIndex = authorsSeen
            authorsSeen += 1
        }
        if let parent = frames.last, name.local == "title", !parent.afterTitle.isEmpty {
            frame.after = parent.afterTitle
            frames[frames.count - 1].afterTitle = []
        }
        if let id {
            if let markups = edit.insertAfter[id] { frame.after += markups; found.insert(id) }
            if let markups = edit.insertAfterTitle[id] { frame.afterTitle = markups; found.insert(id) }
            if let markups = edit.append[id] { frame.append = markups; found.insert(id) }
            if let markup = edit.attributions[id], name.local == "blockquote" { frame.attribution = markup; found.insert(id) }
            if let markup = edit.alternativeTexts[id], ["figure", "informalfigure", "mediaobject"].contains(name.local) {
                frame.alternativeText = markup
                found.insert(id)
            }
            if let markup = edit.replacements[id] {
                found.insert(id)
                switch name.local {
                case "para", "simpara", "title", "phrase":
                    frames.append(frame)
                    super.startElement(tag)
                    closeStartTag()
                    insert(markup)
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

    /// Writes markup made for the default DocBook namespace and `xlink`, with the document's prefixes.
    private func insert(_ markup: String) {
        write(prefixWriter?.markup(markup) ?? markup)
    }

    /// New `<author>` elements for the byline's positions the document does not have yet.
    private func pendingAuthors() -> String {
        defer {
            namesPending = [:]
            organisationsPending = [:]
        }
        // After the document's own authors, each at the original author's position.
        return DocBookMarkup.authors(names: namesPending, organisations: organisationsPending, from: authorsSeen).joined()
    }

    private func replaceContent(_ tag: XMLStartTag, with markup: String, indent: String) {
        frames.append(Frame(name: tag.name, indent: indent))
        super.startElement(tag)
        closeStartTag()
        insert(markup)
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
            insert(frame.append.joined())
        }
        // An alternative text with no place yet: a textobject at the end of the figure's mediaobject, or
        // a mediaobject at the end of the figure.
        if name.local == "mediaobject", let owner = frames.lastIndex(where: { $0.alternativeText != nil }),
            let markup = frames[owner].alternativeText
        {
            frames[owner].alternativeText = nil
            closeStartTag()
            insert("<textobject><phrase>\(markup)</phrase></textobject>")
        }
        if let markup = frame.alternativeText {
            closeStartTag()
            // A mediaobject that is the figure itself gets the textobject; a figure gets a mediaobject.
            insert(name.local == "mediaobject" ? "<textobject><phrase>\(markup)</phrase></textobject>"
                : "<mediaobject><textobject><phrase>\(markup)</phrase></textobject></mediaobject>")
        }
        if let index = frame.authorIndex {
            if let markup = namesPending.removeValue(forKey: index) {
                closeStartTag()
                insert("<personname>\(markup)</personname>")
            }
            if let markup = organisationsPending.removeValue(forKey: index) {
                closeStartTag()
                insert("<affiliation><orgname>\(markup)</orgname></affiliation>")
            }
        }
        if frame.isInfo, !namesPending.isEmpty || !organisationsPending.isEmpty {
            closeStartTag()
            insert(pendingAuthors())
        }
        if frame.isInfo, let title = titlePending {
            let indent = trailingWhitespace
            insert((indent.isEmpty ? "" : "  ") + "<title>\(title)</title>" + indent)
            titlePending = nil
        }
        if frame.isInfo, let subtitle = subtitlePending {
            let indent = trailingWhitespace
            insert((indent.isEmpty ? "" : "  ") + "<subtitle>\(subtitle)</subtitle>" + indent)
            subtitlePending = nil
        }
        if frames.isEmpty {
            for markup in edit.insertAtEnd { insert("  " + markup + trailingWhitespace) }
        }
        super.endElement(name, line: line, column: column)
        // A new subtitle goes right after the article's title, where DocBook wants it.
        if let subtitle = subtitlePending, !edit.replacesSubtitle, name.local == "title", frames.count == 2,
            frames[1].isInfo
        {
            insert(frame.indent + "<subtitle>\(subtitle)</subtitle>")
            subtitlePending = nil
        }
        for markup in frame.after { insert(frame.indent + markup) }
    }
}
