import Foundation
public import PublicationCore

extension EPUBWriter {
    /// One XHTML document of the book.
    struct Document {
        var id: String
        var fileName: String
        var language: LanguageTag
        var title: String
        var body: String
    }

    /// Every entry of the container, `mimetype` first: what ``write(_:layout:to:)`` zips.
    public func entries(for publication: BilingualPublication, layout: PublicationLayout) -> [Entry] {
        entries(for: publication, layout: layout, allowedPages: pageMap.map { _ in pagesInReadingOrder(publication, layout: layout) })
    }

    /// The entries, marking only `allowedPages` (`nil`: every page that begins with an element).
    func entries(for publication: BilingualPublication, layout: PublicationLayout, allowedPages: Set<Int>?) -> [Entry] {
        var images: [(id: String, path: String, mediaType: String, data: Data)] = []
        var imagePaths: [String: String] = [:]
        let renderer = MarkupRenderer(flavor: .ebook, options: options) { figure in
            guard let file = ImageResource.file(for: figure, in: options.resourceDirectory),
                let mediaType = ImageResource.mediaType(of: file)
            else { return nil }
            if let known = imagePaths[file.path] { return known }
            guard let data = try? Data(contentsOf: file) else { return nil }
            let path = "images/\(images.count + 1)-\(MarkupEscaping.slug(file.deletingPathExtension().lastPathComponent)).\(file.pathExtension.lowercased())"
            images.append((id: "img-\(images.count + 1)", path: path, mediaType: mediaType, data: data))
            imagePaths[file.path] = path
            return path
        }
        renderer.pageStarts = pageMap?.pageByKey ?? [:]
        renderer.allowedPages = allowedPages
        var pageTargets: [(page: Int, fileName: String)] = []
        var markup = PublicationMarkup(renderer: renderer, layout: layout)
        markup.documentFor = { contribution, language in
            Self.documentName(contribution, language: language, layout: layout)
        }

        let metadata = publication.metadata
        var documents: [Document] = []
        documents.append(Document(id: "title", fileName: "title.xhtml", language: .german,
            title: "\(metadata.title.german) / \(metadata.title.turkish)",
            body: markup.titlePage(metadata) + PublicationMarkup.languages.map { markup.tableOfContents(publication, in: $0) }.joined()))
        if layout == .sequentialVolumes {
            for language in PublicationMarkup.languages {
                for contribution in publication.contributions {
                    documents.append(Document(
                        id: "c-\(MarkupEscaping.slug(contribution.id))-\(language.code)",
                        fileName: Self.documentName(contribution, language: language, layout: layout),
                        language: language, title: contribution.title[language].plainText,
                        body: Self.promotingHeadings(markup.contribution(contribution, only: language))))
                }
            }
        } else {
            for contribution in publication.contributions {
                let language = contribution.originalLanguage
                documents.append(Document(
                    id: "c-\(MarkupEscaping.slug(contribution.id))",
                    fileName: Self.documentName(contribution, language: language, layout: layout),
                    language: language, title: contribution.title[language].plainText,
                    body: Self.promotingHeadings(markup.contribution(contribution))))
            }
        }
        documents.append(Document(id: "imprint", fileName: "imprint.xhtml", language: .german,
            title: "\(GeneratedWords.imprint.german) / \(GeneratedWords.imprint.turkish)",
            body: Self.promotingHeadings(markup.imprint(metadata))))
        for document in documents {
            for page in Self.markedPages(in: document.body) { pageTargets.append((page, document.fileName)) }
        }

        var entries = [
            Entry(path: "mimetype", data: Data("application/epub+zip".utf8), isStored: true),
            Entry(path: "META-INF/container.xml", data: Data(Self.container.utf8)),
        ]
        entries.append(Entry(path: "EPUB/package.opf", data: Data(packageDocument(publication, documents: documents,
            images: images.map { ($0.id, $0.path, $0.mediaType) }, hasPageList: !pageTargets.isEmpty).utf8)))
        entries.append(Entry(path: "EPUB/nav.xhtml", data: Data(navigationDocument(publication, markup: markup,
            renderer: renderer, documents: documents, pageList: Self.pageList(pageTargets)).utf8)))
        for document in documents {
            entries.append(Entry(path: "EPUB/\(document.fileName)", data: Data(xhtml(document).utf8)))
        }
        entries.append(Entry(path: "EPUB/style.css", data: Data(Self.styleSheet.utf8)))
        for image in images {
            entries.append(Entry(path: "EPUB/\(image.path)", data: image.data))
        }
        return entries
    }

    static func documentName(_ contribution: BilingualContribution, language: LanguageTag, layout: PublicationLayout) -> String {
        let slug = MarkupEscaping.slug(contribution.id)
        return layout == .sequentialVolumes ? "\(slug)-\(language.code).xhtml" : "\(slug).xhtml"
    }

    static let container = """
        <?xml version="1.0" encoding="UTF-8"?>
        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
          <rootfiles>
            <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
          </rootfiles>
        </container>

        """

    /// A document's headings one level up (`h2` → `h1`, `h3` → `h2`, …): in the book each contribution
    /// is a document of its own, whose title is its first-level heading.
    static func promotingHeadings(_ body: String) -> String {
        var result = body
        for level in 2...6 {
            result = result.replacingOccurrences(of: "<h\(level)", with: "<h\(level - 1)")
                .replacingOccurrences(of: "</h\(level)>", with: "</h\(level - 1)>")
        }
        return result
    }

    private func xhtml(_ document: Document) -> String {
        let code = document.language.code
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="\(code)" xml:lang="\(code)">
            <head>
            <meta charset="utf-8"/>
            <title>\(MarkupEscaping.text(document.title))</title>
            <link rel="stylesheet" type="text/css" href="style.css"/>
            </head>
            <body>
            <main>
            \(document.body)</main>
            </body>
            </html>

            """
    }

    private func navigationDocument(
        _ publication: BilingualPublication, markup: PublicationMarkup, renderer: MarkupRenderer, documents: [Document],
        pageList: String
    ) -> String {
        var lists = ""
        // The toc must follow the reading order: per-language lists only when the languages are read one
        // after the other; otherwise one list with both titles of each contribution.
        if markup.layout != .sequentialVolumes {
            for contribution in publication.contributions {
                let href = Self.documentName(contribution, language: contribution.originalLanguage, layout: markup.layout)
                let titles = PublicationMarkup.languages.map { language in
                    "<span\(renderer.lang(language))>\(renderer.plain(contribution.title[language], language: language))</span>"
                }
                lists += "<li><a href=\"\(href)\">\(titles.joined(separator: " · "))</a></li>\n"
            }
        }
        for language in PublicationMarkup.languages where markup.layout == .sequentialVolumes {
            lists += "<li\(renderer.lang(language))><span>\(renderer.word(GeneratedWords.contents, in: language))</span>\n<ol>\n"
            for contribution in publication.contributions {
                let href = Self.documentName(contribution, language: language, layout: markup.layout) + "#"
                    + PublicationMarkup.anchor(contribution, language)
                lists += "<li><a href=\"\(href)\">\(renderer.plain(contribution.title[language], language: language))</a></li>\n"
            }
            lists += "</ol>\n</li>\n"
        }
        let firstContribution = documents.dropFirst().first { $0.id != "imprint" }?.fileName ?? "title.xhtml"
        let title = MarkupEscaping.text("\(GeneratedWords.contents.german) / \(GeneratedWords.contents.turkish)")
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="de" xml:lang="de">
            <head>
            <meta charset="utf-8"/>
            <title>\(title)</title>
            <link rel="stylesheet" type="text/css" href="style.css"/>
            </head>
            <body>
            <nav epub:type="toc" id="toc">
            <h1><span lang="de" xml:lang="de">\(renderer.word(GeneratedWords.contents, in: .german))</span> · <span lang="tr" xml:lang="tr">\(renderer.word(GeneratedWords.contents, in: .turkish))</span></h1>
            <ol>
            \(lists)</ol>
            </nav>
            <nav epub:type="landmarks" id="landmarks" hidden="hidden">
            <h2 lang="en" xml:lang="en">Landmarks</h2>
            <ol>
            <li><a epub:type="titlepage" href="title.xhtml">\(MarkupEscaping.text(publication.metadata.title.german))</a></li>
            <li><a epub:type="toc" href="nav.xhtml#toc">\(title)</a></li>
            <li><a epub:type="bodymatter" href="\(firstContribution)">\(MarkupEscaping.text(publication.metadata.title.german))</a></li>
            </ol>
            </nav>
            \(pageList)</body>
            </html>

            """
    }

    private func packageDocument(
        _ publication: BilingualPublication, documents: [Document], images: [(id: String, path: String, mediaType: String)],
        hasPageList: Bool
    ) -> String {
        let metadata = publication.metadata
        let modified = Self.timestamp(options.modificationDate ?? Date())
        var meta = """
            <dc:identifier id="pub-id">urn:uuid:\(Self.identifier(for: metadata))</dc:identifier>
            <dc:title id="title-de" xml:lang="de">\(MarkupEscaping.text(metadata.title.german))</dc:title>
            <meta refines="#title-de" property="title-type">main</meta>
            <dc:title id="title-tr" xml:lang="tr">\(MarkupEscaping.text(metadata.title.turkish))</dc:title>
            <meta refines="#title-tr" property="title-type">main</meta>
            <dc:language>de</dc:language>
            <dc:language>tr</dc:language>

            """
        if let publisher = metadata.publisher {
            meta += "<dc:publisher xml:lang=\"de\">\(MarkupEscaping.text(publisher.german))</dc:publisher>\n"
            meta += "<dc:publisher xml:lang=\"tr\">\(MarkupEscaping.text(publisher.turkish))</dc:publisher>\n"
        }
        if let date = metadata.date, date.range(of: #"^\d{4}(-\d{2}(-\d{2})?)?$"#, options: .regularExpression) != nil {
            meta += "<dc:date>\(date)</dc:date>\n"
        }
        if let series = metadata.series {
            meta += "<meta property=\"belongs-to-collection\" id=\"series\" xml:lang=\"de\">\(MarkupEscaping.text(series.german))</meta>\n"
            meta += "<meta refines=\"#series\" property=\"collection-type\">series</meta>\n"
            if let number = metadata.number {
                meta += "<meta refines=\"#series\" property=\"group-position\">\(MarkupEscaping.text(number))</meta>\n"
            }
        }
        meta += "<meta property=\"dcterms:modified\">\(modified)</meta>\n"
        meta += "<meta property=\"dcterms:conformsTo\">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</meta>\n"
        meta += "<meta property=\"schema:accessMode\">textual</meta>\n"
        if !images.isEmpty { meta += "<meta property=\"schema:accessMode\">visual</meta>\n" }
        meta += "<meta property=\"schema:accessModeSufficient\">textual</meta>\n"
        meta += "<meta property=\"schema:accessibilityFeature\">structuralNavigation</meta>\n"
        meta += "<meta property=\"schema:accessibilityFeature\">tableOfContents</meta>\n"
        meta += "<meta property=\"schema:accessibilityFeature\">readingOrder</meta>\n"
        meta += "<meta property=\"schema:accessibilityFeature\">displayTransformability</meta>\n"
        if !images.isEmpty { meta += "<meta property=\"schema:accessibilityFeature\">alternativeText</meta>\n" }
        meta += pageNavigationMetadata(hasPageList: hasPageList)
        meta += "<meta property=\"schema:accessibilityHazard\">none</meta>\n"
        // The summary is in English, as reading systems and catalogues expect it; it says so.
        meta += "<meta property=\"schema:accessibilitySummary\" xml:lang=\"en\">Bilingual German and Turkish text; every block is marked with its language.</meta>\n"

        var manifest = "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n"
        manifest += "<item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>\n"
        for document in documents {
            manifest += "<item id=\"\(document.id)\" href=\"\(document.fileName)\" media-type=\"application/xhtml+xml\"/>\n"
        }
        for image in images {
            manifest += "<item id=\"\(image.id)\" href=\"\(image.path)\" media-type=\"\(image.mediaType)\"/>\n"
        }
        var spine = "<itemref idref=\"\(documents[0].id)\"/>\n<itemref idref=\"nav\"/>\n"
        for document in documents.dropFirst() {
            spine += "<itemref idref=\"\(document.id)\"/>\n"
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id" xml:lang="de">
            <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
            \(meta)</metadata>
            <manifest>
            \(manifest)</manifest>
            <spine>
            \(spine)</spine>
            </package>

            """
    }

    /// `2020-12-17T10:00:00Z`, the form `dcterms:modified` requires.
    static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'"
        return formatter.string(from: date)
    }

    /// A UUID derived from the volume's German title, number and date, so a rebuild keeps its identifier.
    static func identifier(for metadata: PublicationMetadata) -> String {
        let key = "\(metadata.title.german)|\(metadata.number ?? "")|\(metadata.date ?? "")"
        // Two ``FNV1a`` hashes of the key give the 128 bits: one from the offset basis, one from the basis
        // with its halves swapped.
        let high = FNV1a.hash(key), low = FNV1a.hash(key, from: 0x8422_2325_cbf2_9ce4)
        var hex = Array(String(format: "%016llx%016llx", high, low))
        hex[12] = "5"
        hex[16] = "8"
        let text = String(hex)
        func part(_ from: Int, _ count: Int) -> Substring {
            let start = text.index(text.startIndex, offsetBy: from)
            return text[start..<text.index(start, offsetBy: count)]
        }
        return "\(part(0, 8))-\(part(8, 4))-\(part(12, 4))-\(part(16, 4))-\(part(20, 12))"
    }
}
