import Foundation
import PublicationCore
import Testing

@Suite("Language tags")
struct LanguageTagTests {
    @Test("region subtags and separators are normalised to the primary language", arguments: [
        ("de", "de"), ("de-DE", "de"), ("DE", "de"), ("tr_TR", "tr"), ("tr-TR", "tr"), (" tr ", "tr"), ("en-GB", "en"),
    ])
    func normalisation(written: String, code: String) {
        let tag = LanguageTag(written)
        #expect(tag?.code == code)
        #expect(tag?.written == written.trimmingCharacters(in: .whitespaces))
    }

    @Test func emptyIsNoTag() {
        #expect(LanguageTag("") == nil)
        #expect(LanguageTag("   ") == nil)
    }

    @Test("tags compare by primary language only")
    func equality() {
        #expect(LanguageTag("tr-TR") == .turkish)
        #expect(LanguageTag("de-AT") == .german)
        #expect(LanguageTag("de") != .turkish)
        #expect(LanguageTag.german.partner == .turkish && LanguageTag.turkish.partner == .german)
    }
}

@Suite("Inline text")
struct InlineTextTests {
    @Test("adjacent text runs merge; empty runs vanish; codes stay typed")
    func merging() {
        var text = InlineText()
        text.append(text: "Grüße aus ")
        text.append(text: "")
        text.append(.code(InlineCode(kind: .opening, element: "g", id: "1")))
        text.append(text: "Şişli")
        text.append(text: "!")
        text.append(.code(InlineCode(kind: .closing, element: "g", id: "1")))
        #expect(text.elements.count == 4)
        #expect(text.plainText == "Grüße aus Şişli!")
        #expect(text.codes.map(\.kind) == [.opening, .closing])
    }

    @Test("codes alone or whitespace are no text", arguments: [
        (InlineText([.code(InlineCode(kind: .placeholder, element: "x", id: "1"))]), true),
        (InlineText(" \n\t"), true), (InlineText("\u{00A0}"), true), (InlineText("a"), false), (InlineText(), true),
    ])
    func hasNoText(text: InlineText, expected: Bool) {
        #expect(text.hasNoText == expected)
    }
}

@Suite("Translation states and file statistics")
struct TranslationStateTests {
    @Test("XLIFF 2: no target, empty target, initial, translated and no state")
    func xliff2() {
        #expect(TranslationState(xliff2State: "final", hasTarget: false, targetHasText: false) == .missing)
        #expect(TranslationState(xliff2State: "final", hasTarget: true, targetHasText: false) == .empty)
        #expect(TranslationState(xliff2State: "initial", hasTarget: true, targetHasText: true) == .needsReview)
        #expect(TranslationState(xliff2State: "reviewed", hasTarget: true, targetHasText: true) == .translated)
        #expect(TranslationState(xliff2State: nil, hasTarget: true, targetHasText: true) == .translated)
    }

    @Test("statistics count each segment once, and translate=no segments as locked")
    func statistics() {
        var statistics = FileStatistics(path: "x.xlf", format: .xliff1)
        statistics.add(TranslationUnit(id: "1", segments: [
            Segment(source: "Eins zwei drei", target: "Bir iki üç", state: .translated, writtenState: "final"),
            Segment(source: "Vier", target: nil, state: .missing),
        ]))
        statistics.add(TranslationUnit(id: "2", isTranslatable: false, segments: [
            Segment(source: "Osnabrück", target: "Osnabrück", state: .translated),
        ]))
        #expect(statistics.units == 2)
        #expect(statistics.segments == 2)
        #expect(statistics.translated == 1 && statistics.missing == 1 && statistics.locked == 1)
        #expect(statistics.sourceWords == 4)
        #expect(statistics.writtenStates == ["final": 1, "(none)": 1])
        #expect(statistics.complete == 0.5)
    }
}

@Suite("Diagnostics")
struct DiagnosticTests {
    @Test("severities order note < warning < error, and a location prints as file:line:column")
    func basics() {
        #expect(Diagnostic.Severity.note < .warning && Diagnostic.Severity.warning < .error)
        #expect(SourceLocation(file: "Sources-tr/07-sisli.xml", line: 42, column: 7).description == "Sources-tr/07-sisli.xml:42:7")
    }

    @Test("a diagnostic survives a JSON round trip")
    func codable() throws {
        let diagnostic = Diagnostic(.warning, "align.missing", "paragraph \"p12\" has no German translation",
            remedy: "translate it", at: SourceLocation(file: "a.xml", line: 3, column: 5), unit: "p12", notes: ["n"])
        let data = try JSONEncoder().encode(diagnostic)
        #expect(try JSONDecoder().decode(Diagnostic.self, from: data) == diagnostic)
    }
}
