import Foundation
import FormatReaders
import PublicationCore
import Testing

/// Names of the other language inside a paragraph: `xml:lang` on DocBook inline elements.
@Suite struct DocBookInlineLanguageTests {
    static func paragraph(_ body: String, language: String = "tr") throws -> (content: [Inline], diagnostics: [Diagnostic]) {
        let xml = """
            <article xmlns="http://docbook.org/ns/docbook" version="5.0" xml:lang="\(language)">
            <para xml:id="p1">\(body)</para>
            </article>
            """
        let loaded = DocumentLoader().load(Data(xml.utf8), displayPath: "inline.xml")
        let document = try #require(loaded.contribution)
        guard case .paragraph(let paragraph)? = document.blocks.first else {
            Issue.record("no paragraph in \(document.blocks)")
            return ([], loaded.diagnostics)
        }
        return (paragraph.content, loaded.diagnostics)
    }

    @Test func foreignphraseAndPhraseCarryTheirLanguage() throws {
        let read = try Self.paragraph("""
            Heyetler <foreignphrase xml:lang="de">Osnabrück</foreignphrase>’ü ve
            <phrase xml:lang="de-DE">Saarbrücken</phrase>’i ziyaret etti.
            """)
        #expect(read.content == [
            .text("Heyetler "), .foreign(language: .german, element: "foreignphrase", [.text("Osnabrück")]),
            .text("’ü ve "), .foreign(language: LanguageTag("de-DE")!, element: "phrase", [.text("Saarbrücken")]),
            .text("’i ziyaret etti."),
        ])
        #expect(read.content.plainText == "Heyetler Osnabrück’ü ve Saarbrücken’i ziyaret etti.")
        #expect(read.diagnostics.isEmpty, "foreignphrase with xml:lang is understood, not reported: \(read.diagnostics)")
    }

    @Test func otherInlineElementsKeepTheirMeaningInsideAPhrase() throws {
        let read = try Self.paragraph("in <emphasis xml:lang=\"tr\">Şişli</emphasis> und", language: "de")
        #expect(read.content == [
            .text("in "), .foreign(language: .turkish, element: "phrase", [.emphasis(role: nil, [.text("Şişli")])]), .text(" und"),
        ])
    }

    /// A span that names the language around it is plain text, as a Word run in the document's own
    /// language is: `de-AT` in a German article is German (languages compare by primary subtag).
    @Test func aSpanInTheDocumentsOwnLanguageIsNotForeign() throws {
        let read = try Self.paragraph("""
            Die <phrase xml:lang="de">Stadt</phrase> grüßt <foreignphrase xml:lang="de-AT">Wien</foreignphrase>
            <emphasis xml:lang="DE">herzlich</emphasis>.
            """, language: "de")
        #expect(read.content == [.text("Die Stadt grüßt Wien "), .emphasis(role: nil, [.text("herzlich")]), .text(".")])
        #expect(read.diagnostics.isEmpty, "a phrase in the article's language is understood, not reported: \(read.diagnostics)")
    }

    /// Inside a span of another language, a span is foreign when it differs from that span's language.
    @Test func aNestedSpanIsComparedWithTheSpanAroundIt() throws {
        let read = try Self.paragraph("""
            <phrase xml:lang="de">Bad <phrase xml:lang="de">Ems</phrase> und <foreignphrase xml:lang="tr">Şişli</foreignphrase></phrase>
            """, language: "tr")
        #expect(read.content == [
            .foreign(language: .german, element: "phrase", [
                .text("Bad Ems und "), .foreign(language: .turkish, element: "foreignphrase", [.text("Şişli")]),
            ]),
        ])
    }

    /// A footnote inside a span of another language is text of its own, in the document's language:
    /// a German name in it is still German, a Turkish one is plain text.
    @Test func aFootnoteInsideASpanHasTheDocumentsLanguage() throws {
        let read = try Self.paragraph("""
            <phrase xml:lang="de">Stadt<footnote><para>Bkz. <phrase xml:lang="de">Wien</phrase> ve <phrase xml:lang="tr">İstanbul</phrase></para></footnote></phrase>
            """, language: "tr")
        guard case .foreign(let language, _, let inside)? = read.content.first,
            case .footnote(_, let blocks)? = inside.last, case .paragraph(let note)? = blocks.first
        else {
            Issue.record("no footnote inside the German phrase: \(read.content)")
            return
        }
        #expect(language == .german)
        #expect(note.content == [
            .text("Bkz. "), .foreign(language: .german, element: "phrase", [.text("Wien")]), .text(" ve İstanbul"),
        ])
    }

    /// A footnote with a language of its own compares its spans with that language.
    @Test func aFootnoteWithItsOwnLanguageComparesItsSpansWithIt() throws {
        let read = try Self.paragraph("""
            Metin<footnote xml:lang="de"><para>Siehe <phrase xml:lang="de">Wien</phrase> und <phrase xml:lang="tr">Şişli</phrase></para></footnote>
            """, language: "tr")
        guard case .footnote(_, let blocks)? = read.content.last, case .paragraph(let note)? = blocks.first else {
            Issue.record("no footnote: \(read.content)")
            return
        }
        #expect(note.content == [
            .text("Siehe Wien und "), .foreign(language: .turkish, element: "phrase", [.text("Şişli")]),
        ])
    }

    @Test func elementsWithoutLanguageAndEmptyLanguagesAreUnchanged() throws {
        let read = try Self.paragraph("<foreignphrase>Osnabrück</foreignphrase> <phrase xml:lang=\" \">Altena</phrase>")
        #expect(read.content == [
            .other(element: "foreignphrase", [.text("Osnabrück")]), .text(" "), .other(element: "phrase", [.text("Altena")]),
        ])
    }

    @Test func theSampleVolumeMarksGermanNamesInTurkishText() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let loaded = DocumentLoader().load(contentsOf: root.appendingPathComponent("Sources-tr/01-vorwort.xml"),
            displayPath: "Sources-tr/01-vorwort.xml")
        let document = try #require(loaded.contribution)
        var names: [String] = []
        func walk(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .foreign(let language, _, let children) where language == .german: names.append(children.plainText)
                case .emphasis(_, let children), .link(_, let children), .other(_, let children), .foreign(_, _, let children):
                    walk(children)
                case .text, .footnote: break
                }
            }
        }
        for case .paragraph(let paragraph) in document.blocks { walk(paragraph.content) }
        #expect(names == ["Osnabrück", "Saarbrücken", "Altena", "Sauerland"])
    }
}
