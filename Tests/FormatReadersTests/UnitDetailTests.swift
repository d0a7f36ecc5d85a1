import Foundation
import FormatReaders
import PublicationCore
import TestSupport
import Testing

/// `UnitDetail.counts` builds no unit, only a tally of each, and changes nothing else: on every XLIFF
/// file of the shared corpus and the reader fixtures, the diagnostics, the counts and the per-segment
/// listing are the same as with `UnitDetail.full`, and each tally is the one the full unit gives.
@Suite struct UnitDetailTests {
    static var fixtureFiles: [URL] {
        ["xliff12", "xliff2"].flatMap { folder in
            let root = Corpus.repositoryRoot.appendingPathComponent("Tests/FormatReadersTests/Fixtures/\(folder)")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
            return names.filter { $0.hasSuffix(".xlf") || $0.hasSuffix(".xliff") }.sorted().map { root.appendingPathComponent($0) }
        }
    }

    static var allFiles: [URL] {
        Corpus.files(under: "xliff12-de-tr") + Corpus.files(under: "xliff12-edge") + Corpus.files(under: "xliff2") + fixtureFiles
    }

    private func readFull(_ url: URL) -> (LoadedDocument, [TranslationUnit], [Diagnostic]) {
        var units: [TranslationUnit] = []
        let document = DocumentLoader().load(contentsOf: url, displayPath: url.lastPathComponent) { units.append($0) }
        let listing = CompletenessObserver()
        for unit in units {
            listing.observe(unit, sourceLanguage: document.statistics.sourceLanguage, targetLanguage: document.statistics.targetLanguage)
        }
        return (document, units, listing.finish())
    }

    private func readCounts(_ url: URL) -> (LoadedDocument, [UnitTally], [Diagnostic]) {
        var tallies: [UnitTally] = []
        let document = DocumentLoader().tally(contentsOf: url, displayPath: url.lastPathComponent) { tallies.append($0) }
        let listing = CompletenessObserver()
        for tally in tallies {
            listing.observe(tally, sourceLanguage: document.statistics.sourceLanguage, targetLanguage: document.statistics.targetLanguage)
        }
        return (document, tallies, listing.finish())
    }

    /// Reads a document given as text for counts only.
    private func tallies(_ xliff: String) -> (LoadedDocument, [UnitTally]) {
        var tallies: [UnitTally] = []
        let document = DocumentLoader().tally(Data(xliff.utf8), displayPath: "t.xlf") { tallies.append($0) }
        return (document, tallies)
    }

    @Test func theFilesAreThere() {
        #expect(Self.allFiles.count >= 150)
        #expect(Self.fixtureFiles.count >= 10)
    }

    @Test("counts give each full unit's tally, and the same diagnostics, counts and listing", arguments: allFiles)
    func sameOutcome(_ url: URL) {
        let (full, fullUnits, fullListing) = readFull(url)
        let (counts, tallies, countListing) = readCounts(url)
        #expect(full.diagnostics == counts.diagnostics)
        #expect(full.statistics == counts.statistics)
        #expect(fullListing == countListing)
        #expect(fullUnits.map(\.tally) == tallies)
    }

    /// Asks for counts only but cannot be shown tallies.
    private final class UnitsOnlyObserver: UnitObserver {
        var ids: [String] = []
        var unitDetail: UnitDetail { .counts }
        func observe(_ unit: TranslationUnit, sourceLanguage: LanguageTag?, targetLanguage: LanguageTag?) { ids.append(unit.id) }
        func finish() -> [Diagnostic] { [] }
    }

    @Test("an observer that asks for counts but is no tally observer is shown every unit, not nothing")
    func observerWithoutTalliesSeesUnits() throws {
        let url = try #require(Self.fixtureFiles.first { $0.lastPathComponent.hasSuffix(".xlf") })
        var units: [TranslationUnit] = []
        _ = DocumentLoader().load(contentsOf: url, displayPath: url.lastPathComponent) { units.append($0) }
        let observer = UnitsOnlyObserver()
        _ = DocumentLoader().load(contentsOf: url, displayPath: url.lastPathComponent, observer: observer)
        #expect(!units.isEmpty)
        #expect(observer.ids == units.map(\.id))
    }

    @Test func aTallyCountsWordsAcrossEntitiesAndCodesAsTheUnitDoes() throws {
        let xliff = """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="tr"><file id="f">
            <unit id="u1"><notes><note>Kontext</note></notes>
            <originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data></originalData>
            <segment id="s1" state="translated"><source>Stra&#223;en<pc id="1" dataRefStart="d1" dataRefEnd="d2">fest</pc> in Şişli&apos;de <mrk id="m1" translate="no">Köprü</mrk></source>
            <target><pc id="1" dataRefStart="d1" dataRefEnd="d2">Ev</pc> <mrk id="m1" translate="no">Köprü</mrk></target></segment>
            <segment id="s2"><source> <ph id="2"/> </source><target> </target></segment>
            <segment id="s3"><source>\u{00A0} </source></segment>
            </unit></file></xliff>
            """
        let (document, counted) = tallies(xliff)
        var units: [TranslationUnit] = []
        let full = DocumentLoader().load(Data(xliff.utf8), displayPath: "t.xlf") { units.append($0) }
        let tally = try #require(counted.first)
        // "Straßen", "fest", "in", "Şişli'de", "Köprü": the code between "Straßen" and "fest" ends a word.
        #expect(tally.segments.map(\.sourceWords) == [5, 0, 0])
        #expect(tally.segments.map(\.hasNoSourceText) == [false, false, true])
        #expect(tally.segments.map(\.state) == [.translated, .empty, .missing])
        #expect(tally.segments.map(\.id) == ["s1", "s2", "s3"])
        #expect(units.map(\.tally) == counted)
        #expect(document.statistics == full.statistics)
        #expect(document.statistics.sourceWords == 5)
    }
}
