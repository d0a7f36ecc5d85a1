import PublicationCore

/// Names and phrases of the other language inside a block.
extension MarkupRenderer {
    /// Inline content in `other` inside a block in `language`: a `<span lang="de">` (with `xml:lang` in
    /// EPUB) so that screen readers switch voice and hyphenation follows the name's language: the
    /// Turkish hyphenator leaves a German name in Turkish text alone, and the PDF engine hyphenates it,
    /// if at all, with German patterns. Without a span when the language is the block's own.
    ///
    /// ```swift
    /// // .foreign(language: .german, element: "foreignphrase", [.text("Osnabrück")]) in a Turkish paragraph
    /// // <span lang="de">Osnabrück</span>
    /// ```
    func foreign(_ children: [Inline], in other: LanguageTag, within language: LanguageTag, list: LanguageTag) -> String {
        guard other != language else { return inlines(children, language: language, list: list) }
        return "<span\(lang(other))>\(inlines(children, language: other, list: list))</span>"
    }
}
