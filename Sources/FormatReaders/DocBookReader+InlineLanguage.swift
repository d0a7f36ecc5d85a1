import PublicationCore
import XMLSource

/// Names and phrases of another language inside running text: `<foreignphrase xml:lang="de">`,
/// `<phrase xml:lang="tr">`, and any other DocBook inline element with an `xml:lang`.
extension DocBookReader {
    /// Inline elements that only mark their text and say nothing else: with an `xml:lang` of another
    /// language than the one around them they become ``Inline/foreign(language:element:_:)`` with their
    /// own name and children; in the language around them, their children.
    static let languageMarkingElements: Set<String> = ["foreignphrase", "phrase"]

    /// The element's inlines inside ``Inline/foreign(language:element:_:)`` when it carries an
    /// `xml:lang` other than the language around it, its inlines without that wrapper when the
    /// `xml:lang` names the language around it, otherwise `nil`.
    ///
    /// ```xml
    /// <para>… <foreignphrase xml:lang="de">Osnabrück</foreignphrase>'te …</para>
    /// ```
    /// gives `.foreign(language: de, element: "foreignphrase", [.text("Osnabrück")])` in a Turkish
    /// article. Another inline element with a language (`<emphasis xml:lang="de">`) keeps its meaning
    /// inside a `phrase`: `.foreign(language: de, element: "phrase", [.emphasis(…)])`. The language
    /// around a span is the document's, or inside another foreign span that span's; languages compare
    /// by their primary subtag. A span in that language is not foreign, as a Word run in the document's
    /// language is not: `<phrase xml:lang="de-AT">Wien</phrase>` in a German article is the text
    /// "Wien", and `<emphasis xml:lang="de">` there an emphasis. Footnotes and block elements met in
    /// running text keep their own rules.
    func foreignInlines(for element: DocBookElement, in parent: DocBookElement) -> [Inline]? {
        guard let name = element.docbookName, name != "footnote",
            !Self.blockElements.contains(name), !Self.containerElements.contains(name),
            let written = element.attribute("lang", namespace: XMLName.xmlNamespace)?.trimmingXMLWhitespace(),
            let language = LanguageTag(Self.normalizedLanguageTag(written))
        else { return nil }
        if let around = spanLanguage ?? self.language, language == around {
            if Self.languageMarkingElements.contains(name) { return inlines(from: element.children, in: element) }
            return inlinesIgnoringLanguage(for: element, in: parent)
        }
        let outer = spanLanguage
        spanLanguage = language
        defer { spanLanguage = outer }
        if Self.languageMarkingElements.contains(name) {
            return [.foreign(language: language, element: name, inlines(from: element.children, in: element))]
        }
        return [.foreign(language: language, element: "phrase", inlinesIgnoringLanguage(for: element, in: parent))]
    }
}
