import Foundation
import FormatReaders
import PublicationCore
import Testing
import TestSupport

/// Word files that cannot be read as they are: each failure has its own code, a place and a remedy.
@Suite("Word documents that cannot be read")
struct DOCXDiagnosticsTests {
    static func load(_ data: Data, name: String) throws -> LoadedDocument {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kopru-docx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return DocumentLoader().load(contentsOf: url, displayPath: "Sources-de/\(name)")
    }

    static func only(_ code: DiagnosticCode, in loaded: LoadedDocument) throws -> Diagnostic {
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [code])
        let diagnostic = try #require(loaded.diagnostics.first { $0.code == code })
        #expect(diagnostic.location?.file.hasPrefix("Sources-de/") == true)
        #expect(diagnostic.remedy?.isEmpty == false)
        return diagnostic
    }

    @Test("a .docx that is not a ZIP container: docx.not-zip")
    func notZIP() throws {
        let text = try Self.load(Data("Sehr geehrte Damen und Herren".utf8), name: "brief.docx")
        #expect(try Self.only("docx.not-zip", in: text).message.contains("not a ZIP container"))
        let cut = try WordFixture.document(body: WordFixture.paragraph("Text")).prefix(40)
        _ = try Self.only("docx.not-zip", in: try Self.load(Data(cut), name: "cut.docx"))
    }

    @Test("a ZIP without word/document.xml: docx.no-document")
    func noDocument() throws {
        let data = try WordFixture.container([("notes.txt", "Notizen")])
        let diagnostic = try Self.only("docx.no-document", in: try Self.load(data, name: "archiv.docx"))
        #expect(diagnostic.message.contains("word/document.xml"))
        #expect(diagnostic.notes.first?.contains("notes.txt") == true)
    }

    /// The first 512 bytes of an OLE compound file, and a directory entry named as given (UTF-16).
    static func compoundFile(streamName: String) -> Data {
        var bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)
        bytes += streamName.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        return Data(bytes + Array(repeating: 0, count: 256))
    }

    @Test("a password-protected document: docx.encrypted")
    func encrypted() throws {
        let loaded = try Self.load(Self.compoundFile(streamName: "EncryptedPackage"), name: "geheim.docx")
        #expect(try Self.only("docx.encrypted", in: loaded).remedy?.contains("password") == true)
    }

    @Test("a binary Word document, even when named .docx: docx.binary-word")
    func binaryWord() throws {
        for name in ["alt.doc", "umbenannt.docx"] {
            let loaded = try Self.load(Self.compoundFile(streamName: "WordDocument"), name: name)
            #expect(try Self.only("docx.binary-word", in: loaded).remedy?.contains("save it as .docx") == true)
        }
    }

    @Test("an RTF file: docx.rtf")
    func rtf() throws {
        let loaded = try Self.load(Data(#"{\rtf1\ansi Hallo}"#.utf8), name: "brief.rtf")
        #expect(try Self.only("docx.rtf", in: loaded).remedy?.contains("save it as .docx") == true)
    }

    @Test("a macro-enabled .docm is read like a .docx, with a note")
    func macroEnabled() throws {
        let data = try WordFixture.document(body: WordFixture.paragraph("Grußwort der Stadt"))
        let loaded = try Self.load(data, name: "vorlage.docm")
        #expect(loaded.diagnostics.map(\.code) == ["docx.macro-enabled"])
        #expect(loaded.format == .docx)
        #expect(loaded.contribution?.blocks.count == 1)
    }

    @Test("a part that unpacks far beyond its packed size: docx.zip-bomb")
    func zipBomb() throws {
        let padding = String(repeating: " ", count: 3 << 20)
        let data = try WordFixture.document(body: WordFixture.paragraph("Text") + padding)
        #expect(data.count < 100_000)
        let diagnostic = try Self.only("docx.zip-bomb", in: try Self.load(data, name: "bombe.docx"))
        #expect(diagnostic.notes == ["in part word/document.xml"])
    }

    @Test("a damaged part: docx.unreadable-part with the part, line:column and the paragraph before it")
    func unreadablePart() throws {
        let body = WordFixture.paragraph("Erster Absatz über Altena") + WordFixture.paragraph("Zweiter") + "<w:p><w:r><w:t>kaputt</w:r></w:p>"
        let loaded = try Self.load(try WordFixture.document(body: body), name: "kaputt.docx")
        let diagnostic = try Self.only("docx.unreadable-part", in: loaded)
        #expect(diagnostic.message.contains("word/document.xml"))
        #expect(diagnostic.message.contains("after paragraph 2 (\"Zweiter\")"))
        #expect(diagnostic.location?.line == 1)
        #expect((diagnostic.location?.column ?? 0) > 300)
        #expect(diagnostic.notes.first == "in part word/document.xml")
        #expect(diagnostic.notes.contains { $0.hasPrefix("the XML parser says:") })
    }

    /// The offset of a part's packed data in a container written by ``WordFixture`` (no extra fields).
    static func dataRange(of part: String, in data: Data) throws -> Range<Int> {
        let bytes = [UInt8](data)
        let name = Array(part.utf8)
        var index = 0
        while index + 30 + name.count <= bytes.count {
            if bytes[index..<(index + 4)].elementsEqual([0x50, 0x4B, 0x03, 0x04]),
                bytes[(index + 30)..<(index + 30 + name.count)].elementsEqual(name)
            {
                let packed = Int(bytes[index + 18]) | Int(bytes[index + 19]) << 8 | Int(bytes[index + 20]) << 16
                let extra = Int(bytes[index + 28]) | Int(bytes[index + 29]) << 8
                let start = index + 30 + name.count + extra
                return start..<(start + packed)
            }
            index += 1
        }
        throw CocoaError(.fileReadCorruptFile)
    }

    @Test("a part whose bytes were changed after packing: docx.unreadable-part, checksum named")
    func checksumMismatch() throws {
        var data = try WordFixture.document(body: WordFixture.paragraph("Text über Hamm"))
        let range = try Self.dataRange(of: "word/document.xml", in: data)
        // Stored blocks are not used by the packer for XML, so flip a bit in the middle of the deflate stream
        // and accept either outcome the inflater can reach: damaged data or a checksum that does not match.
        data[range.lowerBound + range.count / 2] ^= 0x01
        let diagnostic = try Self.only("docx.unreadable-part", in: try Self.load(data, name: "bit.docx"))
        #expect(diagnostic.notes.first == "in part word/document.xml")
        #expect(diagnostic.notes.contains { $0.contains("checksum does not match") || $0.contains("packed data is damaged") },
            "\(diagnostic.notes)")
    }

    @Test("a part whose packed data ends before its deflate stream: reported at once, nothing read past it")
    func truncatedDeflate() throws {
        let body = (1...40).map { WordFixture.paragraph("Absatz \($0) über die Arbeit in Şişli und Hamm") }.joined()
        var data = try WordFixture.document(body: body)
        let range = try Self.dataRange(of: "word/document.xml", in: data)
        // Cut the part's packed data in half: both the local header's and the directory's size stay as
        // they were, so the inflater runs out of this part's bytes before the stream ends.
        data.replaceSubrange(range.lowerBound + range.count / 2..<range.upperBound, with: Data())
        let diagnostic = try Self.only("docx.unreadable-part", in: try Self.load(data, name: "kurz.docx"))
        #expect(diagnostic.notes.first == "in part word/document.xml")
    }

    @Test("a Zip64 end record whose directory offset is near the top of UInt64 is refused, not an overflow")
    func zip64DirectoryOffsetOverflow() throws {
        var bytes = [UInt8](try WordFixture.document(body: WordFixture.paragraph("Text")))
        let end = bytes.count - 22
        #expect(bytes[end..<(end + 4)].elementsEqual([0x50, 0x4B, 0x05, 0x06]))
        func le(_ value: UInt64, _ count: Int) -> [UInt8] { (0..<count).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) } }
        var record = le(0x0606_4B50, 4) + le(44, 8) + le(45, 2) + le(45, 2) + le(0, 4) + le(0, 4)
        record += le(4, 8) + le(4, 8) + le(10, 8) + le(UInt64.max - 5, 8)
        let locator = le(0x0706_4B50, 4) + le(0, 4) + le(UInt64(end), 8) + le(1, 4)
        var eocd = Array(bytes[end...])
        eocd.replaceSubrange(12..<20, with: le(0xFFFF_FFFF, 4) + le(0xFFFF_FFFF, 4))
        bytes = Array(bytes[..<end]) + record + locator + eocd
        let loaded = try Self.load(Data(bytes), name: "zip64.docx")
        #expect(loaded.contribution == nil)
        #expect(loaded.diagnostics.contains { $0.severity == .error && $0.location != nil })
    }

    @Test("an entry whose Zip64 local-header offset is UInt64.max is refused, not handed to ZIPFoundation")
    func zip64EntryOffsetAtTheTop() throws {
        var bytes = [UInt8](try WordFixture.document(body: WordFixture.paragraph("Text")))
        func le(_ value: UInt64, _ count: Int) -> [UInt8] { (0..<count).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) } }
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        let end = bytes.count - 22
        #expect(bytes[end..<(end + 4)].elementsEqual([0x50, 0x4B, 0x05, 0x06]))
        let entry = u32(end + 16)
        #expect(bytes[entry..<(entry + 4)].elementsEqual([0x50, 0x4B, 0x01, 0x02]))
        // The first entry's local-header offset moves into a Zip64 extra field that holds UInt64.max.
        let extra = le(0x0001, 2) + le(8, 2) + le(UInt64.max, 8)
        let extraAt = entry + 46 + u16(entry + 28) + u16(entry + 30)
        bytes.replaceSubrange(entry + 42..<entry + 46, with: le(0xFFFF_FFFF, 4))
        bytes.replaceSubrange(entry + 30..<entry + 32, with: le(UInt64(u16(entry + 30) + extra.count), 2))
        bytes.insert(contentsOf: extra, at: extraAt)
        let newEnd = end + extra.count
        bytes.replaceSubrange(newEnd + 12..<newEnd + 16, with: le(UInt64(u32(newEnd + 12) + extra.count), 4))
        let loaded = try Self.load(Data(bytes), name: "zip64-entry.docx")
        #expect(loaded.contribution == nil)
        #expect(loaded.diagnostics.contains { $0.severity == .error && $0.location != nil && $0.message.contains("damaged") },
            "\(loaded.diagnostics.map(\.message))")
    }

    @Test("an image without alternative text names its paragraph and first words: docx.missing-alt")
    func missingAlternativeText() throws {
        let image = #"<w:p><w:r><w:t>Das Rathaus</w:t></w:r><w:r><w:drawing><wp:inline><wp:docPr id="1" name="Bild 1"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:blip r:embed="rIdBild"/></a:graphic></wp:inline></w:drawing></w:r></w:p>"#
        let described = #"<w:p><w:r><w:drawing><wp:inline><wp:docPr id="2" name="Bild 2" descr="Der Marktplatz im Winter"/></wp:inline></w:drawing></w:r></w:p>"#
        let relationships = #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdBild" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/rathaus.png"/></Relationships>"#
        let loaded = try Self.load(try WordFixture.document(body: WordFixture.paragraph("Einleitung") + image + described,
            extra: [("word/_rels/document.xml.rels", relationships)]), name: "bilder.docx")
        let warnings = loaded.diagnostics.filter { $0.code == "docx.missing-alt" }
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.contains("the image showing word/media/rathaus.png in paragraph 2 (\"Das Rathaus\")") == true)
        let figures = loaded.contribution?.blocks.compactMap { block -> Figure? in
            if case .figure(let figure) = block { figure } else { nil }
        }
        #expect(figures?.map(\.alternativeText) == ["", "Der Marktplatz im Winter"])
        #expect(figures?.first?.imagePath == "word/media/rathaus.png")
        #expect(figures?.map(\.id) == ["docx-p2-img1", "docx-p3-img1"])
    }

    @Test("stable block ids: w14:paraId where written, else the paragraph's number")
    func blockIDs() throws {
        let body = #"<w:p xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" w14:paraId="1A2B3C4D"><w:r><w:t>Mit Kennung</w:t></w:r></w:p><w:p/>"#
            + WordFixture.paragraph("Ohne Kennung")
        let loaded = try Self.load(try WordFixture.document(body: body), name: "ids.docx")
        #expect(loaded.contribution?.blocks.map(\.id) == ["para-1A2B3C4D", "docx-p3"])
        #expect(DerivedBlockID.isDerived("docx-p3"))
        #expect(!DerivedBlockID.isDerived("para-1A2B3C4D"))
    }

    @Test("headings by localised style name and by outline level")
    func localisedStyles() throws {
        let styles = #"<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="Überschrift 1"/></w:style><w:style w:type="paragraph" w:styleId="Balk2"><w:name w:val="Başlık 2"/></w:style><w:style w:type="paragraph" w:styleId="Gliederung"><w:name w:val="Gliederung"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>"#
        let body = WordFixture.paragraph("Erstes Kapitel", style: "berschrift1") + WordFixture.paragraph("Abschnitt", style: "Balk2")
            + WordFixture.paragraph("Text") + WordFixture.paragraph("Zweites Kapitel", style: "Gliederung")
        let document = try #require(try Self.load(try WordFixture.document(body: body, styles: styles), name: "k.docx").contribution)
        guard case .section(let first) = document.blocks.first, case .section(let inner) = first.blocks.first else {
            Issue.record("expected nested sections, got \(document.blocks)")
            return
        }
        #expect(first.title == [.text("Erstes Kapitel")])
        #expect(inner.title == [.text("Abschnitt")])
        #expect(inner.blocks.count == 1)
        #expect(document.blocks.count == 2)
        #expect(document.language == .german)
    }

    @Test("a text box inside a link: its paragraph comes first, without the outer paragraph's link")
    func textBoxInsideLink() throws {
        let relationships = #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdL" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.example.org/" TargetMode="External"/></Relationships>"#
        let body = #"<w:p><w:hyperlink r:id="rIdL"><w:r><w:t>Außen</w:t></w:r><w:r><w:pict><w:txbxContent><w:p><w:r><w:t>Innen</w:t></w:r></w:p></w:txbxContent></w:pict></w:r></w:hyperlink></w:p>"#
        let loaded = try Self.load(try WordFixture.document(body: body, extra: [("word/_rels/document.xml.rels", relationships)]),
            name: "textbox.docx")
        let blocks = try #require(loaded.contribution).blocks
        #expect(blocks == [
            .paragraph(Paragraph(id: "docx-p2", content: [.text("Innen")], location: blocks.first?.location)),
            .paragraph(Paragraph(id: "docx-p1", content: [.link(href: "https://www.example.org/", [.text("Außen")])],
                location: blocks.last?.location)),
        ])
    }

    @Test("without a default language, the language most runs name is the document's")
    func languageFromRuns() throws {
        let run = { (text: String, language: String) in
            #"<w:p><w:r><w:rPr><w:lang w:val="\#(language)"/></w:rPr><w:t>\#(text)</w:t></w:r></w:p>"#
        }
        let data = try WordFixture.container([
            ("word/document.xml", #"<?xml version="1.0"?><w:document xmlns:w="\#(WordFixture.wordNamespace)"><w:body>"#
                + run("Merhaba", "tr-TR") + run("Hallo", "de-DE") + run("Hoş geldiniz", "tr-TR") + "</w:body></w:document>"),
        ])
        let loaded = try Self.load(data, name: "runs.docx")
        #expect(loaded.contribution?.language == .turkish)
        #expect(!loaded.diagnostics.contains { $0.code == "docx.no-language" })
        let none = try Self.load(try WordFixture.container([
            ("word/document.xml", #"<?xml version="1.0"?><w:document xmlns:w="\#(WordFixture.wordNamespace)"><w:body><w:p><w:r><w:t>Text</w:t></w:r></w:p></w:body></w:document>"#),
        ]), name: "none.docx")
        #expect(none.contribution?.language == nil)
        #expect(none.diagnostics.map(\.code) == ["docx.no-language"])
    }
}
