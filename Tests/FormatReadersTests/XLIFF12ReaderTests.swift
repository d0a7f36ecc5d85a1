import Foundation
import FormatReaders
import PublicationCore
import TestSupport
import Testing

/// The XLIFF 1.2 reader on small hand-written files, one scenario each, compared with golden dumps.
@Suite struct XLIFF12ReaderTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/xliff12")

    static let scenarios = [
        "xliff12-inline-codes", "xliff12-seg-source-mrk", "xliff12-states-approved-qualifier",
        "xliff12-translate-no", "xliff12-alt-trans", "xliff12-several-files-same-id",
        "xliff12-typo3-no-namespace", "xliff12-notes",
    ]

    /// Reads a fixture and returns what the loader reported and every unit it streamed.
    static func read(_ name: String) -> (LoadedDocument, [TranslationUnit]) {
        var units: [TranslationUnit] = []
        let url = fixtures.appendingPathComponent("\(name).xlf")
        let loaded = DocumentLoader().load(contentsOf: url, displayPath: "\(name).xlf") { units.append($0) }
        return (loaded, units)
    }

    @Test("golden dump", arguments: scenarios)
    func golden(_ name: String) {
        let (loaded, units) = Self.read(name)
        let actual = XLIFF12Dump.dump(loaded, units)
        let golden = Self.fixtures.appendingPathComponent("golden/\(name).txt")
        if let failure = Golden.compare(actual, goldenFile: golden) {
            Issue.record(Comment(rawValue: failure))
        }
    }

    @Test func inlineCodesAreCodesWithTheirAttributes() throws {
        let (loaded, units) = Self.read("xliff12-inline-codes")
        #expect(loaded.isReadable)
        let byID = Dictionary(uniqueKeysWithValues: units.map { ($0.id, $0) })

        let g = try #require(byID["g-and-x"]?.segments.first)
        #expect(g.source.plainText == "Willkommen in Osnabrück!")
        #expect(g.source.codes.map(\.kind) == [.opening, .closing, .placeholder])
        #expect(g.source.codes[0].id == "1" && g.source.codes[1].id == "1")
        #expect(g.source.codes[0].attributes == ["ctype": "bold"])
        #expect(g.source.codes[2].attributes == ["ctype": "lb", "equiv-text": "\n"])
        #expect(g.target?.codes.map(\.kind) == [.opening, .closing, .placeholder])

        let bx = try #require(byID["bx-ex"]?.segments.first)
        #expect(bx.source.codes.map(\.kind) == [.opening, .closing])
        #expect(bx.source.codes[1].id == "1", "the closing <ex> is identified by the rid of its <bx>")
        #expect(bx.source.codes[1].attributes["id"] == "2")

        let bpt = try #require(byID["bpt-ept-ph"]?.segments.first)
        #expect(bpt.source.plainText == "Siehe Bericht auf Seite .")
        #expect(bpt.source.codes.map(\.data) == ["<a href=\"bericht.html\">", "</a>", "{page}"])
        #expect(bpt.source.codes.map(\.kind) == [.opening, .closing, .placeholder])

        let it = try #require(byID["it"]?.segments.first?.source.codes.first)
        #expect(it.kind == .isolated && it.attributes["pos"] == "open" && it.data == "<b>")

        let mrk = try #require(byID["mrk"]?.segments.first?.source)
        #expect(mrk.codes.map(\.kind) == [.markerStart, .markerEnd])
        #expect(mrk.codes[0].id == "t1" && mrk.codes[0].attributes["mtype"] == "term")
        #expect(mrk.plainText == "Die Integrationskurse beginnen im Mai.")

        let sub = try #require(byID["sub"]?.segments.first?.source)
        #expect(sub.plainText == "Klicken Sie  an.", "the text of <sub> is not the unit's own text")
        #expect(sub.codes.first?.data == "<img alt=\"Logo der Stadt\">")
        let subflow = try #require(byID["sub"]?.segments.last)
        #expect(subflow.id == "ph1.sub1" && subflow.enclosingCode == "ph 1", "the text of <sub> is a segment of its own")
        #expect(subflow.source.plainText == "Logo der Stadt")
    }

    @Test func segSourceGivesOneSegmentPerMarkMatchedByMID() throws {
        let (loaded, units) = Self.read("xliff12-seg-source-mrk")
        let p1 = try #require(units.first)
        #expect(p1.segments.map(\.id) == ["1", "2", "3"])
        #expect(p1.segments.map(\.source.plainText) == ["Altena ist klein.", "Die Stadt hilft.", "Alle machen mit."])
        #expect(p1.segments.map { $0.target?.plainText } == ["Altena küçük.", "Şehir yardım ediyor.", nil])
        #expect(p1.segments.map(\.state) == [.needsReview, .needsReview, .missing])
        #expect(p1.segments.map { $0.location?.line } == [7, 7, 7])
        #expect(p1.segments.map { $0.location?.column } == [21, 70, 132])
        #expect(units[1].segments.map(\.state) == [.missing, .missing])
        #expect(loaded.statistics.segments == 5)
        #expect(loaded.diagnostics.isEmpty)
    }

    @Test func altTransNeverReachesTheUnit() throws {
        let (loaded, units) = Self.read("xliff12-alt-trans")
        #expect(units.map { $0.segments.first?.target?.plainText } == [nil, "Kurslar dolu."])
        #expect(units.map { $0.properties["alt-trans"] } == ["1", "2"])
        #expect(units[0].notes.isEmpty, "a note inside <alt-trans> is the match's, not the unit's")
        #expect(loaded.statistics.missing == 1 && loaded.statistics.translated == 1)
    }

    @Test func translateNoLocksUnitsAndGroups() {
        let (loaded, units) = Self.read("xliff12-translate-no")
        #expect(units.map(\.isTranslatable) == [false, true, false, true])
        #expect(loaded.statistics.locked == 2)
        #expect(loaded.statistics.segments == 2)
    }

    @Test func severalFilesMayUseTheSameUnitID() {
        let (loaded, units) = Self.read("xliff12-several-files-same-id")
        #expect(loaded.diagnostics.isEmpty)
        #expect(units.map(\.key.description) == ["osnabrueck.txt#1", "osnabrueck.txt#2", "saarbruecken.txt#1"])
        #expect(units[2].groups == ["kapitel-1", "abschnitt-2"])
        #expect(loaded.files.map(\.key) == ["osnabrueck.txt", "saarbruecken.txt"])
    }

    @Test func namespaceLessTYPO3FileTakesTheTargetLanguageFromXMLLang() {
        let (loaded, units) = Self.read("xliff12-typo3-no-namespace")
        #expect(loaded.format == .xliff1)
        #expect(loaded.statistics.version == "1.0")
        #expect(loaded.statistics.sourceLanguage == .german)
        #expect(loaded.statistics.targetLanguage == .turkish)
        #expect(loaded.files.first?.targetLanguage == .turkish)
        #expect(units.map(\.segments.first?.state) == [.translated, .untranslated])
        #expect(units.first?.properties == ["approved": "yes", "resname": "form.name"])
    }

    @Test func notesBelongToTheirUnit() throws {
        let (_, units) = Self.read("xliff12-notes")
        let unit = try #require(units.first)
        #expect(unit.notes.map(\.text) == ["Ortsnamen nicht übersetzen.", "Belediye = Stadtverwaltung"])
        #expect(unit.notes[0].attributes == ["from": "editor", "priority": "1"])
        #expect(unit.notes[1].attributes == ["annotates": "source", "xml:lang": "de"])
        #expect(unit.segments.count == 1 && unit.segments[0].state == .translated)
    }

    @Test func everyStateRowMapsAsDocumented() {
        let (_, units) = Self.read("xliff12-states-approved-qualifier")
        let expected: [String: TranslationState] = [
            "no-target": .missing, "empty-target": .empty, "whitespace-target": .empty, "codes-only-target": .empty,
            "new": .untranslated, "needs-translation": .untranslated,
            "needs-adaptation": .needsReview, "needs-l10n": .needsReview, "needs-review-adaptation": .needsReview,
            "needs-review-l10n": .needsReview, "needs-review-translation": .needsReview,
            "translated": .translated, "signed-off": .translated, "final": .translated, "no-state": .translated,
            "custom-state": .translated,
            "translated-fuzzy-match": .needsReview, "translated-mt-suggestion": .needsReview,
            "translated-leveraged-mt": .needsReview, "translated-leveraged-tm": .needsReview,
            "translated-leveraged-inherited": .needsReview, "translated-leveraged-glossary": .needsReview,
            "translated-tm-suggestion": .needsReview, "translated-exact-match": .translated,
            "no-state-fuzzy-match": .needsReview, "final-fuzzy-match": .translated,
            "approved-yes-new": .translated, "approved-yes-fuzzy": .translated, "approved-yes-empty": .empty,
            "approved-no-final": .translated, "unknown-state": .needsReview,
        ]
        #expect(units.count == expected.count)
        for unit in units {
            #expect(unit.segments.first?.state == expected[unit.id], "unit \(unit.id)")
        }
    }

    @Test func theReaderKeepsNoUnitAfterHandingItOver() {
        // Units are handed over one by one; the loader's result holds counts, not units.
        var count = 0
        let url = Self.fixtures.appendingPathComponent("xliff12-states-approved-qualifier.xlf")
        let loaded = DocumentLoader().load(contentsOf: url, displayPath: "states.xlf") { _ in count += 1 }
        #expect(count == loaded.statistics.units)
        #expect(Mirror(reflecting: loaded).children.allSatisfy { !($0.value is [TranslationUnit]) })
    }
}

/// The golden-file form of a read: file header, counts, units (``ModelDump``) with code attributes and notes'
/// attributes, then the diagnostics.
enum XLIFF12Dump {
    static func dump(_ loaded: LoadedDocument, _ units: [TranslationUnit]) -> String {
        let statistics = loaded.statistics
        var lines: [String] = []
        lines.append("format=\(loaded.format?.rawValue ?? "-") version=\(statistics.version ?? "-") "
            + "source=\(statistics.sourceLanguage?.written ?? "-") target=\(statistics.targetLanguage?.written ?? "-")")
        for file in loaded.files {
            var line = "file \"\(file.key)\" source=\(file.sourceLanguage?.written ?? "-")"
            line += " target=\(file.targetLanguage?.written ?? "-")"
            if let location = file.location { line += " @\(location.line):\(location.column)" }
            lines.append(line)
        }
        lines.append("counts units=\(statistics.units) segments=\(statistics.segments) "
            + "translated=\(statistics.translated) missing=\(statistics.missing) empty=\(statistics.empty) "
            + "untranslated=\(statistics.untranslated) needsReview=\(statistics.needsReview) locked=\(statistics.locked)")
        for unit in units {
            lines.append(ModelDump.dump(unit))
            for note in unit.notes where !note.attributes.isEmpty {
                lines.append("  note attributes: \(render(note.attributes))")
            }
            for segment in unit.segments {
                for (side, text) in [("source", segment.source), ("target", segment.target ?? InlineText())] {
                    for code in text.codes where !code.attributes.isEmpty {
                        lines.append("    \(side) code \(code.element)#\(code.id ?? "-") \(render(code.attributes))")
                    }
                }
            }
        }
        for diagnostic in loaded.diagnostics {
            let place = diagnostic.location.map { "\($0.line):\($0.column)" } ?? "-"
            lines.append("\(place): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.code)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func render(_ attributes: [String: String]) -> String {
        attributes.keys.sorted().map { key in
            "\(key)=\"\(attributes[key]!.replacingOccurrences(of: "\n", with: "\\n"))\""
        }.joined(separator: " ")
    }
}
