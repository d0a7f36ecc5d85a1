import Foundation
import FormatReaders
import PublicationCore
import Testing

/// XLIFF 2 requires a target's inline elements to correspond to the source's: the same kind of
/// element for the same id, and a marker's `translate` kept. Such a file is invalid.
@Suite struct XLIFF2CorrespondenceTests {
    static func document(source: String, target: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">
         <file id="f1">
          <unit id="u1">
           <segment>
            <source>\(source)</source>
            <target>\(target)</target>
           </segment>
          </unit>
         </file>
        </xliff>
        """
    }

    static func diagnostics(_ text: String) throws -> [Diagnostic] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("xliff2-correspondence-\(UUID().uuidString).xlf")
        try text.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        return DocumentLoader().load(contentsOf: url, displayPath: "test.xlf") { _ in }.diagnostics
    }

    @Test func placeholderAnsweringAPairedCodeIsRejected() throws {
        let found = try Self.diagnostics(Self.document(source: "Click <pc id=\"1\">here</pc>.", target: "Klicken Sie <ph id=\"1\"/>hier."))
        let diagnostic = try #require(found.first { $0.code == "xliff2.code-kind-mismatch" })
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location?.line == 5)
        #expect(diagnostic.location?.column == 4)
        #expect(diagnostic.message.contains("<ph id=\"1\">"))
        #expect(diagnostic.message.contains("<pc id=\"1\">"))
        #expect(diagnostic.remedy?.isEmpty == false)
    }

    @Test func markerWithAnotherTranslateValueIsRejected() throws {
        let found = try Self.diagnostics(Self.document(
            source: "Use <mrk id=\"m1\" translate=\"yes\">it</mrk> now.", target: "Verwenden Sie <mrk id=\"m1\" translate=\"no\">it</mrk> jetzt."))
        let diagnostic = try #require(found.first { $0.code == "xliff2.marker-mismatch" })
        #expect(diagnostic.message.contains("translate=\"no\""))
        #expect(diagnostic.severity == .error)
    }

    @Test(arguments: [
        ("Click <pc id=\"1\">here</pc>.", "Klicken Sie <sc id=\"1\"/>hier<ec startRef=\"1\"/>."),
        ("Use <mrk id=\"m1\" translate=\"no\">it</mrk>.", "Verwenden Sie <mrk id=\"m1\" translate=\"no\">it</mrk>."),
        ("A <ph id=\"1\"/> b", "A <ph id=\"1\"/> b <mrk id=\"m9\" translate=\"no\">c</mrk>"),
    ])
    func correspondingElementsAreAccepted(source: String, target: String) throws {
        let found = try Self.diagnostics(Self.document(source: source, target: target))
        #expect(!found.contains { $0.code == "xliff2.code-kind-mismatch" || $0.code == "xliff2.marker-mismatch" })
    }
}
