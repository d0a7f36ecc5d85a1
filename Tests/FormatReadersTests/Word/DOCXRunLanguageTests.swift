import Foundation
import FormatReaders
import PublicationCore
import Testing

/// Word runs whose `w:lang` differs from the document's language carry it into the model.
@Suite struct DOCXRunLanguageTests {
    static func run(_ text: String, language: String? = nil, italic: Bool = false) -> String {
        var properties = italic ? "<w:i/>" : ""
        if let language { properties += #"<w:lang w:val="\#(language)"/>"# }
        let rPr = properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>"
        return #"<w:r>\#(rPr)<w:t xml:space="preserve">\#(text)</w:t></w:r>"#
    }

    static func content(_ runs: String) throws -> [Inline] {
        let data = try WordFixture.document(body: "<w:p>\(runs)</w:p>")
        let loaded = DocumentLoader().load(data, displayPath: "runs.docx")
        let document = try #require(loaded.contribution)
        #expect(document.language == .german)
        guard case .paragraph(let paragraph)? = document.blocks.first else {
            Issue.record("no paragraph: \(document.blocks)")
            return []
        }
        return paragraph.content
    }

    @Test func aTurkishNameInAGermanDocumentGetsItsLanguage() throws {
        let content = try Self.content(Self.run("Fachleute besuchten ") + Self.run("Şişli", language: "tr-TR")
            + Self.run(" und ", language: "de-DE") + Self.run("Sultanbeyli", language: "tr-TR", italic: true) + Self.run("."))
        #expect(content == [
            .text("Fachleute besuchten "), .foreign(language: .turkish, element: "phrase", [.text("Şişli")]),
            .text(" und "), .emphasis(role: nil, [.foreign(language: .turkish, element: "phrase", [.text("Sultanbeyli")])]),
            .text("."),
        ])
    }

    @Test func runsInTheDocumentsLanguageStayPlainText() throws {
        let content = try Self.content(Self.run("Osnabrück", language: "de-DE") + Self.run(" hilft.", language: "de-AT"))
        #expect(content == [.text("Osnabrück hilft.")])
    }
}
