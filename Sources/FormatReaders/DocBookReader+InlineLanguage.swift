import PublicationCore
import XMLSource

/// Names and phrases of another language inside running text: `<foreignphrase xml:lang="de">`,
/// `<phrase xml:lang="tr">`, and any other DocBook inline element with an `xml:lang`.
extension DocBookReader {
    /// Inline elements that only mark their text and say nothing else: with an `xml:lang` they become
    /// ``Inline/foreign(language:element:_:)`` with their own name and children.
    static let languageMarkingElements: Set<String> = ["foreignphrase", "phrase"]

    /// The element's inlines inside ``Inline/foreign(language:element:_:)`` when it carries an
    /// `xml:lang`, otherwise `nil`.
    ///
    /// ```xml
    /// <para>… <foreignphrase xml:lang="de">Osnabrück</foreignphrase>'te …</para>
    /// ```
    /// gives `.foreign(language: de, element: "foreignphrase", [.text("Osnabrück")])`. Another inline
    /// element with a language (`<emphasis xml:lang="de">`) keeps its meaning inside a `phrase`:
    /// `.foreign(language: de, element: "phrase", [.emphasis(…)])`. Footnotes and block elements met in
    /// running text keep their own rules.
    func foreignInlines(for element: DocBookElement, in parent: DocBookElement) -> [Inline]? {
        guard let name = element.docbookName, name != "footnote",
            !Self.blockElements.contains(name), !Self.containerElements.contains(name),
            let written = element.attribute("lang", namespace: XMLName.xmlNamespace)?.trimmingXMLWhitespace(),
            let language = LanguageTag(Self.normalizedLanguageTag(written))
        else { return nil }
        if Self.languageMarkingElements.contains(name) {
            return [.foreign(language: language, element: name, inlines(from: element.children, in: element))]
        }
        return [.foreign(language: language, element: "phrase", inlinesIgnoringLanguage(for: element, in: parent))]
    }
}
