import Foundation
import FormatReaders
import PublicationCore
import Testing
import TestSupport

/// Every Word file of the corpus's `docx/pandoc/` read by Köprü and compared with pandoc's own
/// reading of it (`json/`), block text by block text, white space collapsed.
@Suite("Word documents of pandoc's test suite")
struct DOCXCorpusTests {
    /// The reference of each document: pandoc's reading with the options that match Köprü's
    /// (tracked changes accepted, comments left out).
    static func reference(for document: String) -> String {
        switch document {
        case "image": "image_no_embed"
        case "comments": "comments_no_comments"
        case "paragraph_insertion_deletion", "track_changes_deletion", "track_changes_insertion", "track_changes_move":
            document + "_accept"
        default: document
        }
    }

    /// Documents whose block texts differ from pandoc's on purpose, and why.
    static let exceptions: [String: String] = [
        "0_level_headers":
            "the Title-styled paragraph \"CONTENTS\" becomes the contribution's title; pandoc keeps a Title paragraph after the document's start in the body",
        "paragraph_insertion_deletion":
            "accepting a deleted paragraph mark joins \"split\" and \"Paragraph.\" as Word does (\"splitParagraph.\"); pandoc puts a space between them",
        "table_captions_with_field":
            "the caption \"Table 2\" stands after its table in the document and stays there; pandoc moves a table's caption before the table",
        "unicode":
            "characters of the Symbol font (w:sym, here ∨∨() are left out; pandoc maps them to Unicode",
        "track_changes_scrubbed_metadata":
            "pandoc's reference for this file was made with --track-changes=all (deleted text and the comment kept); Köprü reads the accepted text",
    ]

    static let documents: [String] = Corpus.files(under: "docx/pandoc", extensions: ["docx"])
        .map { $0.deletingPathExtension().lastPathComponent }
        .filter { FileManager.default.fileExists(atPath: Corpus.url("docx/pandoc/json/\(reference(for: $0)).json").path) }

    static func read(_ path: String) -> LoadedDocument {
        DocumentLoader().load(contentsOf: Corpus.url(path), displayPath: path)
    }

    @Test("the corpus is there")
    func corpusPresent() {
        #expect(Self.documents.count >= 40)
    }

    @Test("block texts equal pandoc's", arguments: documents)
    func blockTexts(document: String) throws {
        let loaded = Self.read("docx/pandoc/\(document).docx")
        let contribution = try #require(loaded.contribution, "\(loaded.diagnostics)")
        let reference = try PandocReference(contentsOf: Corpus.url("docx/pandoc/json/\(Self.reference(for: document)).json"))
        let read = ReadBlocks(contribution)
        if let reason = Self.exceptions[document] {
            #expect(read.blocks != reference.blocks, "listed as an exception (\(reason)) but equal now: remove it")
        } else {
            #expect(read.blocks == reference.blocks)
            #expect(read.notes == reference.notes)
        }
    }
}

/// Headings, lists, notes and alternative texts of the pandoc corpus, one feature at a time.
@Suite("Word documents of pandoc's test suite, feature by feature")
struct DOCXFeatureTests {
    static func both(_ document: String) throws -> (ReadBlocks, PandocReference) {
        let loaded = DOCXCorpusTests.read("docx/pandoc/\(document).docx")
        let contribution = try #require(loaded.contribution)
        let reference = try PandocReference(
            contentsOf: Corpus.url("docx/pandoc/json/\(DOCXCorpusTests.reference(for: document)).json"))
        return (ReadBlocks(contribution), reference)
    }

    @Test("heading levels 1 to 6 by style", arguments: ["headers", "numbered_header", "enumerated_headings"])
    func headings(document: String) throws {
        let (read, reference) = try Self.both(document)
        #expect(!reference.headings.isEmpty)
        #expect(read.headings.map(\.0) == reference.headings.map(\.0))
        #expect(read.headings.map(\.1) == reference.headings.map(\.1))
    }

    @Test("list items: bullet or numbered, nesting depth, text",
        arguments: ["lists", "lists_continuing", "lists_restarting", "lists_level_override", "lists_sublist_reset",
            "lists_restart_8367", "german_styled_lists", "table_with_list_cell"])
    func lists(document: String) throws {
        let (read, reference) = try Self.both(document)
        #expect(!reference.listItems.isEmpty)
        #expect(read.listItems.map(\.0) == reference.listItems.map(\.0), "ordered")
        #expect(read.listItems.map(\.1) == reference.listItems.map(\.1), "depth")
        #expect(read.listItems.map(\.2) == reference.listItems.map(\.2), "text")
    }

    @Test("footnotes and endnotes, several paragraphs each, at their references",
        arguments: ["notes", "link_in_notes", "sdt_in_footnote"])
    func notes(document: String) throws {
        let (read, reference) = try Self.both(document)
        #expect(!reference.notes.isEmpty)
        #expect(read.notes == reference.notes)
    }

    @Test("tracked changes read as accepted, with a warning",
        arguments: ["track_changes_deletion", "track_changes_insertion", "track_changes_move", "paragraph_insertion_deletion"])
    func trackedChanges(document: String) throws {
        let loaded = DOCXCorpusTests.read("docx/pandoc/\(document).docx")
        let warning = try #require(loaded.diagnostics.first { $0.code == "docx.tracked-changes" })
        #expect(warning.severity == .warning)
        #expect(warning.location?.file == "docx/pandoc/\(document).docx")
        #expect(warning.message.contains("(the first in paragraph "))
        if document != "paragraph_insertion_deletion" {
            let (read, reference) = try Self.both(document)
            #expect(read.blocks == reference.blocks)
        }
    }

    @Test("images keep their alternative text", arguments: ["image", "inline_images", "image_vml"])
    func alternativeTexts(document: String) throws {
        let (read, reference) = try Self.both(document)
        #expect(!reference.imageDescriptions.isEmpty)
        #expect(read.imageDescriptions == reference.imageDescriptions)
    }
}
