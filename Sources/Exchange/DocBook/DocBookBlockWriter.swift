public import PublicationCore

/// Writes blocks of an original as DocBook with translated texts: the original's structure and ids,
/// each text replaced by its translation; blocks without a translation are left out.
///
/// A section whose heading has no translation keeps its translated blocks, with an empty title and
/// without its id, so it still counts as missing.
public struct DocBookBlockWriter: Sendable {
    /// The translated markup of a block, by id, or `nil` when it has none.
    public var translation: @Sendable (String) -> String?

    /// Creates a writer.
    public init(translation: @escaping @Sendable (String) -> String?) {
        self.translation = translation
    }

    private func idAttribute(_ id: String?) -> String {
        id.map { " xml:id=\"\(XMLEscaping.attribute($0))\"" } ?? ""
    }

    /// The markup of a block, or `nil` when nothing in it is translated.
    public func markup(for block: Block, indent: String = "") -> String? {
        let inner = indent + "  "
        switch block {
        case .section(let section):
            let title = section.id.flatMap(translation)
            let children = section.blocks.compactMap { markup(for: $0, indent: inner) }
            guard title != nil || !children.isEmpty else { return nil }
            var text = "<section\(idAttribute(title == nil ? nil : section.id))>\n\(inner)"
            text += title.map { "<title>\($0)</title>" } ?? "<title/>"
            for child in children { text += "\n\(inner)" + child }
            return text + "\n\(indent)</section>"
        case .paragraph(let paragraph):
            guard let id = paragraph.id, let text = translation(id) else { return nil }
            return "<para\(idAttribute(id))>\(text)</para>"
        case .list(let list):
            let items = list.items.compactMap { item in listItem(item) }
            guard !items.isEmpty else { return nil }
            let element = list.isOrdered ? "orderedlist" : "itemizedlist"
            return "<\(element)\(idAttribute(list.id))>" + items.map { "\n\(inner)" + $0 }.joined() + "\n\(indent)</\(element)>"
        case .quote(let quote):
            guard let id = quote.id, let text = translation(id) else { return nil }
            let attribution = translation(TranslatableBlock.attributionID(id)).map { "<attribution>\($0)</attribution>" } ?? ""
            return "<blockquote\(idAttribute(id))>\(attribution)<para>\(text)</para></blockquote>"
        case .figure(let figure):
            guard let id = figure.id, let text = translation(id) else { return nil }
            // A figure without a title is its alternative text.
            let hasTitle = figure.hasTitle
            let alternativeText = hasTitle ? translation(TranslatableBlock.alternativeTextID(id)) : text
            let element = hasTitle ? "figure" : "informalfigure"
            var markup = "<\(element)\(idAttribute(id))>" + (hasTitle ? "<title>\(text)</title>" : "")
            if figure.imagePath != nil || alternativeText != nil {
                markup += "<mediaobject>"
                if let path = figure.imagePath {
                    markup += "<imageobject><imagedata fileref=\"\(XMLEscaping.attribute(path))\"/></imageobject>"
                }
                if let alternativeText { markup += "<textobject><phrase>\(alternativeText)</phrase></textobject>" }
                markup += "</mediaobject>"
            }
            return markup + "</\(element)>"
        }
    }

    /// The markup of one list item, or `nil` when it has no translation.
    public func listItem(_ item: ListItem) -> String? {
        if let id = item.id, let text = translation(id) {
            return "<listitem\(idAttribute(id))><para>\(text)</para></listitem>"
        }
        if item.id == nil, item.blocks.count == 1, case .paragraph(let paragraph) = item.blocks[0],
            let id = paragraph.id, let text = translation(id)
        {
            return "<listitem><para\(idAttribute(id))>\(text)</para></listitem>"
        }
        return nil
    }

    /// A whole article: the original's structure in the translation's language.
    ///
    /// - Parameters:
    ///   - original: the original document.
    ///   - language: the translation's language tag (`xml:lang`).
    public func article(for original: ContributionDocument, language: String) -> String {
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <article xmlns="\(DocBookMarkup.namespace)" xmlns:xlink="\(DocBookMarkup.xlinkNamespace)" version="5.0" xml:lang="\(XMLEscaping.attribute(language))"\(idAttribute(original.id))>
              <info>

            """
        text += "    " + (original.id.flatMap(translation).map { "<title>\($0)</title>" } ?? "<title/>") + "\n"
        if let subtitle = original.id.map(TranslatableBlock.subtitleID).flatMap(translation) {
            text += "    <subtitle>\(subtitle)</subtitle>\n"
        }
        // The byline: its authors up to the last one with a translated name or organisation, each at
        // the original author's position.
        if let articleID = original.id {
            var names: [Int: String] = [:], organisations: [Int: String] = [:]
            for index in original.info.authors.indices {
                names[index] = translation(TranslatableBlock.authorID(articleID, index))
                organisations[index] = translation(TranslatableBlock.organisationID(articleID, index))
            }
            for author in DocBookMarkup.authors(names: names, organisations: organisations, from: 0) {
                text += "    \(author)\n"
            }
        }
        let abstract = original.info.abstract.compactMap { markup(for: $0, indent: "      ") }
        if !abstract.isEmpty {
            text += "    <abstract>\n" + abstract.map { "      " + $0 + "\n" }.joined() + "    </abstract>\n"
        }
        text += "  </info>\n"
        for block in original.blocks {
            if let markup = markup(for: block, indent: "  ") { text += "\n  " + markup + "\n" }
        }
        return text + "</article>\n"
    }
}
