import Project
import PublicationCore
import Testing

@Suite struct ManifestTests {
    static let complete = """
        title: {de: Ankommen in der Kommune, tr: Belediyede Yeni Bir Başlangıç}
        subtitle:
          de: Berichte aus deutschen und türkischen Städten
          tr: Alman ve Türk şehirlerinden raporlar
        series: {de: Dokumentationsreihe, tr: Belgeleme Dizisi}
        number: 12
        publisher: {de: Deutscher Städte- und Gemeindebund, tr: Türkiye Belediyeler Birliği}
        date: 2020-12-17
        layout: interleaved
        outputs: [html, epub]
        output: Ausgabe
        missing-translation: original
        editor-marks: false
        check:
          min-complete: 95
          severities: {qa.quotes: warning, align.low-confidence: off}
        front-matter: [grusswort]
        contributions:
          - {id: grusswort, original: de, german: Sources-de/grusswort.xml, turkish: Sources-tr/grusswort.xml}
          - id: sisli
            original: tr
            german: Sources-de/sisli.xml
            turkish: Sources-tr/sisli.xml
          - {id: saarbruecken, original: de, german: Sources-de/saarbruecken.xml}
          - {id: autoren, original: de, german: Sources-de/autoren.xml, turkish: Sources-tr/autoren.xml}
        back-matter: [autoren]
        imprint: {de: "Berlin 2020", tr: "Ankara 2020"}

        """

    @Test func readsEveryKey() throws {
        let manifest = try Manifest(yaml: Self.complete)
        #expect(manifest.metadata.title == Bilingual(german: "Ankommen in der Kommune", turkish: "Belediyede Yeni Bir Başlangıç"))
        #expect(manifest.metadata.subtitle?.turkish == "Alman ve Türk şehirlerinden raporlar")
        #expect(manifest.metadata.series?.german == "Dokumentationsreihe")
        #expect(manifest.metadata.number == "12")
        #expect(manifest.metadata.publisher?.turkish == "Türkiye Belediyeler Birliği")
        #expect(manifest.metadata.date == "2020-12-17")
        #expect(manifest.metadata.imprint == Bilingual(german: "Berlin 2020", turkish: "Ankara 2020"))
        #expect(manifest.layout == .interleaved)
        #expect(manifest.outputs == [.html, .epub])
        #expect(manifest.output == "Ausgabe")
        #expect(manifest.missingTranslation == .original)
        #expect(manifest.editorMarks == false)
        #expect(manifest.check.minimumComplete == 95)
        #expect(manifest.check.severities == ["qa.quotes": .warning, "align.low-confidence": .off])
        #expect(manifest.contributions.map(\.id) == ["grusswort", "sisli", "saarbruecken", "autoren"])
        #expect(manifest.contributions[1].original == .turkish)
        #expect(manifest.contributions[1].turkish == "Sources-tr/sisli.xml")
        #expect(manifest.contributions[2].turkish == nil)
        #expect(manifest.contributions[1].location?.line == 20)
        #expect(manifest.orderedContributions.map { "\($0.contribution.id):\($0.part.rawValue)" }
            == ["grusswort:front", "sisli:body", "saarbruecken:body", "autoren:back"])
        #expect(manifest.writerOptions.missingTranslation == .original)
        #expect(manifest.writerOptions.showsEditorMarks == false)
        #expect(manifest.outputs == [.html, .epub])
    }

    @Test func checkSettingsNameAGlossaryAndSuppressions() throws {
        let manifest = try Manifest(yaml: """
            title: {de: Band, tr: Cilt}
            check:
              severities: {qa.quote-style: off}
              glossary: docs/examples/glossary.csv
              suppressions: ["qa.repeated-word osn-p6", "qa.double-space Sources-tr/x.xml p2"]
            contributions: []
            """)
        #expect(manifest.check.glossary == "docs/examples/glossary.csv")
        #expect(manifest.check.suppressions == ["qa.repeated-word osn-p6", "qa.double-space Sources-tr/x.xml p2"])
        #expect(manifest.check.severities["qa.quote-style"] == .off)
        #expect(throws: ManifestError.self) {
            try Manifest(yaml: "title: {de: Band, tr: Cilt}\ncheck: {glosary: x.csv}\ncontributions: []\n")
        }
    }

    @Test("a percentage is read with or without a sign, and with a space before it")
    func percentages() {
        for (text, value) in [("95", 95.0), ("95%", 95), ("95 %", 95), (" 99.5 ", 99.5), ("0", 0), ("100 %", 100)] {
            #expect(Manifest.CheckSettings.percentage(from: text) == value, "\(text)")
        }
        for text in ["", "%", "abc", "120", "-1", "95%%", "9 5"] {
            #expect(Manifest.CheckSettings.percentage(from: text) == nil, "\(text)")
        }
    }

    @Test func defaultsApplyWhenOptionalKeysAreAbsent() throws {
        let manifest = try Manifest(yaml: "title: {de: Band, tr: Cilt}\ncontributions: []\n")
        #expect(manifest.layout == .parallel)
        #expect(manifest.outputs == [.html, .pdf, .epub])
        #expect(manifest.output == "Output")
        #expect(manifest.missingTranslation == .placeholder)
        #expect(manifest.editorMarks)
        #expect(manifest.metadata.subtitle == nil)
    }

    @Test func sequentialVolumesIsALayout() throws {
        let manifest = try Manifest(yaml: "title: {de: Band, tr: Cilt}\nlayout: sequential-volumes\ncontributions: []\n")
        #expect(manifest.layout == .sequentialVolumes)
    }

    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var yaml: String
        var code: String
        var line: Int?
        var column: Int?
        var quoted: String
        var description: String { name }
    }

    @Test(arguments: [
        Case(name: "unknown top-level key", yaml: "title: {de: Band, tr: Cilt}\ntitel: Band\ncontributions: []\n",
            code: "manifest.unknown-key", line: 2, column: 1, quoted: "\"titel\""),
        Case(name: "unknown key in a contribution", yaml: "title: {de: Band, tr: Cilt}\ncontributions:\n  - id: sisli\n    original: tr\n    turkce: a.xml\n",
            code: "manifest.unknown-key", line: 5, column: 5, quoted: "\"turkce\""),
        Case(name: "unknown language in a title", yaml: "title: {de: Band, tr: Cilt, en: Volume}\ncontributions: []\n",
            code: "manifest.unknown-key", line: 1, column: 29, quoted: "\"en\""),
        Case(name: "missing title", yaml: "layout: parallel\ncontributions: []\n",
            code: "manifest.missing-key", line: 1, column: 1, quoted: "\"title\""),
        Case(name: "missing Turkish title", yaml: "title: {de: Band}\ncontributions: []\n",
            code: "manifest.missing-key", line: 1, column: 8, quoted: "\"tr\""),
        Case(name: "missing contributions", yaml: "title: {de: Band, tr: Cilt}\n",
            code: "manifest.missing-key", line: 1, column: 1, quoted: "\"contributions\""),
        Case(name: "contribution without original", yaml: "title: {de: Band, tr: Cilt}\ncontributions:\n  - {id: sisli}\n",
            code: "manifest.missing-key", line: 3, column: 5, quoted: "\"original\""),
        Case(name: "unknown layout", yaml: "title: {de: Band, tr: Cilt}\nlayout: columns\ncontributions: []\n",
            code: "manifest.invalid-value", line: 2, column: 9, quoted: "\"columns\""),
        Case(name: "unknown language", yaml: "title: {de: Band, tr: Cilt}\ncontributions:\n  - {id: a, original: en}\n",
            code: "manifest.invalid-value", line: 3, column: 23, quoted: "\"en\""),
        Case(name: "German-style date", yaml: "title: {de: Band, tr: Cilt}\ndate: 01.03.2021\ncontributions: []\n",
            code: "manifest.invalid-value", line: 2, column: 7, quoted: "\"01.03.2021\""),
        Case(name: "date that does not exist", yaml: "title: {de: Band, tr: Cilt}\ndate: \"2021-02-30\"\ncontributions: []\n",
            code: "manifest.invalid-value", line: 2, column: 7, quoted: "\"2021-02-30\""),
        Case(name: "front matter names an unknown id", yaml: "title: {de: Band, tr: Cilt}\nfront-matter: [vorwort]\ncontributions: []\n",
            code: "manifest.invalid-reference", line: 2, column: 16, quoted: "\"vorwort\""),
        Case(name: "not YAML", yaml: "title: {de: Band, tr: Cilt\ncontributions: []\n",
            code: "manifest.invalid-yaml", line: nil, column: nil, quoted: "not valid YAML"),
    ])
    func problemsNameTheKeyAndThePlace(_ example: Case) {
        do {
            _ = try Manifest(yaml: example.yaml, file: "kopru.yaml")
            Issue.record("expected \(example.code)")
        } catch {
            #expect(error.code.rawValue == example.code)
            #expect(error.message.contains(example.quoted), "\(error.message)")
            if let line = example.line {
                #expect(error.location?.line == line)
                #expect(error.location?.column == example.column)
                #expect(error.description.hasPrefix("kopru.yaml:\(line):\(example.column!): error: "))
            } else {
                #expect(error.location?.file == "kopru.yaml")
            }
        }
    }

    @Test func unknownKeyErrorListsTheKnownKeys() {
        do {
            _ = try Manifest(yaml: "title: {de: Band, tr: Cilt}\nlayot: parallel\ncontributions: []\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.remedy.contains("layout"))
            #expect(error.diagnostic.severity == .error)
            #expect(error.diagnostic.location == SourceLocation(file: "kopru.yaml", line: 2, column: 1))
        }
    }
}

@Suite struct ManifestDiagnosticsTests {
    @Test func everyManifestErrorCodeIsInTheCatalog() {
        let location = SourceLocation(file: "kopru.yaml", line: 1, column: 1)
        let errors: [ManifestError] = [
            .invalidYAML(problem: "x", at: location), .unknownKey("x", allowed: [], at: location),
            .missingKey("x", in: "y", at: location), .invalidValue(key: "x", value: "y", expected: "z", at: location),
            .invalidReference(key: "x", id: "y", problem: "z", at: location),
        ]
        let codes = Set(ManifestDiagnostics.catalog.map(\.code))
        for error in errors {
            #expect(codes.contains(error.code), "\(error.code) is not documented")
        }
        #expect(codes.count == ManifestDiagnostics.catalog.count)
    }
}
