import PublicationCore

/// Runs in another language than the document's: a German name in a Turkish Word document.
extension DOCXBlockBuilder {
    /// The run's language when it is given (`w:lang w:val`) and differs from the document's: such runs
    /// become ``Inline/foreign(language:element:_:)`` (`phrase`), so that the name gets its own `lang`
    /// in the publication. A run that names the document's language, or none, is plain text.
    func otherLanguage(_ format: DOCXParagraph.Format) -> LanguageTag? {
        guard let written = format.language,
            let language = LanguageTag(DocBookReader.normalizedLanguageTag(written)),
            let document = documentLanguage, language != document
        else { return nil }
        return language
    }
}
