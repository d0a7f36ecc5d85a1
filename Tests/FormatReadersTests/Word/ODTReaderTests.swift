import Foundation
import FormatReaders
import PublicationCore
import Testing
import TestSupport

/// OpenDocument texts, written here in the form LibreOffice saves them (a `mimetype` entry, `meta.xml`,
/// `styles.xml`, `content.xml` with automatic styles), read with the Word reader's mapping.
@Suite("OpenDocument texts")
struct ODTReaderTests {
    static let namespaces = #"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3""#

    static let styles = #"<?xml version="1.0" encoding="UTF-8"?><office:document-styles \#(namespaces)><office:styles><style:default-style style:family="paragraph"><style:text-properties fo:language="tr" fo:country="TR"/></style:default-style><style:style style:name="Title" style:family="paragraph"/><style:style style:name="Quotations" style:family="paragraph"/><style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style><text:list-style style:name="Numbering_20_123"><text:list-level-style-number text:level="1" style:num-format="1"/></text:list-style></office:styles></office:document-styles>"#

    static func content(_ body: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8"?><office:document-content \#(namespaces)><office:automatic-styles><style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/><style:style style:name="T1" style:family="text"><style:text-properties fo:font-style="italic"/></style:style><text:list-style style:name="L1"><text:list-level-style-bullet text:level="1"/><text:list-level-style-bullet text:level="2"/></text:list-style></office:automatic-styles><office:body><office:text><text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/></text:sequence-decls>\#(body)</office:text></office:body></office:document-content>"#
    }

    static func document(_ body: String, name: String = "sisli.odt") throws -> LoadedDocument {
        let meta = #"<?xml version="1.0" encoding="UTF-8"?><office:document-meta \#(namespaces)><office:meta><dc:title>Şişli'de uyum</dc:title><dc:creator>Belediye</dc:creator></office:meta></office:document-meta>"#
        let data = try WordFixture.container([
            ("mimetype", "application/vnd.oasis.opendocument.text"), ("meta.xml", meta), ("styles.xml", styles),
            ("content.xml", content(body)),
        ])
        return DocumentLoader().load(data, displayPath: "Sources-tr/\(name)")
    }

    @Test("title, headings by outline level, paragraphs, emphasis, strong and links")
    func structure() throws {
        let loaded = try Self.document(#"<text:p text:style-name="P1">Şişli'de <text:span text:style-name="T1">yeni</text:span> başlangıçlar</text:p><text:h text:outline-level="1">Giriş</text:h><text:p>Belediye <text:span text:style-name="Strong_20_Emphasis">her aileye</text:span> <text:a xlink:href="https://www.sisli.bel.tr/">danışmanlık</text:a><text:s text:c="2"/>sunuyor.</text:p><text:h text:outline-level="2">Kurslar</text:h><text:p>Türkçe kursları.</text:p>"#)
        #expect(loaded.format == .odt)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        let document = try #require(loaded.contribution)
        #expect(document.language == .turkish)
        #expect(document.info.title == [.text("Şişli'de "), .emphasis(role: nil, [.text("yeni")]), .text(" başlangıçlar")])
        #expect(document.info.authors == [Author(name: "Belediye")])
        guard case .section(let introduction) = document.blocks.first else {
            Issue.record("expected a section, got \(document.blocks)")
            return
        }
        #expect(introduction.title == [.text("Giriş")])
        #expect(introduction.id == "odt-p2")
        #expect(introduction.blocks.first == .paragraph(Paragraph(id: "odt-p3", content: [
            .text("Belediye "), .emphasis(role: "strong", [.text("her aileye")]), .text(" "),
            .link(href: "https://www.sisli.bel.tr/", [.text("danışmanlık")]), .text("  sunuyor."),
        ], location: introduction.blocks.first?.location)))
        guard case .section(let courses)? = introduction.blocks.last else {
            Issue.record("expected a nested section")
            return
        }
        #expect(courses.title == [.text("Kurslar")])
    }

    @Test("lists: bullets from the list style, nested levels, numbered lists")
    func lists() throws {
        let loaded = try Self.document(#"<text:list text:style-name="L1"><text:list-item><text:p>Kreş</text:p><text:list><text:list-item><text:p>Sabah</text:p></text:list-item></text:list></text:list-item><text:list-item><text:p>Okul</text:p></text:list-item></text:list><text:list text:style-name="Numbering_20_123"><text:list-item><text:p>Birinci</text:p></text:list-item></text:list>"#)
        let document = try #require(loaded.contribution)
        guard document.blocks.count == 2, case .list(let bullets) = document.blocks[0], case .list(let numbers) = document.blocks[1]
        else {
            Issue.record("expected two lists, got \(document.blocks)")
            return
        }
        #expect(!bullets.isOrdered)
        #expect(numbers.isOrdered)
        #expect(bullets.items.count == 2)
        guard case .list(let nested)? = bullets.items[0].blocks.last else {
            Issue.record("expected a nested list")
            return
        }
        #expect(nested.items.count == 1)
    }

    @Test("footnotes and endnotes at their references; the citation mark is no text")
    func notes() throws {
        let loaded = try Self.document(#"<text:p>Mülteciler<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>2015 verileri.</text:p><text:p>Kaynak: TÜİK.</text:p></text:note-body></text:note> geldi.</text:p>"#)
        let document = try #require(loaded.contribution)
        guard case .paragraph(let paragraph) = document.blocks.first else {
            Issue.record("expected a paragraph")
            return
        }
        #expect(paragraph.content.plainText == "Mülteciler geldi.")
        let notes = paragraph.content.compactMap { inline -> [Block]? in
            if case .footnote(_, let blocks) = inline { blocks } else { nil }
        }
        #expect(notes.count == 1)
        #expect(notes.first?.count == 2)
        #expect(document.blocks.count == 1)
    }

    @Test("images keep svg:title and svg:desc; one without is reported")
    func images() throws {
        let loaded = try Self.document(#"<text:p>Meydan<draw:frame draw:name="Resim1"><draw:image xlink:href="Pictures/meydan.jpg"/><svg:title>Meydan</svg:title><svg:desc>Kışın belediye meydanı</svg:desc></draw:frame></text:p><text:p><draw:frame draw:name="Resim2"><draw:image xlink:href="Pictures/bina.jpg"/></draw:frame></text:p>"#)
        let document = try #require(loaded.contribution)
        let figures = document.blocks.compactMap { block -> Figure? in if case .figure(let figure) = block { figure } else { nil } }
        #expect(figures.map(\.alternativeText) == ["Kışın belediye meydanı", ""])
        #expect(figures.map(\.imagePath) == ["Pictures/meydan.jpg", "Pictures/bina.jpg"])
        #expect(loaded.diagnostics.map(\.code) == ["docx.missing-alt"])
    }

    @Test("comments are left out with a note; tracked changes read as accepted with a warning")
    func annotationsAndChanges() throws {
        let loaded = try Self.document(#"<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>Redaksiyon</dc:creator></office:change-info><text:p>Eski metin</text:p></text:deletion></text:changed-region></text:tracked-changes><text:p>Yeni<text:change text:change-id="ct1"/> metin<office:annotation><dc:creator>Editör</dc:creator><text:p>Kontrol et</text:p></office:annotation>.</text:p>"#)
        let document = try #require(loaded.contribution)
        #expect(document.blocks.count == 1)
        guard case .paragraph(let paragraph) = document.blocks.first else { return }
        #expect(paragraph.content.plainText == "Yeni metin.")
        #expect(loaded.diagnostics.map(\.code.rawValue).sorted() == ["docx.comments-ignored", "docx.tracked-changes"])
        #expect(loaded.diagnostics.first { $0.code == "docx.tracked-changes" }?.notes == ["in part content.xml"])
    }

    @Test("an OpenDocument container without content.xml: docx.no-document")
    func noContent() throws {
        let data = try WordFixture.container([("mimetype", "application/vnd.oasis.opendocument.text")])
        let loaded = DocumentLoader().load(data, displayPath: "bos.odt")
        #expect(loaded.diagnostics.map(\.code) == ["docx.no-document"])
        #expect(loaded.diagnostics.first?.message.contains("content.xml") == true)
    }
}
