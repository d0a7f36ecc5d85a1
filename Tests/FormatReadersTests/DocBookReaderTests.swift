import Foundation
import FormatReaders
import PublicationCore
import TestSupport
import Testing

/// The contribution fixtures, beside this file.
private let contributions = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/contributions")

private func load(fixture path: String, displayPath: String? = nil) -> LoadedDocument {
    DocumentLoader().load(contentsOf: contributions.appendingPathComponent(path), displayPath: displayPath ?? path)
}

private func load(xml: String, displayPath: String = "inline.xml") -> LoadedDocument {
    DocumentLoader().load(Data(xml.utf8), displayPath: displayPath)
}

/// A document from inline DocBook, wrapped in an article unless it is one already.
private func article(_ body: String, language: String = "de") -> String {
    """
    <article xmlns="http://docbook.org/ns/docbook" xmlns:xlink="http://www.w3.org/1999/xlink" version="5.0" xml:lang="\(language)">
    \(body)
    </article>
    """
}

/// The golden text of a loaded contribution: the model, the counts and the diagnostics.
private func goldenText(_ loaded: LoadedDocument) -> String {
    var text = loaded.contribution.map(ContributionDump.dump) ?? "(no contribution)\n"
    let statistics = loaded.statistics
    text += "statistics format=\(statistics.format?.rawValue ?? "(none)") version=\(statistics.version ?? "(none)")"
    text += " source=\(statistics.sourceLanguage?.code ?? "(none)") target=\(statistics.targetLanguage?.code ?? "(none)")"
    text += " units=\(statistics.units) segments=\(statistics.segments) words=\(statistics.sourceWords)\n"
    for diagnostic in loaded.diagnostics {
        let place = diagnostic.location.map { "\($0.line):\($0.column)" } ?? "-"
        text += "\(place) \(diagnostic.severity.rawValue) [\(diagnostic.code)] \(diagnostic.message)\n"
        if let remedy = diagnostic.remedy { text += "  remedy: \(remedy)\n" }
        for note in diagnostic.notes { text += "  note: \(note)\n" }
    }
    return text
}

/// Every block of a list of blocks, depth first, footnotes and list items included.
private func allBlocks(_ blocks: [Block]) -> [Block] {
    var result: [Block] = []
    func footnoteBlocks(_ inlines: [Inline]) -> [Block] {
        inlines.flatMap { inline -> [Block] in
            switch inline {
            case .footnote(_, let blocks): allBlocks(blocks)
            case .emphasis(_, let children), .link(_, let children), .other(_, let children), .foreign(_, _, let children): footnoteBlocks(children)
            case .text: []
            }
        }
    }
    for block in blocks {
        result.append(block)
        switch block {
        case .section(let section): result += footnoteBlocks(section.title) + allBlocks(section.blocks)
        case .paragraph(let paragraph): result += footnoteBlocks(paragraph.content)
        case .list(let list): result += list.items.flatMap { allBlocks($0.blocks) }
        case .quote(let quote): result += allBlocks(quote.blocks)
        case .figure: break
        }
    }
    return result
}

/// XML with position markers (1️⃣, 2️⃣, …) taken out, and where each marker stood.
private struct MarkedXML {
    var text = ""
    var markers: [String: (line: Int, column: Int)] = [:]

    init(_ marked: String) {
        var line = 1
        var column = 1
        for character in marked {
            if character.unicodeScalars.last == "\u{20E3}" {
                markers[String(character)] = (line, column)
                continue
            }
            text.append(character)
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
    }
}

@Suite("DocBook reader")
struct DocBookReaderTests {
    // MARK: Golden dumps

    static let goldenFixtures = [
        "de/contribution-de-integration-with-ids.xml",
        "tr/contribution-tr-integration-without-ids.xml",
        "de/contribution-de-unsupported-elements.xml",
        "de/contribution-de-duplicate-id.xml",
    ]

    @Test("a fixture reads to its golden dump", arguments: goldenFixtures)
    func goldenDump(fixture: String) {
        let loaded = load(fixture: fixture)
        let golden = contributions.appendingPathComponent(fixture.replacingOccurrences(of: ".xml", with: ".dump.txt"))
        let failure = Golden.compare(goldenText(loaded), goldenFile: golden)
        #expect(failure == nil, "\(failure ?? "")")
    }

    // MARK: German and Turkish articles

    @Test func germanArticleWithIDs() throws {
        let loaded = load(fixture: "de/contribution-de-integration-with-ids.xml")
        let document = try #require(loaded.contribution)
        #expect(loaded.format == .docbook)
        #expect(loaded.diagnostics.isEmpty)
        #expect(document.language == .german)
        #expect(document.language?.written == "de-DE")
        #expect(document.id == "beitrag-lindenfeld")
        #expect(document.info.title.plainText == "Ankommen in Lindenfeld")
        #expect(document.info.authors == [
            Author(name: "Dr. Johanna Beispielmann", organisation: "Stadt Lindenfeld, Fachdienst Integration"),
            Author(name: "Integrationsrat Lindenfeld"),
        ])
        #expect(document.info.organisations == ["Verband der Beispielgemeinden"])
        // Every block of the body carries its id.
        let ids = allBlocks(document.blocks).compactMap(\.id)
        #expect(ids == ["s1", "s1-p1", "s1-p2", "s1-l1", "s1-1", "s1-1-l1", "s1-1-q1", "s2", "fig1", "s2-p1"])
        // title, subtitle, 2 authors and the first one's organisation, abstract, 2 section titles + 1
        // subsection title, 3 paragraphs, the footnote, 4 list items, the quote and its attribution, the
        // figure's title and its alternative text: 21 translatable blocks (the organisation outside an
        // author is not published).
        #expect(loaded.statistics.units == 21)
        #expect(loaded.statistics.segments == 21)
        #expect(loaded.statistics.sourceLanguage == .german)
        #expect(loaded.statistics.targetLanguage == nil)
        #expect(loaded.statistics.version == "5.0")
    }

    @Test func turkishArticleWithoutIDs() throws {
        let loaded = load(fixture: "tr/contribution-tr-integration-without-ids.xml")
        let document = try #require(loaded.contribution)
        #expect(loaded.diagnostics.isEmpty)
        #expect(document.language == .turkish)
        #expect(document.language?.written == "tr-TR")
        #expect(document.id == nil)
        #expect(allBlocks(document.blocks).allSatisfy { $0.id == nil })
        #expect(document.info.title.plainText == "Göç ve Belediye: İlk Adımlar")
        #expect(document.info.authors == [
            Author(name: "Elif Örnekoğlu", organisation: "Örnekköy Belediyesi, Sosyal Hizmetler Müdürlüğü"),
        ])
        guard case .section(let first)? = document.blocks.first else {
            Issue.record("the body does not start with a section")
            return
        }
        #expect(first.title.plainText == "Şehre uyum")
        #expect(loaded.statistics.sourceLanguage == .turkish)
    }

    @Test("an encoded twin reads to the same model as the UTF-8 file", arguments: [
        "tr/contribution-tr-integration-iso8859-9.xml",
        "tr/contribution-tr-integration-utf16-bom.xml",
    ])
    func encodedTwin(fixture: String) throws {
        let original = load(fixture: "tr/contribution-tr-integration-without-ids.xml", displayPath: "tr.xml")
        let twin = load(fixture: fixture, displayPath: "tr.xml")
        #expect(twin.diagnostics == original.diagnostics)
        let document = try #require(twin.contribution)
        #expect(document == original.contribution)
        #expect(twin.statistics == original.statistics)
        #expect(document.info.title.plainText.contains("İlk Adımlar"))
    }

    // MARK: Inline content

    @Test func footnoteLinkAndEmphasis() throws {
        let marked = MarkedXML(article("""
            1️⃣<para xml:id="p1">Die   Stadt <emphasis role="strong">hilft</emphasis>
               mit <link xlink:href="https://example.org/a">Kursen</link>.<footnote xml:id="f1">2️⃣<para>
               Seit 2016.</para></footnote></para>
            """))
        let loaded = load(xml: marked.text)
        let document = try #require(loaded.contribution)
        let paragraphPlace = try #require(marked.markers["1️⃣"])
        let footnotePlace = try #require(marked.markers["2️⃣"])
        #expect(document.blocks == [.paragraph(Paragraph(id: "p1", content: [
            .text("Die Stadt "), .emphasis(role: "strong", [.text("hilft")]), .text(" mit "),
            .link(href: "https://example.org/a", [.text("Kursen")]), .text("."),
            .footnote(id: "f1", [.paragraph(Paragraph(content: [.text("Seit 2016.")],
                location: SourceLocation(file: "inline.xml", line: footnotePlace.line, column: footnotePlace.column)))]),
        ], location: SourceLocation(file: "inline.xml", line: paragraphPlace.line, column: paragraphPlace.column)))])
        #expect(loaded.diagnostics.isEmpty)
    }

    @Test("XML whitespace collapses in running text and block edges are trimmed", arguments: [
        ("<para>  a \n\t b  </para>", "\"a b\""),
        ("<para>a <emphasis> b </emphasis> c</para>", "\"a {emphasis}b {/emphasis}c\""),
        ("<para>\n  <emphasis>a</emphasis>\n</para>", "\"{emphasis}a{/emphasis}\""),
        ("<para>a\u{A0} b</para>", "\"a\u{A0} b\""),
        ("<para>Wort<footnote><para>x</para></footnote>  </para>", "\"Wort{footnote}\""),
    ])
    func whitespace(xml: String, expected: String) throws {
        let document = try #require(load(xml: article(xml)).contribution)
        guard case .paragraph(let paragraph)? = document.blocks.first else {
            Issue.record("no paragraph")
            return
        }
        #expect(ContributionDump.render(paragraph.content) == expected)
    }

    @Test func verbatimElementsKeepTheirWhitespace() throws {
        let document = try #require(load(xml: article("<literallayout>  Zeile eins\n    Zeile zwei</literallayout>"))
            .contribution)
        #expect(document.blocks.first == .paragraph(Paragraph(content: [.text("  Zeile eins\n    Zeile zwei")],
            originalElement: "literallayout", location: SourceLocation(file: "inline.xml", line: 2, column: 1))))
    }

    @Test func listInsideParagraphSplitsIt() throws {
        let loaded = load(xml: article("""
            <para xml:id="p">Wir bieten:<itemizedlist><listitem><para>Kurse</para></listitem></itemizedlist>
            und mehr.</para>
            """))
        let document = try #require(loaded.contribution)
        #expect(document.blocks.map(\.id) == ["p", nil, nil])
        guard case .paragraph(let tail) = document.blocks[2] else {
            Issue.record("no paragraph after the list")
            return
        }
        #expect(tail.content == [.text("und mehr.")])
        #expect(tail.location?.line == 3)
        #expect(loaded.statistics.units == 3)
    }

    // MARK: Figures

    @Test("alternative text comes from alt or textobject/phrase", arguments: [
        ("<mediaobject><alt>Ein Saal</alt><imageobject><imagedata fileref=\"a.jpg\"/></imageobject></mediaobject>", "Ein Saal"),
        ("<alt>Ein  Saal</alt><mediaobject><imageobject><imagedata fileref=\"a.jpg\"/></imageobject></mediaobject>", "Ein Saal"),
        ("<mediaobject><imageobject><imagedata fileref=\"a.jpg\"/></imageobject><textobject><phrase>Ein\nSaal</phrase></textobject></mediaobject>", "Ein Saal"),
    ])
    func figureAlternativeText(content: String, alt: String) throws {
        let loaded = load(xml: article("<figure xml:id=\"f\"><title>Bild</title>\(content)</figure>"))
        let document = try #require(loaded.contribution)
        #expect(document.blocks == [.figure(Figure(id: "f", title: [.text("Bild")], imagePath: "a.jpg",
            alternativeText: alt, location: SourceLocation(file: "inline.xml", line: 2, column: 1)))])
        #expect(loaded.diagnostics.isEmpty)
    }

    @Test func figureWithoutAlternativeTextIsAnAccessibilityWarning() throws {
        let marked = MarkedXML(article("""
            1️⃣<informalfigure><mediaobject><imageobject><imagedata fileref="saal.jpg"/></imageobject></mediaobject></informalfigure>
            """))
        let loaded = load(xml: marked.text)
        let diagnostic = try #require(loaded.diagnostics.first)
        #expect(loaded.diagnostics.count == 1)
        #expect(diagnostic.code == "docbook.missing-alt")
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.message.contains("saal.jpg"))
        #expect(diagnostic.remedy?.contains("accessib") == true)
        #expect(diagnostic.location?.line == marked.markers["1️⃣"]?.line)
        #expect(diagnostic.location?.column == marked.markers["1️⃣"]?.column)
    }

    // MARK: Diagnostics

    @Test func duplicateIDIsAnErrorAtTheSecondElement() throws {
        let marked = MarkedXML(article("""
            <section xml:id="s1"><title>Eins</title>
              <para xml:id="p1">Text</para>
            </section>
            <section xml:id="s2"><title>Zwei</title>
              <para>Mehr <emphasis>Text</emphasis> und 1️⃣<emphasis xml:id="p1">noch</emphasis>.</para>
            </section>
            """))
        let loaded = load(xml: marked.text)
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.code == "docbook.duplicate-id")
        #expect(error.message.contains("\"p1\""))
        #expect(error.location?.line == marked.markers["1️⃣"]?.line)
        #expect(error.location?.column == marked.markers["1️⃣"]?.column)
        #expect(error.notes.contains { $0.contains("line 3") })
        #expect(!loaded.isReadable)
        #expect(loaded.contribution != nil)
    }

    @Test func duplicateIDFixture() {
        let loaded = load(fixture: "de/contribution-de-duplicate-id.xml")
        let places = loaded.diagnostics.filter { $0.code == "docbook.duplicate-id" }
            .map { "\($0.location!.line):\($0.location!.column)" }
        #expect(places == ["8:3", "10:22"])
    }

    @Test func unsupportedElementsAreKeptWithAWarning() throws {
        let marked = MarkedXML(article("""
            <section>
              1️⃣<sidebar xml:id="k"><title>Kontakt</title><para>Marktstraße 4</para></sidebar>
              <para>Auf 2️⃣<phrase>Arabisch</phrase> auch.</para>
              3️⃣Lose Worte.
            </section>
            """))
        let loaded = load(xml: marked.text)
        let document = try #require(loaded.contribution)
        guard case .section(let section)? = document.blocks.first else {
            Issue.record("no section")
            return
        }
        #expect(section.blocks.count == 3)
        #expect(section.blocks[0] == .paragraph(Paragraph(id: "k", content: [.text("Kontakt Marktstraße 4")],
            originalElement: "sidebar", location: SourceLocation(file: "inline.xml", line: 3, column: 3))))
        guard case .paragraph(let withPhrase) = section.blocks[1], case .paragraph(let loose) = section.blocks[2] else {
            Issue.record("no paragraphs")
            return
        }
        #expect(withPhrase.content == [.text("Auf "), .other(element: "phrase", [.text("Arabisch")]), .text(" auch.")])
        #expect(loose.content == [.text("Lose Worte.")])
        #expect(loose.originalElement == nil)
        let found = loaded.diagnostics.map { "\($0.code)@\($0.location!.line):\($0.location!.column)" }
        let expected = [
            ("docbook.unsupported-element", "1️⃣"), ("docbook.unsupported-element", "2️⃣"),
            ("docbook.text-outside-paragraph", "3️⃣"),
        ].map { code, marker in "\(code)@\(marked.markers[marker]!.line):\(marked.markers[marker]!.column)" }
        #expect(found == expected)
        #expect(loaded.diagnostics.allSatisfy { $0.severity == .warning && $0.remedy != nil })
    }

    @Test func textAfterAStartTagOnTheSameLineIsPlacedExactly() throws {
        let marked = MarkedXML(article("<section xml:id=\"s\"><title>T</title>\n  <para>x</para> 1️⃣Rest</section>"))
        let loaded = load(xml: marked.text)
        let warning = try #require(loaded.diagnostics.first { $0.code == "docbook.text-outside-paragraph" })
        #expect(warning.location?.line == marked.markers["1️⃣"]?.line)
        #expect(warning.location?.column == marked.markers["1️⃣"]?.column)
        let direct = MarkedXML(article("<blockquote xml:id=\"q\" role=\"x\">1️⃣Zitat</blockquote>"))
        let loadedDirect = load(xml: direct.text)
        let warningDirect = try #require(loadedDirect.diagnostics.first)
        #expect(warningDirect.code == "docbook.text-outside-paragraph")
        #expect(warningDirect.location?.column == direct.markers["1️⃣"]?.column)
    }

    @Test func rootWithoutLanguage() throws {
        let loaded = load(xml: """
            <article xmlns="http://docbook.org/ns/docbook" version="5.0"><para>Text</para></article>
            """)
        let diagnostic = try #require(loaded.diagnostics.first)
        #expect(diagnostic.code == "docbook.no-language")
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.remedy?.contains("say which language") == true)
        #expect(diagnostic.location.map { "\($0.line):\($0.column)" } == "1:1")
        #expect(loaded.contribution?.language == nil)
        #expect(loaded.statistics.sourceLanguage == nil)
        #expect(loaded.statistics.units == 1)
    }

    @Test func languageOtherThanGermanOrTurkish() throws {
        let loaded = load(xml: article("<para>Text</para>", language: "en-gb"))
        let diagnostic = try #require(loaded.diagnostics.first)
        #expect(diagnostic.code == "docbook.other-language")
        #expect(diagnostic.message.contains("\"en-gb\""))
        #expect(loaded.contribution?.language?.written == "en-GB")
    }

    @Test("language tags are written in their usual case", arguments: [
        ("tr_tr", "tr-TR", "tr"), ("DE-at", "de-AT", "de"), ("sr-latn-rs", "sr-Latn-RS", "sr"), ("de", "de", "de"),
        ("es-419", "es-419", "es"),
    ])
    func languageNormalisation(written: String, normalised: String, code: String) {
        let language = load(xml: article("", language: written)).contribution?.language
        #expect(language?.written == normalised)
        #expect(language?.code == code)
    }

    @Test("a DocBook root outside the DocBook namespace is refused", arguments: [
        "<article xml:lang=\"de\"><para>Text</para></article>",
        "<article xmlns=\"http://docbook.org/ns/docbook/4\" xml:lang=\"de\"><para>Text</para></article>",
    ])
    func wrongNamespace(xml: String) throws {
        let loaded = load(xml: xml)
        let diagnostic = try #require(loaded.diagnostics.first)
        #expect(diagnostic.code == "docbook.namespace")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location.map { "\($0.line):\($0.column)" } == "1:1")
        #expect(loaded.contribution == nil)
        #expect(loaded.format == nil)
    }

    @Test func truncatedFileKeepsWhatWasRead() throws {
        let loaded = load(xml: """
            <article xmlns="http://docbook.org/ns/docbook" xml:lang="tr"><para>Birinci paragraf.</para>
            <figure><title>Resim</title><mediaobject>
            """)
        #expect(loaded.diagnostics.contains { $0.severity == .error }, "\(loaded.diagnostics)")
        #expect(!loaded.diagnostics.contains { $0.code == "docbook.missing-alt" })
        let document = try #require(loaded.contribution)
        #expect(document.blocks.first == .paragraph(Paragraph(content: [.text("Birinci paragraf.")],
            location: SourceLocation(file: "inline.xml", line: 1, column: 62))))
    }

    @Test func titlesFromInfoAndSecondTitles() throws {
        let marked = MarkedXML(article("""
            <info><authorgroup><author><personname><firstname>Can</firstname><surname>Örnek</surname></personname>
            <orgname>Örnekköy Belediyesi</orgname></author></authorgroup></info>
            <section><info><title>Başlık</title></info><para>Metin</para>1️⃣<title>İkinci</title></section>
            """, language: "tr"))
        let loaded = load(xml: marked.text)
        let document = try #require(loaded.contribution)
        #expect(document.info.authors == [Author(name: "Can Örnek", organisation: "Örnekköy Belediyesi")])
        guard case .section(let section)? = document.blocks.first else {
            Issue.record("no section")
            return
        }
        #expect(section.title == [.text("Başlık")])
        #expect(section.blocks.map { if case .paragraph(let paragraph) = $0 { paragraph.originalElement } else { "?" } }
            == [nil, "title"])
        #expect(loaded.diagnostics.map(\.code) == ["docbook.misplaced-title"])
        #expect(loaded.diagnostics.first?.location?.column == marked.markers["1️⃣"]?.column)
    }

    @Test func readerDocumentationExample() throws {
        let loaded = load(xml: """
            <article xmlns="http://docbook.org/ns/docbook" version="5.0" xml:lang="de">
              <title>Ankommen in Altena</title>
              <para xml:id="p1">Die Stadt <emphasis>begleitet</emphasis> jede Familie.</para>
            </article>
            """)
        let document = try #require(loaded.contribution)
        #expect(document.info.title == [.text("Ankommen in Altena")])
        #expect(document.blocks.first == .paragraph(Paragraph(id: "p1", content: [
            .text("Die Stadt "), .emphasis(role: nil, [.text("begleitet")]), .text(" jede Familie."),
        ], location: SourceLocation(file: "inline.xml", line: 3, column: 3))))
        #expect(loaded.statistics.units == 2)
        #expect(loaded.statistics.sourceWords == 8)
    }

    @Test func everyCodeInTheFixturesIsInTheCatalog() {
        let catalog = Set((DocBookDiagnostics.catalog + FormatReaderDiagnostics.catalog).map(\.code))
        let codes = Set(Self.goldenFixtures.flatMap { load(fixture: $0).diagnostics.map(\.code) })
        #expect(!codes.isEmpty)
        #expect(codes.subtracting(catalog).isEmpty)
        #expect(DocBookDiagnostics.catalog.allSatisfy { $0.code.rawValue.hasPrefix("docbook.") })
    }
}
