import Foundation
import FormatReaders
import PublicationCore
import Testing
import TestSupport

/// Word files from other projects' test data (`docx/other/`, no reference reading): what their
/// `SOURCES.md` line says each exercises, checked against the parts as written.
@Suite("Word documents from other projects")
struct DOCXOtherCorpusTests {
    static func document(_ path: String) throws -> ContributionDocument {
        let loaded = DocumentLoader().load(contentsOf: Corpus.url("docx/other/\(path)"), displayPath: path)
        #expect(!loaded.diagnostics.contains { $0.severity == .error }, "\(loaded.diagnostics)")
        return try #require(loaded.contribution)
    }

    /// Every link (target, text) in running text and footnotes, in order.
    static func links(_ blocks: [Block]) -> [(String, String)] {
        var result: [(String, String)] = []
        func inlines(_ list: [Inline]) {
            for inline in list {
                switch inline {
                case .link(let href, let children): result.append((href, children.plainText))
                case .emphasis(_, let children), .other(_, let children), .foreign(_, _, let children): inlines(children)
                case .footnote(_, let blocks): walk(blocks)
                case .text: break
                }
            }
        }
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .section(let section): inlines(section.title); walk(section.blocks)
                case .paragraph(let paragraph): inlines(paragraph.content)
                case .list(let list): list.items.forEach { walk($0.blocks) }
                case .quote(let quote): walk(quote.blocks)
                case .figure: break
                }
            }
        }
        walk(blocks)
        return result
    }

    @Test("ISO 29500 Strict namespaces are read like the transitional ones")
    func strict() throws {
        let document = try Self.document("mammoth/strict-format.docx")
        #expect(document.blocks.first.map { block in
            if case .paragraph(let paragraph) = block { paragraph.content.plainText } else { "" }
        } == "Test")
    }

    @Test("a hyperlink inside a footnote keeps its target from the footnotes part's relationships")
    func footnoteHyperlink() throws {
        let links = Self.links(try Self.document("mammoth/footnote-hyperlink.docx").blocks)
        #expect(links.map(\.0) == ["http://www.example.com"])
        #expect(links.map(\.1) == ["Example"])
    }

    @Test("hyperlinks to bookmarks (w:anchor) and URLs with a fragment (r:id + w:anchor)")
    func hyperlinkFragments() throws {
        let targets = Self.links(try Self.document("python-docx/par-hlink-frags.docx").blocks).map(\.0)
        #expect(targets == ["#linkedBookmark", "https://foo.com", "https://foo.com?q=bar", "http://foo.com/#intro",
            "https://foo.com?q=bar#baz", "court-exif.jpg"])
    }

    @Test("w:fldSimple gives its cached result")
    func simpleField() throws {
        let document = try Self.document("apache-poi/FldSimple.docx")
        let text = document.blocks.compactMap { block -> String? in
            if case .paragraph(let paragraph) = block { paragraph.content.plainText } else { nil }
        }.joined(separator: " ")
        #expect(text.contains("FldSimple.docx"))
        #expect(!text.contains("FILENAME"))
    }

    @Test("a footnote reference inside a table cell")
    func footnoteInTable() throws {
        let document = try Self.document("apache-poi/table_footnotes.docx")
        var notes = 0
        func count(_ blocks: [Block]) {
            for block in blocks {
                if case .paragraph(let paragraph) = block {
                    notes += paragraph.content.filter { if case .footnote(_, let blocks) = $0 { !blocks.isEmpty } else { false } }.count
                }
                if case .section(let section) = block { count(section.blocks) }
            }
        }
        count(document.blocks)
        #expect(notes == 1)
    }
}
