import Pairing
import PublicationCore
import Testing

/// Word documents: ids derived from paragraph numbers never pair two documents; shared Word paragraph
/// ids (`w14:paraId`, kept when a translator overwrites a copy of the original) do.
@Suite("Pairing Word documents by their ids")
struct DerivedBlockIDPairingTests {
    static func document(_ language: LanguageTag, _ blocks: [(String, String)]) -> ContributionDocument {
        ContributionDocument(language: language, info: ContributionInfo(title: [.text("T")]),
            blocks: blocks.map { .paragraph(Paragraph(id: $0.0, content: [.text($0.1)])) })
    }

    static let german = [
        "Die Stadt zählte 2019 genau 148 Patenschaften.", "Im Jahr 2020 kamen 37 Familien aus Izmir dazu.",
        "Das Programm endet 2024 mit einem Fest in Hamm.",
    ]
    static let turkish = [
        "Şehir 2019'da tam 148 rehberlik saydı.", "Program 2024'te Hamm'da bir şenlikle bitiyor.",
    ]

    @Test("derived ids: paired by structure, so the missing middle paragraph is found where it is")
    func derivedIDs() {
        let original = Self.document(.german, Self.german.enumerated().map { ("docx-p\($0.offset + 1)", $0.element) })
        let translation = Self.document(.turkish, Self.turkish.enumerated().map { ("docx-p\($0.offset + 1)", $0.element) })
        let result = ContributionPairer().pair(id: "c", original: original, originalPath: "de.docx",
            translation: .document(translation, path: "tr.docx"))
        #expect(result.method == .structure)
        #expect(result.counts.missing == 1)
        #expect(result.diagnostics.contains { $0.code == "align.missing" && $0.message.contains("\"docx-p2\"") })
    }

    @Test("shared w14:paraIds: paired by id")
    func sharedParagraphIDs() {
        let original = Self.document(.german, zip(["para-0A", "para-0B", "para-0C"], Self.german).map { ($0, $1) })
        let translation = Self.document(.turkish, zip(["para-0A", "para-0C"], Self.turkish).map { ($0, $1) })
        let result = ContributionPairer().pair(id: "c", original: original, originalPath: "de.docx",
            translation: .document(translation, path: "tr.docx"))
        #expect(result.method == .ids)
        #expect(result.counts.missing == 1)
        #expect(result.diagnostics.contains { $0.code == "align.missing" && $0.message.contains("\"para-0B\"") })
    }
}
