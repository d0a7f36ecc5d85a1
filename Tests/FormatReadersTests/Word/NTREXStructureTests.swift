import Foundation
import FormatReaders
import PublicationCore
import Testing
import TestSupport

/// The German/Turkish NTREX documents written by pandoc and by LibreOffice (German and Turkish
/// interface, so localised style ids): every block, in order, as `expected-structure.json` lists it.
@Suite("NTREX Word documents, block by block")
struct NTREXStructureTests {
    /// One block of the expected structure, as (kind, text); list items and footnotes are blocks.
    struct ExpectedBlock: Decodable {
        var block: String
        var text: String?
        var items: [Item]?
        struct Item: Decodable { var text: String }
    }

    static let expected: [String: [ExpectedBlock]] = {
        guard let data = try? Data(contentsOf: Corpus.url("docx/ntrex-de-tr/expected-structure.json")) else { return [:] }
        return (try? JSONDecoder().decode([String: [ExpectedBlock]].self, from: data)) ?? [:]
    }()

    static let files: [String] = Corpus.files(under: "docx/ntrex-de-tr", extensions: ["docx"])
        .map(\.lastPathComponent)

    /// `ntrex-06.tr.libreoffice-tracked.docx` → `ntrex-06.tr` (changes accepted).
    static func key(of file: String) -> String {
        file.split(separator: ".").prefix(2).joined(separator: ".")
    }

    static func flatten(_ expected: [ExpectedBlock]) -> [String] {
        var result: [String] = []
        var footnotes: [String] = []
        for block in expected {
            switch block.block {
            case "bullet_list", "ordered_list":
                result += (block.items ?? []).map { "\(block.block == "ordered_list" ? "1." : "-") \($0.text)" }
            case "footnote": footnotes.append("footnote: \(block.text ?? "")")
            case "heading2": result.append("## \(block.text ?? "")")
            default: result.append("\(block.block == "title" ? "title: " : "")\(block.text ?? "")")
            }
        }
        return result + footnotes
    }

    static func flatten(_ document: ContributionDocument) -> [String] {
        var result = ["title: " + document.info.title.plainText]
        var footnotes: [String] = []
        func notes(in inlines: [Inline]) {
            for inline in inlines {
                if case .footnote(_, let blocks) = inline {
                    footnotes.append("footnote: " + blocks.map { block in
                        if case .paragraph(let paragraph) = block { paragraph.content.plainText } else { "" }
                    }.joined(separator: " "))
                }
            }
        }
        func walk(_ blocks: [Block], prefix: String) {
            for block in blocks {
                switch block {
                case .section(let section):
                    result.append("## " + section.title.plainText)
                    notes(in: section.title)
                    walk(section.blocks, prefix: "")
                case .paragraph(let paragraph):
                    result.append(prefix + paragraph.content.plainText)
                    notes(in: paragraph.content)
                case .list(let list):
                    for item in list.items { walk(item.blocks, prefix: list.isOrdered ? "1. " : "- ") }
                case .quote(let quote): walk(quote.blocks, prefix: "")
                case .figure: result.append("figure")
                }
            }
        }
        walk(document.blocks, prefix: "")
        return result + footnotes
    }

    @Test("the corpus is there")
    func corpusPresent() {
        #expect(Self.files.count == 19)
        #expect(Self.expected.count == 13)
    }

    @Test("every block in order: title, headings, paragraphs, list items, footnote", arguments: files)
    func blocks(file: String) throws {
        let loaded = DocumentLoader().load(contentsOf: Corpus.url("docx/ntrex-de-tr/\(file)"), displayPath: file)
        let document = try #require(loaded.contribution)
        let expected = try #require(Self.expected[Self.key(of: file)])
        #expect(Self.flatten(document) == Self.flatten(expected))
        #expect(document.language == (file.contains(".de.") ? .german : .turkish))
        #expect(loaded.format == .docx)
        #expect(!loaded.diagnostics.contains { $0.severity == .error })
    }

    @Test("links, emphasis and strong keep their text and targets")
    func inlineMarkup() throws {
        let loaded = DocumentLoader().load(contentsOf: Corpus.url("docx/ntrex-de-tr/ntrex-01.tr.libreoffice.docx"),
            displayPath: "ntrex-01.tr.libreoffice.docx")
        let document = try #require(loaded.contribution)
        var links: [(String, String)] = []
        var strong: [String] = []
        var emphasis: [String] = []
        func walk(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .link(let href, let children): links.append((href, children.plainText)); walk(children)
                case .emphasis("strong", let children): strong.append(children.plainText); walk(children)
                case .emphasis(_, let children): emphasis.append(children.plainText); walk(children)
                default: break
                }
            }
        }
        func blocks(_ list: [Block]) {
            for block in list {
                switch block {
                case .section(let section): walk(section.title); blocks(section.blocks)
                case .paragraph(let paragraph): walk(paragraph.content)
                case .list(let list): list.items.forEach { blocks($0.blocks) }
                default: break
                }
            }
        }
        blocks(document.blocks)
        #expect(links.map(\.0) == ["https://en.wikipedia.org/wiki/Elin_Jones"])
        #expect(links.map(\.1) == ["Elin Jones"])
        #expect(strong == ["endişeye"])
        #expect(emphasis == ["Galler Parlamentosu"])
    }

    @Test("a document with tracked changes reads as accepted, with a warning; the comment is left out with a note")
    func trackedChanges() throws {
        let file = "ntrex-06.tr.libreoffice-tracked.docx"
        let loaded = DocumentLoader().load(contentsOf: Corpus.url("docx/ntrex-de-tr/\(file)"), displayPath: file)
        let document = try #require(loaded.contribution)
        #expect(Self.flatten(document) == Self.flatten(try #require(Self.expected["ntrex-06.tr"])))
        #expect(Self.flatten(document) != Self.flatten(try #require(Self.expected["ntrex-06.tr.draft"])))
        let warning = try #require(loaded.diagnostics.first { $0.code == "docx.tracked-changes" })
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("unaccepted tracked changes"))
        #expect(warning.notes == ["in part word/document.xml"])
        #expect(warning.location?.file == file)
        #expect(loaded.diagnostics.contains { $0.code == "docx.comments-ignored" && $0.severity == .note })
        let plain = document.blocks.map { block -> String in
            if case .paragraph(let paragraph) = block { paragraph.content.plainText } else { "" }
        }.joined()
        #expect(!plain.contains("General Assembly"), "the comment's English text must not be read")
    }
}
