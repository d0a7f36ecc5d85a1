import PublicationCore

/// The web page's one-language view: a reader who reads German only (or Turkish only) hides the other
/// language's text with one choice, and no script.
///
/// Three radio buttons in a labelled group ("Sprache · Dil"): both languages (the default), German only,
/// Turkish only; each option's label is in its own language, so a screen reader announces it in the
/// right voice. The style sheet (``styles``) hides every block element of the other language with
/// `display: none`, which also takes it out of the accessibility tree, and lets the remaining column
/// fill the width. It selects with `:has()`; a browser without it shows both languages. Inline names of
/// the other language inside a paragraph (`<span lang="tr">Şişli</span>`) stay. The choice lasts while
/// the page is open, following links inside it included.
extension PublicationMarkup {
    /// The ids of the three radio buttons, by the language they keep (`nil`: both).
    static func languageViewID(_ language: LanguageTag?) -> String {
        "language-view-\(language?.code ?? "both")"
    }

    /// The control, for the web page only (the print page and the EPUB have none).
    func languageViewControl() -> String {
        guard renderer.flavor == .screen else { return "" }
        func option(_ language: LanguageTag?, _ label: String, checked: Bool = false) -> String {
            let id = Self.languageViewID(language)
            return "<input type=\"radio\" name=\"language-view\" id=\"\(id)\" value=\"\(language?.code ?? "both")\"\(checked ? " checked=\"checked\"" : "")/>"
                + "<label for=\"\(id)\">\(label)</label>\n"
        }
        let legend = "<span lang=\"de\">\(renderer.word(GeneratedWords.languageViewLegend, in: .german))</span> · "
            + "<span lang=\"tr\">\(renderer.word(GeneratedWords.languageViewLegend, in: .turkish))</span>"
        var result = "<section class=\"language-view-region\" aria-labelledby=\"language-view-legend\">\n"
        result += "<fieldset class=\"language-view\">\n<legend id=\"language-view-legend\">\(legend)</legend>\n"
        result += option(nil, "<span lang=\"de\">\(renderer.word(GeneratedWords.bothLanguages, in: .german))</span> · "
            + "<span lang=\"tr\">\(renderer.word(GeneratedWords.bothLanguages, in: .turkish))</span>", checked: true)
        for language in Self.languages {
            result += option(language, "<span lang=\"\(language.code)\">\(renderer.word(GeneratedWords.onlyLanguage, in: language))</span>")
        }
        return result + "</fieldset>\n</section>\n"
    }

    /// The rules behind the control: hide the other language's blocks, one column for what is left.
    static let languageViewStyles = """
        .language-view-region { margin: 1rem 0 0; }
        .language-view { border: 1px solid var(--rule); border-radius: 4px; padding: 0.3rem 0.8rem 0.5rem; margin: 0;
          display: flex; flex-wrap: wrap; gap: 0.3rem 1.25rem; align-items: center; font-size: 0.95rem; }
        .language-view legend { font-weight: bold; padding: 0 0.3rem; }
        .language-view label { cursor: pointer; margin-left: 0.3rem; }
        .language-view input { accent-color: var(--accent); }
        .language-view input:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
        body:has(#language-view-de:checked) :is(header, main, div, section, article, nav, aside, p, h1, h2, h3, h4, h5, h6,
          ol, ul, li, blockquote, figure, figcaption, table)[lang="tr"],
        body:has(#language-view-de:checked) .volume-title .title-tr,
        body:has(#language-view-tr:checked) :is(header, main, div, section, article, nav, aside, p, h1, h2, h3, h4, h5, h6,
          ol, ul, li, blockquote, figure, figcaption, table)[lang="de"],
        body:has(#language-view-tr:checked) .volume-title .title-de { display: none; }
        body:has(#language-view-tr:checked) .volume-title .title-tr { color: inherit; font-size: 1em; }
        body:has(.language-view input:not(#language-view-both):checked) :is(.row, .tocs, .imprint) { grid-template-columns: 1fr; }
        @media print { .language-view-region { display: none; } }

        """
}
