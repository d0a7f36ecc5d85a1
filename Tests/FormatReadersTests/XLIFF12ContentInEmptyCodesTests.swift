import Foundation
import FormatReaders
import PublicationCore
import Testing

/// `<bx>` and `<ex>` are empty in XLIFF 1.2; text inside one is kept, with a warning (the issue's
/// report: such text was dropped and the unit counted as an empty translation).
@Suite struct XLIFF12ContentInEmptyCodesTests {
    static func load(target: String) throws -> (LoadedDocument, [TranslationUnit]) {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
             <file original="a.txt" source-language="en" target-language="de" datatype="plaintext">
              <body>
               <trans-unit id="1">
                <source>The <bx id="1"/>text<ex id="2" rid="1"/> stays.</source>
                <target>\(target)</target>
               </trans-unit>
              </body>
             </file>
            </xliff>
            """
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("xliff12-bx-\(UUID().uuidString).xlf")
        try text.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        var units: [TranslationUnit] = []
        let loaded = DocumentLoader().load(contentsOf: url, displayPath: "bx.xlf") { units.append($0) }
        return (loaded, units)
    }

    @Test func textInsideABxIsKeptWithAWarning() throws {
        let (loaded, units) = try Self.load(target: "<bx id=\"1\">Text</bx> bleibt.<ex id=\"2\" rid=\"1\"/>")
        let warning = try #require(loaded.diagnostics.first { $0.code == "xliff.code-with-content" })
        #expect(warning.severity == .warning)
        #expect(warning.location?.line == 7)
        #expect(warning.location?.column == 13)
        let target = try #require(units.first?.segments.first?.target)
        #expect(target.plainText == "Text bleibt.")
        #expect(target.codes.count == 2)
        #expect(loaded.statistics.empty == 0)
    }

    @Test func emptyBxAndExGiveNoWarning() throws {
        let (loaded, units) = try Self.load(target: "Der <bx id=\"1\"/>Text<ex id=\"2\" rid=\"1\"/> bleibt.")
        #expect(!loaded.diagnostics.contains { $0.code == "xliff.code-with-content" })
        #expect(units.first?.segments.first?.target?.plainText == "Der Text bleibt.")
    }
}
