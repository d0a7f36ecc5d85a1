import FormatReaders
import Foundation
import Pairing
import PublicationCore
import Testing
import TestSupport

/// `kopru align` aligns footnotes as `kopru check` pairs them: a footnote's sentences follow its
/// paragraph, paired with the translation's footnote of the same id (or position).
@Suite("Footnotes in the document aligner")
struct DocumentAlignerFootnoteTests {
    static func document(_ path: String) throws -> ContributionDocument {
        let url = Corpus.repositoryRoot.appendingPathComponent(path)
        return try #require(DocumentLoader().load(contentsOf: url, displayPath: path).contribution)
    }

    @Test("the Osnabrück footnote's sentences are aligned with the Turkish footnote's")
    func footnotesAreAligned() throws {
        let german = try Self.document("Sources-de/03-osnabrueck.xml")
        let turkish = try Self.document("Sources-tr/03-osnabrueck.xml")
        let alignment = DocumentAligner().align(german: german, turkish: turkish)
        let germanIndex = try #require(alignment.sentences.german.firstIndex { $0.hasPrefix("Ein allgemeiner Integrationskurs") })
        let link = try #require(alignment.links.first { $0.german.contains(germanIndex) })
        #expect(!link.turkish.isEmpty, "the footnote's first sentence has no Turkish partner")
        #expect(link.turkish.allSatisfy { alignment.sentences.turkish[$0].hasPrefix("Genel") }
            || link.turkish.contains { alignment.sentences.turkish[$0].contains("entegrasyon") })
    }

    @Test("a footnote the translation lacks is a 1-0 link")
    func missingFootnote() throws {
        let german = try Self.document("Sources-de/03-osnabrueck.xml")
        var turkish = try Self.document("Sources-tr/03-osnabrueck.xml")
        turkish.blocks = Self.withoutFootnotes(turkish.blocks)
        let alignment = DocumentAligner().align(german: german, turkish: turkish)
        let germanIndex = try #require(alignment.sentences.german.firstIndex { $0.hasPrefix("Ein allgemeiner Integrationskurs") })
        #expect(alignment.links.contains { $0.german == [germanIndex] && $0.type == "1-0" })
    }

    static func withoutFootnotes(_ blocks: [Block]) -> [Block] {
        blocks.map { block in
            switch block {
            case .section(var section):
                section.blocks = withoutFootnotes(section.blocks)
                return .section(section)
            case .paragraph(var paragraph):
                paragraph.content = paragraph.content.filter { if case .footnote = $0 { false } else { true } }
                return .paragraph(paragraph)
            default:
                return block
            }
        }
    }
}
