import Foundation
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

    /// The volume's title page: the title in both languages as one `h1`, then for each language its
    /// subtitle, series and number ("DStGB-Dokumentation Nr. 154"), publisher, place and localised date.
    /// Nothing on it is hyphenated.
    func titlePage(_ metadata: PublicationMetadata) -> String {
        renderer.withoutHyphenation {
            let page = renderer.page("title-page")
            var result = page.before + "<header class=\"title-page\"\(page.attribute)>\n<h1 class=\"volume-title\">"
            result += Self.languages.map { "<span class=\"title-\($0.code)\"\(renderer.lang($0))>\(renderer.text(metadata.title[$0], in: $0))</span>" }
                .joined(separator: " ")
            result += "</h1>\n"
            for language in Self.languages {
                var lines: [String] = []
                if let subtitle = metadata.subtitle { lines.append("<p class=\"subtitle\">\(renderer.text(subtitle[language], in: language))</p>") }
                if let series = metadata.series {
                    let line = metadata.number.map { GeneratedWords.seriesNumber(series[language], $0, in: language) } ?? series[language]
                    lines.append("<p class=\"series\">\(renderer.text(line, in: language))</p>")
                }
                if let publisher = metadata.publisher {
                    lines.append("<p class=\"publisher\">\(renderer.text(publisher[language], in: language))</p>")
                }
                let place = metadata.place.map { renderer.text($0[language], in: language) }
                let date = metadata.date.flatMap { iso in
                    GeneratedWords.date(iso, in: language).map {
                        "<time datetime=\"\(MarkupEscaping.attribute(iso))\">\(MarkupEscaping.text($0))</time>"
                    }
                }
                let placeAndDate = [place, date].compactMap { $0 }
                if !placeAndDate.isEmpty { lines.append("<p class=\"date\">\(placeAndDate.joined(separator: " · "))</p>") }
                guard !lines.isEmpty else { continue }
                result += "<div class=\"title-details title-details-\(language.code)\"\(renderer.lang(language))>\n"
                    + lines.joined(separator: "\n") + "\n</div>\n"
            }
            return result + "</header>\n"
        }
    }

    /// The table of contents in `language`: "Inhalt" or "İçindekiler", every contribution's title in that language.
    func tableOfContents(_ publication: BilingualPublication, in language: LanguageTag) -> String {
        let headingID = "toc-\(language.code)"
        let page = renderer.page(headingID)
        var result = page.before + "<nav class=\"toc\"\(renderer.lang(language))\(page.attribute) aria-labelledby=\"\(headingID)\">\n"
        result += "<h2 id=\"\(headingID)\"\(renderer.lang(language))>\(renderer.word(GeneratedWords.contents, in: language))</h2>\n"
        result += "<ol\(renderer.lang(language))>\n"
        for contribution in publication.contributions {
            let href = documentFor(contribution, language) + "#" + Self.anchor(contribution, language)
            // A name still to be translated is left out of the contents: it stands in the byline's placeholder.
            let authors = contribution.authors[language].map(\.name).filter { !$0.isEmpty }.joined(separator: ", ")
            let entry = renderer.withoutHyphenation {
                let byline = authors.isEmpty ? "" : " <span class=\"toc-authors\">\(renderer.text(authors, in: language))</span>"
                return "<a href=\"\(MarkupEscaping.attribute(href))\">\(renderer.plain(contribution.title[language], language: language))</a>\(byline)"
            }
            result += "<li class=\"part-\(contribution.part.rawValue)\">\(entry)</li>\n"
        }
        return result + "</ol>\n</nav>\n"
    }

    /// The imprint in both languages (the back of the title page): the manifest's imprint text, whose
    /// paragraphs are separated by blank lines, and the accessibility statement.
    func imprint(_ metadata: PublicationMetadata) -> String {
        let page = renderer.page("imprint")
        var result = page.before + "<section class=\"imprint\"\(page.attribute) aria-labelledby=\"imprint-de\">\n"
        for language in Self.languages {
            result += "<div class=\"imprint-text\"\(renderer.lang(language))>\n"
            result += "<h2 id=\"imprint-\(language.code)\"\(renderer.lang(language))>\(renderer.word(GeneratedWords.imprint, in: language))</h2>\n"
            for paragraph in Self.paragraphs(of: metadata.imprint?[language] ?? "") {
                result += "<p\(renderer.lang(language))>\(renderer.text(paragraph, in: language))</p>\n"
            }
            result += "<p class=\"accessibility\"\(renderer.lang(language))>\(renderer.word(GeneratedWords.accessibilityStatement, in: language))</p>\n"
            result += "</div>\n"
        }
        return result + "</section>\n"
    }

    /// The paragraphs of a plain text: separated by blank lines; the lines inside one are joined by spaces.
    static func paragraphs(of text: String) -> [String] {
        var paragraphs: [String] = []
        var current: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(trimmed)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        return paragraphs
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
        let page = renderer.page("\(anchor)-article")
        var result = page.before + "<article class=\"contribution \(versionClass(contribution, language))\" id=\"\(anchor)-article\"\(renderer.lang(language))\(page.attribute) aria-labelledby=\"\(anchor)\">\n"
        result += heading(contribution, language)
        for run in Self.runs(contribution.rows) {
            let side = self.side(run, language, contribution)
            guard !side.isEmpty else { continue }
            let rowPage = renderer.page("\(anchor)/r\(run.first)")
            result += rowPage.before + "<div class=\"block status-\(run.status.rawValue)\(run.kindClass)\" data-row=\"\(run.first)\"\(rowPage.attribute)>\n\(side)</div>\n"
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
        var result = renderer.withoutHyphenation {
            "<h2 id=\"\(Self.anchor(contribution, language))\"\(attributes)>"
                + renderer.inlines(contribution.title[language], language: language, list: language) + "</h2>\n"
        }
        if let subtitle = contribution.subtitle?[language] {
            result += renderer.withoutHyphenation {
                "<p class=\"contribution-subtitle\"\(attributes)>"
                    + renderer.inlines(subtitle, language: language, list: language) + "</p>\n"
            }
        }
        let authors = contribution.authors[language]
        if !authors.isEmpty {
            let names = renderer.withoutHyphenation {
                authors.indices.map { index in
                    let author = authors[index]
                    let original = contribution.authors[contribution.originalLanguage]
                    let source = index < original.count ? original[index] : author
                    // On the translation's side, an empty name or organisation where the original has one
                    // is still to be translated: the placeholder stands there (once for an author with neither).
                    let isTranslation = language == contribution.translationLanguage
                    let pending = bylinePlaceholder(language)
                    let nameMissing = isTranslation && author.name.isEmpty && !source.name.isEmpty
                    let organisationMissing = isTranslation && author.organisation?.isEmpty == true
                        && !(source.organisation ?? "").isEmpty
                    if nameMissing, organisationMissing || author.organisation == nil { return pending }
                    var parts: [String] = []
                    if nameMissing { parts.append(pending) } else if !author.name.isEmpty {
                        parts.append(renderer.text(author.name, in: language))
                    }
                    if organisationMissing {
                        parts.append("<span class=\"organisation\">\(pending)</span>")
                    } else if let organisation = author.organisation, !organisation.isEmpty {
                        parts.append("<span class=\"organisation\">\(renderer.text(organisation, in: language))</span>")
                    }
                    return parts.joined(separator: ", ")
                }.filter { !$0.isEmpty }.joined(separator: "; ")
            }
            if !names.isEmpty { result += "<p class=\"byline\"\(attributes)>\(names)</p>\n" }
        }
        let label = language == contribution.originalLanguage ? GeneratedWords.original : GeneratedWords.translation
        result += "<p class=\"version-label\"\(attributes)>\(renderer.word(label, in: language))</p>\n"
        return result
    }

    /// What stands in a byline for a name or organisation without a translation: the reader's quiet
    /// words, or the editor's marked placeholder.
    private func bylinePlaceholder(_ language: LanguageTag) -> String {
        options.edition == .editor
            ? "<span class=\"placeholder-mark\"\(renderer.lang(language))>\(renderer.word(GeneratedWords.translationFollows, in: language))</span>"
            : "<span class=\"translation-pending\"\(renderer.lang(language))>\(renderer.word(GeneratedWords.translationFollows, in: language))</span>"
    }

    private func parallel(_ contribution: BilingualContribution) -> String {
        let first = Self.anchor(contribution, contribution.originalLanguage)
        let key = "c-\(MarkupEscaping.slug(contribution.id))"
        let page = renderer.page(key)
        var result = page.before + "<article class=\"contribution parallel\" id=\"\(key)\"\(page.attribute) aria-labelledby=\"\(first)\">\n"
        result += "<div class=\"row heading-row\">\n"
        for language in Self.languages {
            result += "<div class=\"cell \(versionClass(contribution, language))\"\(renderer.lang(language))>\n"
                + heading(contribution, language) + "</div>\n"
        }
        result += "</div>\n"
        for run in Self.runs(contribution.rows) {
            let rowPage = renderer.page("\(key)/r\(run.first)")
            result += rowPage.before + "<div class=\"row status-\(run.status.rawValue)\(run.kindClass)\" data-row=\"\(run.first)\"\(rowPage.attribute)>\n"
            for language in Self.languages {
                result += "<div class=\"cell \(versionClass(contribution, language))\"\(renderer.lang(language))>\n"
                    + side(run, language, contribution) + "</div>\n"
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
        let key = "c-\(MarkupEscaping.slug(contribution.id))"
        let page = renderer.page(key)
        var result = page.before + "<article class=\"contribution interleaved\" id=\"\(key)\"\(page.attribute) aria-labelledby=\"\(Self.anchor(contribution, original))\">\n"
        result += "<div class=\"original\"\(renderer.lang(original))>\n" + heading(contribution, original) + "</div>\n"
        result += "<div class=\"translation\"\(renderer.lang(translation))>\n" + heading(contribution, translation) + "</div>\n"
        for run in Self.runs(contribution.rows) {
            let rowPage = renderer.page("\(key)/r\(run.first)")
            result += rowPage.before + "<div class=\"pair status-\(run.status.rawValue)\(run.kindClass)\" data-row=\"\(run.first)\"\(rowPage.attribute)>\n"
            let originalSide = side(run, original, contribution)
            if !originalSide.isEmpty {
                result += "<div class=\"original\"\(renderer.lang(original))>\n\(originalSide)</div>\n"
            }
            result += "<div class=\"translation\"\(renderer.lang(translation))>\n"
            if run.rows.contains(where: { $0.block(in: translation) != nil }) {
                result += "<p class=\"version-label\"\(renderer.lang(translation))>\(renderer.word(GeneratedWords.translation, in: translation))</p>\n"
            }
            result += side(run, translation, contribution) + "</div>\n</div>\n"
        }
        result += renderer.takeNotes(original) + renderer.takeNotes(translation)
        return result + "</article>\n"
    }

    private func sequential(_ contribution: BilingualContribution) -> String {
        let key = "c-\(MarkupEscaping.slug(contribution.id))"
        let page = renderer.page(key)
        var result = page.before + "<article class=\"contribution sequential\" id=\"\(key)\"\(page.attribute) aria-labelledby=\"\(Self.anchor(contribution, contribution.originalLanguage))\">\n"
        for language in [contribution.originalLanguage, contribution.translationLanguage] {
            result += "<section class=\"version \(versionClass(contribution, language))\"\(renderer.lang(language)) aria-labelledby=\"\(Self.anchor(contribution, language))\">\n"
            result += heading(contribution, language)
            for run in Self.runs(contribution.rows) {
                let side = self.side(run, language, contribution)
                guard !side.isEmpty else { continue }
                let rowPage = renderer.page("\(Self.anchor(contribution, language))/r\(run.first)")
                result += rowPage.before + "<div class=\"block status-\(run.status.rawValue)\(run.kindClass)\" data-row=\"\(run.first)\"\(rowPage.attribute)>\n\(side)</div>\n"
            }
            result += renderer.takeNotes(language) + "</section>\n"
        }
        return result + "</article>\n"
    }

    // MARK: One side of a row

    /// What a run of rows shows in `language`: one row's block, or, for the items of one list, one
    /// list element whose items are the rows (so numbering runs on and screen readers hear one list).
    func side(_ run: RowRun, _ language: LanguageTag, _ contribution: BilingualContribution) -> String {
        guard let list = run.list else { return side(run.rows[0], language, contribution) }
        let element = list.isOrdered ? "ol" : "ul"
        var items = ""
        for row in run.rows {
            if case .list(let block) = row.block(in: language) {
                var rendered = renderer.listItems(block, language: language, depth: row.depth, list: language,
                    itemClass: "status-\(row.status.rawValue)")
                let mark = editorMark(row, language, contribution)
                if !mark.isEmpty, rendered.hasSuffix("</li>\n") {
                    rendered = String(rendered.dropLast(6)) + mark + "</li>\n"
                }
                items += rendered
            } else if language == contribution.translationLanguage, let original = row.block(in: contribution.originalLanguage) {
                items += "<li class=\"status-\(row.status.rawValue)\">" + missingItem(original, row, language, contribution) + "</li>\n"
            }
        }
        return items.isEmpty ? "" : "<\(element)\(renderer.lang(language))>\n\(items)</\(element)>\n"
    }

    /// What a row shows in `language`: its block with an editor's mark in the editor's edition, or,
    /// where the translation is missing, the placeholder. Empty when the original side of an addition
    /// has nothing.
    func side(_ row: AlignedRow, _ language: LanguageTag, _ contribution: BilingualContribution) -> String {
        if let block = row.block(in: language) {
            return renderer.block(block, language: language, depth: row.depth, list: language)
                + editorMark(row, language, contribution)
        }
        guard language == contribution.translationLanguage,
            let original = row.block(in: contribution.originalLanguage)
        else { return "" }
        return missing(original, row, language, contribution)
    }

    /// The place of a missing translation. The reader's edition has one quiet line in the reader's
    /// language; the editor's edition a framed placeholder, followed by the original when the options
    /// ask for it and the layout does not already show the original beside it (never twice on a page).
    private func missing(_ original: Block, _ row: AlignedRow, _ language: LanguageTag, _ contribution: BilingualContribution) -> String {
        guard options.edition == .editor else {
            return "<p class=\"translation-pending\"\(renderer.lang(language))>\(renderer.word(GeneratedWords.translationPending, in: language))</p>\n"
        }
        var result = "<div class=\"missing-translation\"\(renderer.lang(language))>\n"
        result += "<p class=\"placeholder\"\(renderer.lang(language))>\(renderer.word(GeneratedWords.translationFollows, in: language))</p>\n"
        result += originalFallback(original, row, language, contribution)
        return result + "</div>\n"
    }

    /// The original under the editor's placeholder, labelled, where the layout does not show it
    /// alongside and the manifest asks for it (`missing-translation: original`); else nothing.
    private func originalFallback(_ original: Block, _ row: AlignedRow, _ language: LanguageTag,
        _ contribution: BilingualContribution) -> String
    {
        guard options.missingTranslation == .original, layout != .parallel, layout != .interleaved else { return "" }
        let originalLanguage = contribution.originalLanguage
        var result = "<div class=\"original-fallback\"\(renderer.lang(originalLanguage))>\n"
        result += "<p class=\"version-label\"\(renderer.lang(language))>\(renderer.word(GeneratedWords.original, in: language))</p>\n"
        result += renderer.block(original, language: originalLanguage, depth: row.depth, list: language)
        return result + "</div>\n"
    }

    /// The place of a missing list item: the reader's quiet line, or in the editor's edition the
    /// placeholder as a marked phrase on the item's own line (a box would push it below the bullet),
    /// followed by the original where the layout does not show it alongside (`missing-translation: original`).
    private func missingItem(_ original: Block, _ row: AlignedRow, _ language: LanguageTag, _ contribution: BilingualContribution) -> String {
        guard options.edition == .editor else { return missing(original, row, language, contribution) }
        let fallback = originalFallback(original, row, language, contribution)
        return "<span class=\"placeholder-mark\"\(renderer.lang(language))>\(renderer.word(GeneratedWords.translationFollows, in: language))</span>"
            + (fallback.isEmpty ? "" : "\n" + fallback)
    }

    /// The editor's mark under a translated block: needs review, or outdated with what changed.
    private func editorMark(_ row: AlignedRow, _ language: LanguageTag, _ contribution: BilingualContribution) -> String {
        guard options.edition == .editor, language == contribution.translationLanguage else { return "" }
        let attributes = renderer.lang(language)
        switch row.status {
        case .needsReview:
            return "<p class=\"editor-mark\"\(attributes)>\(renderer.word(GeneratedWords.needsReview, in: language))</p>\n"
        case .outdated:
            let changed = row.segmentIDs(in: contribution.originalLanguage)
            let detail = changed.isEmpty ? "" : " <span class=\"editor-detail\">\(renderer.word(GeneratedWords.outdatedDetail, in: language)) "
                + changed.map(MarkupEscaping.text).joined(separator: ", ") + "</span>"
            return "<p class=\"editor-mark\"\(attributes)>\(renderer.word(GeneratedWords.outdated, in: language))\(detail)</p>\n"
        case .translated, .missingTranslation, .addition:
            return ""
        }
    }

    // MARK: Runs of rows

    /// One row, or the consecutive rows holding the items of one list.
    struct RowRun {
        var first: Int
        var rows: [AlignedRow]
        /// The list the rows' items belong to (its first row's list block), or `nil` for another block.
        var list: ListBlock?

        /// The status shown on the run: the first status that is not "translated".
        var status: AlignedRow.Status { rows.first { $0.status != .translated }?.status ?? rows[0].status }

        /// ` list-row` for a list, ` section-row` for a section heading, otherwise empty.
        var kindClass: String {
            if list != nil { return " list-row" }
            if case .section = rows[0].german ?? rows[0].turkish { return " section-row" }
            return ""
        }
    }

    /// The rows in runs: consecutive rows whose blocks are lists of the same kind at the same depth form
    /// one run (pairing splits a list into one row per item); every other row is a run of its own.
    static func runs(_ rows: [AlignedRow]) -> [RowRun] {
        func list(_ row: AlignedRow) -> ListBlock? {
            if case .list(let list) = row.german ?? row.turkish { return list }
            return nil
        }
        var runs: [RowRun] = []
        for (index, row) in rows.enumerated() {
            let rowList = list(row)
            if let rowList, let last = runs.last, let lastList = last.list,
                lastList.isOrdered == rowList.isOrdered, last.rows[0].depth == row.depth
            {
                runs[runs.count - 1].rows.append(row)
            } else {
                runs.append(RowRun(first: index, rows: [row], list: rowList))
            }
        }
        return runs
    }
}
