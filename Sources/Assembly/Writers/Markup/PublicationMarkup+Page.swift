import PublicationCore

extension PublicationMarkup {
    /// A complete HTML5 page: head with the inline style sheet, skip link, title page, imprint (the
    /// back of the title page), tables of contents, contributions in the layout.
    func page(_ publication: BilingualPublication, styleSheet: String) -> String {
        let metadata = publication.metadata
        let title = MarkupEscaping.text("\(metadata.title.german) / \(metadata.title.turkish)")
        var result = """
            <!DOCTYPE html>
            <html lang="de">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <meta name="generator" content="Köprü"/>
            <title>\(title)</title>
            <style>
            \(styleSheet)</style>
            </head>
            <body class="layout-\(layout.rawValue)">
            <a class="skip-link" href="#main"><span lang="de">\(renderer.word(GeneratedWords.skipToContent, in: .german))</span> · <span lang="tr">\(renderer.word(GeneratedWords.skipToContent, in: .turkish))</span></a>

            """
        result += languageViewControl()
        result += titlePage(metadata)
        result += "<main id=\"main\">\n"
        result += imprint(metadata)
        result += body(publication)
        return result + "</main>\n</body>\n</html>\n"
    }

    /// The tables of contents and the contributions, in the layout.
    func body(_ publication: BilingualPublication) -> String {
        var result = ""
        if layout == .sequentialVolumes {
            for language in Self.languages {
                let title = MarkupEscaping.attribute(publication.metadata.title[language])
                result += "<div class=\"volume volume-\(language.code)\"\(renderer.lang(language)) data-volume-title=\"\(title)\">\n"
                result += tableOfContents(publication, in: language)
                for contribution in publication.contributions {
                    result += self.contribution(contribution, only: language)
                }
                result += "</div>\n"
            }
            return result
        }
        result += "<div class=\"tocs\">\n"
        for language in Self.languages {
            result += tableOfContents(publication, in: language)
        }
        result += "</div>\n"
        for contribution in publication.contributions {
            result += self.contribution(contribution)
        }
        return result
    }
}
