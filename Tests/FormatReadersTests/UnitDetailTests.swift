import Foundation
import FormatReaders
import PublicationCore
import TestSupport
import Testing

/// `UnitDetail.counts` leaves out what counts do not read (code attributes and data, notes, XLIFF 1.2
/// unit properties), and changes nothing else: on every XLIFF file of the shared corpus and the reader
/// fixtures, the diagnostics, the counts, the per-segment listing and each segment's text, state and codes are the
/// same as with `UnitDetail.full`.
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

    /// What a segment is apart from the detail `counts` leaves out.
    private struct SegmentShape: Equatable {
        var id: String?
        var state: TranslationState
        var writtenState: String?
        var source: [String]
        var target: [String]?
        var location: PublicationCore.SourceLocation?

        init(_ segment: Segment) {
            id = segment.id
            state = segment.state
            writtenState = segment.writtenState
            source = Self.shape(segment.source)
            target = segment.target.map(Self.shape)
            location = segment.location
        }

        static func shape(_ text: InlineText) -> [String] {
            text.elements.map { element in
                switch element {
                case .text(let run): "text:" + run
                case .code(let code): "code:\(code.kind) \(code.element) \(code.id ?? "-")"
                }
            }
        }
    }

    private func read(_ url: URL, _ detail: UnitDetail) -> (LoadedDocument, [TranslationUnit], [Diagnostic]) {
        var units: [TranslationUnit] = []
        let document = DocumentLoader().load(contentsOf: url, displayPath: url.lastPathComponent, unitDetail: detail) {
            units.append($0)
        }
        let listing = CompletenessObserver()
        for unit in units {
            listing.observe(unit, sourceLanguage: document.statistics.sourceLanguage, targetLanguage: document.statistics.targetLanguage)
        }
        return (document, units, listing.finish())
    }

    @Test func theFilesAreThere() {
        #expect(Self.allFiles.count >= 150)
        #expect(Self.fixtureFiles.count >= 10)
    }

    @Test("counts leave out detail only", arguments: allFiles)
    func sameOutcome(_ url: URL) {
        let (full, fullUnits, fullListing) = read(url, .full)
        let (counts, countUnits, countListing) = read(url, .counts)
        #expect(full.diagnostics == counts.diagnostics)
        #expect(full.statistics == counts.statistics)
        #expect(fullListing == countListing)
        #expect(fullUnits.count == countUnits.count)
        for (fullUnit, countUnit) in zip(fullUnits, countUnits) {
            #expect(fullUnit.id == countUnit.id)
            #expect(fullUnit.isTranslatable == countUnit.isTranslatable)
            #expect(fullUnit.segments.map(SegmentShape.init) == countUnit.segments.map(SegmentShape.init))
            #expect(countUnit.notes.isEmpty)
            if full.statistics.format == .xliff1 { #expect(countUnit.properties.isEmpty) }
        }
    }

    @Test func countsLeaveOutAttributesDataAndNotes() throws {
        let xliff = """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="tr"><file id="f">
            <unit id="u1"><notes><note>Kontext</note></notes>
            <originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data></originalData>
            <segment state="translated"><source><pc id="1" dataRefStart="d1" dataRefEnd="d2" type="fmt">Haus</pc> <mrk id="m1" translate="no">Köprü</mrk></source>
            <target><pc id="1" dataRefStart="d1" dataRefEnd="d2" type="fmt">Ev</pc> <mrk id="m1" translate="no">Köprü</mrk></target></segment>
            </unit></file></xliff>
            """
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kopru-detail-\(UUID().uuidString).xlf")
        try Data(xliff.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let (_, fullUnits, _) = read(url, .full)
        let (_, countUnits, _) = read(url, .counts)
        let full = try #require(fullUnits.first)
        let counts = try #require(countUnits.first)
        #expect(full.notes.map(\.text) == ["Kontext"])
        #expect(counts.notes.isEmpty)
        let fullCode = try #require(full.segments.first?.source.codes.first)
        let countCode = try #require(counts.segments.first?.source.codes.first)
        #expect(fullCode.data == "<b>" && fullCode.attributes["type"] == "fmt")
        #expect(countCode.data == nil && countCode.attributes.isEmpty)
        // Markers keep their attributes: the correspondence check reads their `translate`.
        let marker = try #require(counts.segments.first?.source.codes.first { $0.kind == .markerStart })
        #expect(marker.attributes["translate"] == "no")
    }
}
