public import PublicationCore

/// The diagnostic codes of the DocBook contribution reader.
///
/// A DocBook root outside its namespace is reported by the loader as `docbook.namespace`
/// (see ``FormatReaderDiagnostics``).
public enum DocBookDiagnostics {
    /// `docbook.no-language`
    public static let noLanguage = DiagnosticCatalog.Entry(
        "docbook.no-language", .warning, "The article has no xml:lang, so nobody knows whether it is the German or the Turkish side.")
    /// `docbook.other-language`
    public static let otherLanguage = DiagnosticCatalog.Entry(
        "docbook.other-language", .warning, "The article's xml:lang is neither German nor Turkish.")
    /// `docbook.duplicate-id`
    public static let duplicateId = DiagnosticCatalog.Entry(
        "docbook.duplicate-id", .error, "Two elements share one xml:id; the note names the line of the first.")
    /// `docbook.missing-alt`
    public static let missingAlt = DiagnosticCatalog.Entry(
        "docbook.missing-alt", .warning, "A figure has no alternative text (alt or textobject/phrase): an accessibility failure.")
    /// `docbook.unsupported-element`
    public static let unsupportedElement = DiagnosticCatalog.Entry(
        "docbook.unsupported-element", .warning, "An element outside the subset Köprü reads; its text is kept as a paragraph or as running text.")
    /// `docbook.text-outside-paragraph`
    public static let textOutsideParagraph = DiagnosticCatalog.Entry(
        "docbook.text-outside-paragraph", .warning, "Text stands directly in a section, list item or quote instead of in a <para>; it is kept as a paragraph.")
    /// `docbook.misplaced-title`
    public static let misplacedTitle = DiagnosticCatalog.Entry(
        "docbook.misplaced-title", .warning, "A second title, or a title where the contribution has no place for one; it is kept as a paragraph.")

    /// Every code of this module.
    public static let catalog: [DiagnosticCatalog.Entry] = [
        noLanguage, otherLanguage, duplicateId, missingAlt, unsupportedElement, textOutsideParagraph, misplacedTitle,
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
        context.report(DocBookDiagnostics.unsupportedElement, message, remedy: remedy,
            line: element.line, column: element.column)
    }

    /// A short quotation of a text for messages: at most 40 characters.
    static func excerpt(_ text: String) -> String {
        let collapsed = text.collapsingXMLWhitespace()
        return collapsed.count <= 40 ? collapsed : String(collapsed.prefix(39)) + "…"
    }
}
