import FormatReaders
import Foundation
import Pairing
import PublicationCore
import Testing

/// XLIFF markers with a language (`<mrk its:lang="de">`) reach the publication as a phrase in that language.
@Suite struct InlineTextLanguageTests {
    @Test func aMarkerWithALanguageBecomesAForeignPhrase() {
        let text = InlineText([
            .text("Heyetler "),
            .code(InlineCode(kind: .markerStart, element: "mrk", id: "m1", attributes: ["its:lang": "de", "type": "generic"])),
            .text("Osnabrück"), .code(InlineCode(kind: .markerEnd, element: "mrk", id: "m1")),
            .text("’ü ve "), .code(InlineCode(kind: .markerStart, element: "mrk", id: "m2", attributes: ["type": "term"])),
            .text("Altena"), .code(InlineCode(kind: .markerEnd, element: "mrk", id: "m2")), .text("’yı gördü."),
        ])
        #expect(text.inlines == [
            .text("Heyetler "), .foreign(language: .german, element: "phrase", [.text("Osnabrück")]),
            .text("’ü ve "), .text("Altena"), .text("’yı gördü."),
        ])
    }

    @Test func anXLIFF2TargetKeepsTheLanguageOfItsMarker() throws {
        let xliff = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:its="http://www.w3.org/2005/11/its"
                   version="2.1" srcLang="de" trgLang="tr">
              <file id="f1">
                <unit id="u1">
                  <segment state="translated">
                    <source>Delegationen besuchten Osnabrück.</source>
                    <target>Heyetler <mrk id="m1" its:lang="de">Osnabrück</mrk>’ü ziyaret etti.</target>
                  </segment>
                </unit>
              </file>
            </xliff>
            """
        var units: [TranslationUnit] = []
        let loaded = DocumentLoader().load(Data(xliff.utf8), displayPath: "inline.xlf") { units.append($0) }
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty, "\(loaded.diagnostics.map(\.message))")
        let unit = try #require(units.first)
        let target = try #require(unit.segments.first?.target)
        #expect(target.inlines.contains(.foreign(language: .german, element: "phrase", [.text("Osnabrück")])), "\(target.inlines)")
    }
}
