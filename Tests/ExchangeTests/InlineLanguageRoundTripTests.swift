import Exchange
import Foundation
import FormatReaders
import PublicationCore
import Testing

/// A name marked with its language survives the way through the exchange: DocBook read, written
/// back, read again; and encoded as XLIFF codes and decoded into DocBook.
@Suite struct InlineLanguageRoundTripTests {
    static let content: [Inline] = [
        .text("Heyetler "), .foreign(language: .german, element: "foreignphrase", [.text("Osnabrück")]),
        .text("’ü ve "), .foreign(language: .german, element: "phrase", [.emphasis(role: nil, [.text("Altena")])]),
        .text("’yı ziyaret etti."),
    ]

    static func read(_ markup: String) throws -> [Inline] {
        let xml = """
            <article xmlns="http://docbook.org/ns/docbook" xmlns:xlink="http://www.w3.org/1999/xlink" version="5.0" xml:lang="tr">
            <para xml:id="p1">\(markup)</para>
            </article>
            """
        let document = try #require(DocumentLoader().load(Data(xml.utf8), displayPath: "inline.xml").contribution)
        guard case .paragraph(let paragraph)? = document.blocks.first else { throw CancellationError() }
        return paragraph.content
    }

    @Test func docBookMarkupIsReadBackAsTheSameInlines() throws {
        let markup = DocBookMarkup.markup(for: Self.content)
        #expect(markup.contains("<foreignphrase xml:lang=\"de\">Osnabrück</foreignphrase>"))
        #expect(try Self.read(markup) == Self.content)
    }

    @Test(arguments: [XLIFFVersion.v1_2, .v2_1])
    func xliffCodesDecodeToTheMarkedName(version: XLIFFVersion) throws {
        let encoded = InlineCodec.encode(Self.content, for: version)
        #expect(encoded.text.plainText == "Heyetler Osnabrück’ü ve Altena’yı ziyaret etti.")
        let decoded = try #require(DocBookMarkup.decode(encoded.text, meanings: encoded.meanings) { _ in nil })
        #expect(try Self.read(decoded) == Self.content)
    }
}
