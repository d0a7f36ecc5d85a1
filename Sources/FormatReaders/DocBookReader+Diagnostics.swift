public import PublicationCore

/// The diagnostic codes of the DocBook contribution reader.
///
/// A DocBook root outside its namespace is reported by the loader as `docbook.namespace`
/// (see ``FormatReaderDiagnostics``).
public enum DocBookDiagnostics {
    /// Every code the DocBook reader emits.
    public static let catalog: [DiagnosticCatalog.Entry] = [
        .init("docbook.no-language", .warning,
            "The article has no xml:lang, so nobody knows whether it is the German or the Turkish side."),
        .init("docbook.other-language", .warning,
            "The article's xml:lang is neither German nor Turkish."),
        .init("docbook.duplicate-id", .error,
            "Two elements share one xml:id; the note names the line of the first."),
        .init("docbook.missing-alt", .warning,
            "A figure has no alternative text (alt or textobject/phrase): an accessibility failure."),
        .init("docbook.unsupported-element", .warning,
            "An element outside the subset Köprü reads; its text is kept as a paragraph or as running text."),
        .init("docbook.text-outside-paragraph", .warning,
            "Text stands directly in a section, list item or quote instead of in a <para>; it is kept as a paragraph."),
        .init("docbook.misplaced-title", .warning,
            "A second title, or a title where the contribution has no place for one; it is kept as a paragraph."),
    ]
}

/// How the DocBook reader words its reports.
extension DocBookReader {
    /// What became of the text of an element outside the subset.
    enum KeptAs {
        case paragraph, runningText, section, frontMatter
    }

    /// Reports an element outside the supported subset, saying what became of its text.
    func reportUnsupported(_ element: DocBookElement, keptAs: KeptAs, in parent: DocBookElement? = nil) {
        let name = element.qualifiedName
        let foreign = element.docbookName == nil && !element.name.namespace.isEmpty
            ? " (namespace \(element.name.namespace))" : ""
        let place = parent.map { " in <\($0.qualifiedName)>" } ?? ""
        let message: String
        let remedy: String
        switch keptAs {
        case .paragraph:
            message = "<\(name)>\(foreign)\(place) is not part of the DocBook subset Köprü reads; its text is kept as a paragraph"
            remedy = "use <para>, <section>, a list, <blockquote> or <figure> instead, or accept that it is published as plain text"
        case .runningText:
            message = "<\(name)>\(foreign)\(place) is not part of the DocBook subset Köprü reads; its text is kept as running text without markup"
            remedy = "use <emphasis>, <link> or <footnote> instead, or accept that it is published as plain text"
        case .section:
            message = "<\(name)> is read as a <section>; Köprü reads nested <section> elements only"
            remedy = "rename <\(name)> to <section>"
        case .frontMatter:
            message = "<\(name)>\(place) is not part of the front matter Köprü reads (title, subtitle, author, orgname, abstract); its text is kept apart from the body"
            remedy = "move the text into the abstract or the body if it belongs to the publication, or remove it"
        }
        context.report(.warning, "docbook.unsupported-element", message, remedy: remedy,
            line: element.line, column: element.column)
    }

    /// A short quotation of a text for messages: at most 40 characters.
    static func excerpt(_ text: String) -> String {
        let collapsed = text.collapsingXMLWhitespace()
        return collapsed.count <= 40 ? collapsed : String(collapsed.prefix(39)) + "…"
    }
}
