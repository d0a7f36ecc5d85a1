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
