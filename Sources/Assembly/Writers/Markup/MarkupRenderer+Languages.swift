import PublicationCore

/// Names and phrases of the other language inside a block.
extension MarkupRenderer {
    /// Inline content in `other` inside a block in `language`: a `<span lang="de">` (with `xml:lang` in
    /// EPUB) so that screen readers switch voice. In print such a name is not hyphenated at all: no
    /// soft hyphens from the Turkish hyphenator, and the print style sheet's `hyphens: none` keeps the
    /// engine's German patterns off it (a name reads as one word; and the engine cannot keep a hyphen
    /// from falling before a page turn). Without a span when the language is the block's own.
    ///
    /// ```swift
    /// // .foreign(language: .german, element: "foreignphrase", [.text("Osnabrück")]) in a Turkish paragraph
    /// // <span lang="de">Osnabrück</span>
    /// ```
    func foreign(_ children: [Inline], in other: LanguageTag, within language: LanguageTag, list: LanguageTag) -> String {
        guard other != language else { return inlines(children, language: language, list: list) }
        return "<span\(lang(other))>\(withoutHyphenation { inlines(children, language: other, list: list) })</span>"
    }
}
