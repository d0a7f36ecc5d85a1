import PublicationCore
import Testing

/// A list item's or a quotation's text (``TranslatableBlock/text(of:)``, what is paired, counted and
/// fingerprinted) and its markup (``TranslatableBlock/joined(_:)``, what is exported and shown) follow one
/// rule, so an exported unit's source is the block's text. Sample texts.
@Suite("Text and markup of blocks agree")
struct TranslatableBlockTextTests {
    static func paragraph(_ text: String) -> Block { .paragraph(Paragraph(content: [.text(text)])) }

    static let shapes: [(String, [Block], String)] = [
        ("a section inside a list item", [
            .section(Section(title: [.text("Fragen")], blocks: [paragraph("Wer hilft beim Antrag?")])),
        ], "Fragen Wer hilft beim Antrag?"),
        ("a section inside a quotation", [
            paragraph("Vorweg:"),
            .section(Section(title: [.text("Erfahrungen")], blocks: [paragraph("Die Beratung hilft."), paragraph("Danke.")])),
        ], "Vorweg: Erfahrungen Die Beratung hilft. Danke."),
        ("a section without a title", [
            .section(Section(title: [], blocks: [paragraph("Nur Text.")])),
        ], "Nur Text."),
        ("a section without a body", [
            .section(Section(title: [.text("Nur ein Titel")], blocks: [])),
        ], "Nur ein Titel"),
        ("a nested list and a figure", [
            paragraph("Erstens"),
            .list(ListBlock(isOrdered: false, items: [ListItem(blocks: [paragraph("a")]), ListItem(blocks: [paragraph("b")])])),
            .figure(Figure(title: [.text("Bild")])),
        ], "Erstens a b Bild"),
        ("emphasis in a section title", [
            .section(Section(title: [.text("Die "), .emphasis(role: nil, [.text("Stadt")])], blocks: [paragraph("hilft.")])),
        ], "Die Stadt hilft."),
    ]

    @Test("text(of:) is the plain text of joined(_:)", arguments: shapes.indices)
    func agree(index: Int) {
        let (name, blocks, expected) = Self.shapes[index]
        #expect(TranslatableBlock.text(of: blocks) == expected, "\(name)")
        #expect(TranslatableBlock.joined(blocks).plainText == expected, "\(name)")
    }

    @Test("a list item and a quotation holding a section: the piece's markup reads as its text")
    func pieces() {
        let body: [Block] = [.section(Section(title: [.text("Fragen")], blocks: [Self.paragraph("Wer hilft?")]))]
        let document = ContributionDocument(language: .german, id: "x", info: ContributionInfo(title: [.text("Titel")]),
            blocks: [
                .list(ListBlock(id: "l1", isOrdered: false, items: [ListItem(id: "l1-i1", blocks: body)])),
                .quote(Quote(id: "q1", blocks: body)),
            ])
        let pieces = TranslatableBlock.blocks(of: document).filter { $0.kind == .listItem || $0.kind == .quote }
        #expect(pieces.count == 2)
        for piece in pieces {
            #expect(piece.text == "Fragen Wer hilft?")
            #expect(piece.content.plainText == piece.text, "\(piece.kind)")
        }
    }
}
