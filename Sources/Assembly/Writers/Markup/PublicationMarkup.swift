import PublicationCore

/// Arranges a publication's contributions in a layout, using a ``MarkupRenderer`` for the blocks.
///
/// Shared by the HTML page, the PDF's print page and the EPUB documents, so that the three outputs
/// show the same rows, marks and placeholders.
struct PublicationMarkup {
    let renderer: MarkupRenderer
    let layout: PublicationLayout
    /// Where links to a contribution point: `""` for one page, a file name in EPUB.
    var documentFor: (BilingualContribution, LanguageTag) -> String = { _, _ in "" }

    private var options: PublicationWriterOptions { renderer.options }

    static let languages: [LanguageTag] = [.german, .turkish]

    /// The anchor of a contribution's heading in `language`: `c-sisli-tr`.
    static func anchor(_ contribution: BilingualContribution, _ language: LanguageTag) -> String {
        "c-\(MarkupEscaping.slug(contribution.id))-\(language.code)"
    }

    // MARK: Title, contents, imprint

    /// The volume's title page: the title in both languages as one `h1`, subtitle, series, publisher, date.
    func titlePage(_ metadata: PublicationMetadata) -> String {
        var result = "<header class=\"title-page\">\n<h1 class=\"volume-title\">"
        result += Self.languages.map { "<span class=\"title-\($0.code)\"\(renderer.lang($0))>\(renderer.text(metadata.title[$0], in: $0))</span>" }
            .joined(separator: " ")
        result += "</h1>\n"
        for language in Self.languages {
            var lines: [String] = []
            if let subtitle = metadata.subtitle { lines.append("<p class=\"subtitle\">\(renderer.text(subtitle[language], in: language))</p>") }
            if let series = metadata.series {
                let number = metadata.number.map { " \(MarkupEscaping.text($0))" } ?? ""
                lines.append("<p class=\"series\">\(renderer.text(series[language], in: language))\(number)</p>")
            }
            if let publisher = metadata.publisher {
                lines.append("<p class=\"publisher\">\(renderer.text(publisher[language], in: language))</p>")
            }
            guard !lines.isEmpty else { continue }
            result += "<div class=\"title-details\"\(renderer.lang(language))>\n" + lines.joined(separator: "\n") + "\n</div>\n"
        }
        if let date = metadata.date {
            result += "<p class=\"date\"><time datetime=\"\(MarkupEscaping.attribute(date))\">\(MarkupEscaping.text(date))</time></p>\n"
        }
        return result + "</header>\n"
    }

    /// The table of contents in `language`: "Inhalt" or "İçindekiler", every contribution's title in that language.
    func tableOfContents(_ publication: BilingualPublication, in language: LanguageTag) -> String {
        let headingID = "toc-\(language.code)"
        var result = "<nav class=\"toc\"\(renderer.lang(language)) aria-labelledby=\"\(headingID)\">\n"
        result += "<h2 id=\"\(headingID)\"\(renderer.lang(language))>\(renderer.word(GeneratedWords.contents, in: language))</h2>\n"
        result += "<ol\(renderer.lang(language))>\n"
        for contribution in publication.contributions {
            let href = documentFor(contribution, language) + "#" + Self.anchor(contribution, language)
            let authors = contribution.authors[language].map(\.name).joined(separator: ", ")
            let byline = authors.isEmpty ? "" : " <span class=\"toc-authors\">\(renderer.text(authors, in: language))</span>"
            result += "<li class=\"part-\(contribution.part.rawValue)\"><a href=\"\(MarkupEscaping.attribute(href))\">"
                + "\(renderer.plain(contribution.title[language], language: language))</a>\(byline)</li>\n"
        }
        return result + "</ol>\n</nav>\n"
    }

    /// The imprint in both languages, if the metadata has one.
    func imprint(_ metadata: PublicationMetadata) -> String {
        guard let imprint = metadata.imprint else { return "" }
        var result = "<section class=\"imprint\" aria-labelledby=\"imprint-de\">\n"
        for language in Self.languages {
            result += "<div class=\"imprint-text\"\(renderer.lang(language))>\n"
            result += "<h2 id=\"imprint-\(language.code)\"\(renderer.lang(language))>\(renderer.word(GeneratedWords.imprint, in: language))</h2>\n"
            for line in imprint[language].split(separator: "\n", omittingEmptySubsequences: true) {
                result += "<p\(renderer.lang(language))>\(renderer.text(String(line), in: language))</p>\n"
            }
            result += "</div>\n"
        }
        return result + "</section>\n"
    }

    // MARK: Contributions

    /// One contribution in the layout (for ``PublicationLayout/sequentialVolumes``, see ``contribution(_:only:)``).
    func contribution(_ contribution: BilingualContribution) -> String {
        renderer.begin(contribution: contribution.id)
        switch layout {
        case .parallel: return parallel(contribution)
        case .interleaved: return interleaved(contribution)
        case .sequential: return sequential(contribution)
        case .sequentialVolumes: return self.contribution(contribution, only: contribution.originalLanguage)
        }
    }

    /// One contribution in one language only, as in the whole-volume-per-language layout.
    func contribution(_ contribution: BilingualContribution, only language: LanguageTag) -> String {
        renderer.begin(contribution: contribution.id)
        let anchor = Self.anchor(contribution, language)
        var result = "<article class=\"contribution \(versionClass(contribution, language))\" id=\"\(anchor)-article\"\(renderer.lang(language)) aria-labelledby=\"\(anchor)\">\n"
        result += heading(contribution, language)
        for (index, row) in contribution.rows.enumerated() {
            let side = self.side(row, language, contribution)
            guard !side.isEmpty else { continue }
            result += "<div class=\"block status-\(row.status.rawValue)\" data-row=\"\(index)\">\n\(side)</div>\n"
        }
        result += renderer.takeNotes(language)
        return result + "</article>\n"
    }

    private func versionClass(_ contribution: BilingualContribution, _ language: LanguageTag) -> String {
        language == contribution.originalLanguage ? "original" : "translation"
    }

    /// The heading of a contribution in `language`: `h2` with its anchor, authors, and the version label.
    private func heading(_ contribution: BilingualContribution, _ language: LanguageTag) -> String {
        let attributes = renderer.lang(language)
        var result = "<h2 id=\"\(Self.anchor(contribution, language))\"\(attributes)>"
            + renderer.inlines(contribution.title[language], language: language, list: language) + "</h2>\n"
        let authors = contribution.authors[language]
        if !authors.isEmpty {
            let names = authors.map { author in
                renderer.text(author.name, in: language)
                    + (author.organisation.map { ", <span class=\"organisation\">\(renderer.text($0, in: language))</span>" } ?? "")
            }
            result += "<p class=\"byline\"\(attributes)>\(names.joined(separator: "; "))</p>\n"
        }
        let label = language == contribution.originalLanguage ? GeneratedWords.original : GeneratedWords.translation
        result += "<p class=\"version-label\"\(attributes)>\(renderer.word(label, in: language))</p>\n"
        return result
    }

    private func parallel(_ contribution: BilingualContribution) -> String {
        let first = Self.anchor(contribution, contribution.originalLanguage)
        var result = "<article class=\"contribution parallel\" id=\"c-\(MarkupEscaping.slug(contribution.id))\" aria-labelledby=\"\(first)\">\n"
        result += "<div class=\"row heading-row\">\n"
        for language in Self.languages {
            result += "<div class=\"cell \(versionClass(contribution, language))\"\(renderer.lang(language))>\n"
                + heading(contribution, language) + "</div>\n"
        }
        result += "</div>\n"
        for (index, row) in contribution.rows.enumerated() {
            result += "<div class=\"row status-\(row.status.rawValue)\" data-row=\"\(index)\">\n"
            for language in Self.languages {
                result += "<div class=\"cell \(versionClass(contribution, language))\"\(renderer.lang(language))>\n"
                    + side(row, language, contribution) + "</div>\n"
            }
            result += "</div>\n"
        }
        let notes = Self.languages.map { renderer.takeNotes($0) }
        if notes.contains(where: { !$0.isEmpty }) {
            result += "<div class=\"row notes-row\">\n"
            for (language, note) in zip(Self.languages, notes) {
                result += "<div class=\"cell\"\(renderer.lang(language))>\n\(note)</div>\n"
            }
            result += "</div>\n"
        }
        return result + "</article>\n"
    }

    private func interleaved(_ contribution: BilingualContribution) -> String {
        let original = contribution.originalLanguage
        let translation = contribution.translationLanguage
        var result = "<article class=\"contribution interleaved\" id=\"c-\(MarkupEscaping.slug(contribution.id))\" aria-labelledby=\"\(Self.anchor(contribution, original))\">\n"
        result += "<div class=\"original\"\(renderer.lang(original))>\n" + heading(contribution, original) + "</div>\n"
        result += "<div class=\"translation\"\(renderer.lang(translation))>\n" + heading(contribution, translation) + "</div>\n"
        for (index, row) in contribution.rows.enumerated() {
            result += "<div class=\"pair status-\(row.status.rawValue)\" data-row=\"\(index)\">\n"
            let originalSide = side(row, original, contribution)
            if !originalSide.isEmpty {
                result += "<div class=\"original\"\(renderer.lang(original))>\n\(originalSide)</div>\n"
            }
            result += "<div class=\"translation\"\(renderer.lang(translation))>\n"
            if row.block(in: translation) != nil {
                result += "<p class=\"version-label\"\(renderer.lang(translation))>\(renderer.word(GeneratedWords.translation, in: translation))</p>\n"
            }
            result += side(row, translation, contribution) + "</div>\n</div>\n"
        }
        result += renderer.takeNotes(original) + renderer.takeNotes(translation)
        return result + "</article>\n"
    }

    private func sequential(_ contribution: BilingualContribution) -> String {
        var result = "<article class=\"contribution sequential\" id=\"c-\(MarkupEscaping.slug(contribution.id))\" aria-labelledby=\"\(Self.anchor(contribution, contribution.originalLanguage))\">\n"
        for language in [contribution.originalLanguage, contribution.translationLanguage] {
            result += "<section class=\"version \(versionClass(contribution, language))\"\(renderer.lang(language)) aria-labelledby=\"\(Self.anchor(contribution, language))\">\n"
            result += heading(contribution, language)
            for (index, row) in contribution.rows.enumerated() {
                let side = self.side(row, language, contribution)
                guard !side.isEmpty else { continue }
                result += "<div class=\"block status-\(row.status.rawValue)\" data-row=\"\(index)\">\n\(side)</div>\n"
            }
            result += renderer.takeNotes(language) + "</section>\n"
        }
        return result + "</article>\n"
    }

    // MARK: One side of a row

    /// What a row shows in `language`: its block with an editor's mark when asked for, or, where the
    /// translation is missing, the placeholder (and the original when the options say so). Empty when
    /// the original side of an addition has nothing.
    func side(_ row: AlignedRow, _ language: LanguageTag, _ contribution: BilingualContribution) -> String {
        if let block = row.block(in: language) {
            var result = renderer.block(block, language: language, depth: row.depth, list: language)
            if options.showsEditorMarks, language == contribution.translationLanguage,
                let mark = editorMark(row.status)
            {
                result += "<p class=\"editor-mark\"\(renderer.lang(language))>\(renderer.word(mark, in: language))</p>\n"
            }
            return result
        }
        guard language == contribution.translationLanguage,
            let original = row.block(in: contribution.originalLanguage)
        else { return "" }
        let originalLanguage = contribution.originalLanguage
        var result = "<div class=\"missing-translation\"\(renderer.lang(language))>\n"
        result += "<p class=\"placeholder\"\(renderer.lang(language))>\(renderer.word(GeneratedWords.translationFollows, in: language))</p>\n"
        if options.missingTranslation == .original {
            result += "<div class=\"original-fallback\"\(renderer.lang(originalLanguage))>\n"
            result += "<p class=\"version-label\"\(renderer.lang(language))>\(renderer.word(GeneratedWords.original, in: language))</p>\n"
            result += renderer.block(original, language: originalLanguage, depth: row.depth, list: language)
            result += "</div>\n"
        }
        return result + "</div>\n"
    }

    private func editorMark(_ status: AlignedRow.Status) -> Bilingual<String>? {
        switch status {
        case .outdated: GeneratedWords.outdated
        case .needsReview: GeneratedWords.needsReview
        case .translated, .missingTranslation, .addition: nil
        }
    }
}
