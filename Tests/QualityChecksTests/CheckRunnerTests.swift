import Foundation
import Pairing
import QualityChecks
import PublicationCore
import Testing

@Suite struct CheckRunnerTests {
    typealias F = CheckFixtures

    let pairs = [
        F.pair("Die Kita hat 120 Plätze.", "Kreş  120 kişilik.", id: "p1"),
        F.pair("Willkommen in Osnabrück.", nil, id: "p2"),
        F.pair("Die die Stadt.", "Şehir şehir.", id: "p3"),
    ]

    @Test func findingsComeInPairOrderWithDefaultSeverities() {
        let findings = CheckRunner().run(pairs)
        #expect(findings.map(\.unit) == ["p1", "p2"])
        #expect(findings.map(\.code) == ["qa.double-space", "qa.missing-target"])
        #expect(findings.allSatisfy { $0.severity == .warning })
        #expect(findings.allSatisfy { $0.location?.file == "Sources-tr/test.xlf" })
    }

    @Test func severityIsOverridden() {
        let configuration = CheckConfiguration(settings: ["qa.missing-target": .error])
        let findings = CheckRunner(configuration: configuration).run(pairs)
        #expect(findings.first { $0.code == "qa.missing-target" }?.severity == .error)
        #expect(findings.first { $0.code == "qa.double-space" }?.severity == .warning)
    }

    @Test func checkIsSwitchedOff() {
        let configuration = CheckConfiguration(settings: ["qa.double-space": .off])
        #expect(CheckRunner(configuration: configuration).run(pairs).map(\.code) == ["qa.missing-target"])
    }

    @Test func findingIsSuppressedAtOnePair() {
        var more = pairs
        more.append(F.pair("Die Kita ist  offen.", "Kreş  açık.", id: "p4"))
        let configuration = CheckConfiguration(suppressions: [CheckSuppression("qa.double-space", unit: "p1")])
        let findings = CheckRunner(configuration: configuration).run(more)
        #expect(findings.map(\.unit) == ["p2"])  // p4's source has a double space too: not a finding.
        let other = CheckConfiguration(suppressions: [CheckSuppression("qa.double-space", unit: "p2")])
        #expect(CheckRunner(configuration: other).run(more).map(\.unit) == ["p1", "p2"])
    }

    @Test(arguments: [
        ("kopru:ignore qa.double-space (the layout needs it)", true),
        ("Köprü:Ignore qa.number-mismatch, qa.double-space", true),
        ("kopru:ignore", true),
        ("kopru:ignore qa.number-mismatch", false),
        ("double spaces are fine", false),
    ])
    func inlineMarkerInANoteSuppresses(note: String, suppressed: Bool) {
        let pair = F.pair("Die Kita hat 120 Plätze.", "Kreş  120 kişilik.", id: "p1", notes: [Note(note)])
        #expect(CheckRunner().run([pair]).isEmpty == suppressed)
    }

    @Test func configurationIsParsedFromManifestSettings() {
        let (configuration, problems) = CheckConfiguration.parse(
            severities: ["qa.double-space": "off", "qa.length-ratio": "Note", "qa.nonsense": "error",
                         "qa.repeated-word": "loud"])
        #expect(configuration.settings == ["qa.double-space": .off, "qa.length-ratio": .note])
        #expect(problems.map(\.code) == ["check.unknown-code", "check.unknown-severity"])
        #expect(problems.first?.message.contains("\"qa.nonsense\"") == true)
        #expect(problems.last?.message.contains("\"loud\"") == true)
    }

    @Test func corpusFindingsAreSortedIntoPairOrder() {
        let pairs = [
            F.pair("Kita", "kreş", id: "a"),
            F.pair("Die Stadt hilft.", "Şehir  yardım ediyor.", id: "b"),
            F.pair("Kita", "anaokulu", id: "c"),
            F.pair("Kita", "kreş", id: "d"),
        ]
        let findings = CheckRunner().run(pairs)
        #expect(findings.map(\.unit) == ["b", "c"])
        #expect(findings.map(\.code) == ["qa.double-space", "qa.inconsistent-translation"])
    }

    /// A corpus of many pairs: every broken number is found, no glossary finding is invented (its speed is
    /// measured by `make bench`, not asserted here).
    @Test func manyPairsAreAllChecked() {
        let count = ProcessInfo.processInfo.environment["KOPRU_CHECK_BENCH_PAIRS"].flatMap(Int.init) ?? 5_000
        let templates: [(String, String)] = [
            ("Die Stadt Osnabrück bietet im Jahr %d insgesamt 1.250,5 Stunden Integrationskurs an.",
             "Osnabrück şehri %d yılında toplam 1.250,5 saat uyum kursu sunuyor."),
            ("Am 17.12.2020 kamen %d Geflüchtete in die Kita „Sonnenschein“ (Altena).",
             "17.12.2020'de %d mülteci “Güneş” kreşine (Altena) geldi."),
            ("Mehr unter www.altena.de oder info@altena.de – Ausländerbehörde, Zimmer %d.",
             "Daha fazla bilgi www.altena.de veya info@altena.de – Yabancılar Dairesi, oda %d."),
            ("Ehrenamtliche in Şişli halfen %d Familien.", "Şişli'de gönüllüler %d aileye yardım etti."),
        ]
        var pairs: [SegmentPair] = []
        pairs.reserveCapacity(count)
        for index in 0..<count {
            let (source, target) = templates[index % templates.count]
            let year = String(2000 + index % 25)
            let broken = index % 1000 == 999
            pairs.append(
                F.pair(.init(stringLiteral: source.replacingOccurrences(of: "%d", with: year)),
                       .init(stringLiteral: target.replacingOccurrences(of: "%d", with: broken ? "1" : year)),
                       id: "u\(index)", group: "c\(index / 500)"))
        }
        let glossary = Glossary.read(csv: "Geflüchtete,mülteciler\nKita,kreş\nIntegrationskurs,uyum kursu\n", file: "g.csv").0
        let findings = CheckRunner(checks: CheckCatalog.defaultChecks(glossary: glossary)).run(pairs)
        let numberFindings = findings.filter { $0.code == "qa.number-mismatch" }
        #expect(numberFindings.count == count / 1000)
        #expect(findings.allSatisfy { $0.code != "qa.glossary-term" })
    }
}

@Suite struct CheckRunnerDuplicateIdTests {
    typealias F = CheckFixtures

    /// The same unit id in two files: a note or a suppression in one file leaves the other alone.
    @Test func suppressionsStayWithTheirFile() {
        let first = F.pair("Die Stadt hilft.", "Şehir  yardım ediyor.", id: "1", group: "altena",
                           notes: [Note("kopru:ignore qa.double-space")])
        let second = F.pair("Die Stadt hilft.", "Şehir  yardım ediyor.", id: "1", group: "sisli")
        #expect(CheckRunner().run([first, second]).map(\.location?.file) == ["Sources-tr/sisli.xlf"])
        let configuration = CheckConfiguration(
            suppressions: [CheckSuppression("qa.double-space", unit: "1", file: "Sources-tr/sisli.xlf")])
        let plain = [second, F.pair("Die Stadt hilft.", "Şehir  yardım ediyor.", id: "1", group: "altena")]
        #expect(CheckRunner(configuration: configuration).run(plain).map(\.location?.file) == ["Sources-tr/altena.xlf"])
    }
}

@Suite struct SuppressionListTests {
    @Test func suppressionsAreParsedFromLines() {
        let (suppressions, problems) = CheckConfiguration.parse(suppressions: [
            "# reviewed by the editors", "qa.repeated-word p12", "qa.identical-target Sources-tr/sisli.xlf intro",
            "", "qa.nonsense p1", "qa.double-space",
        ])
        #expect(suppressions == [
            CheckSuppression("qa.repeated-word", unit: "p12"),
            CheckSuppression("qa.identical-target", unit: "intro", file: "Sources-tr/sisli.xlf"),
        ])
        #expect(problems.map(\.code) == ["check.malformed-suppression", "check.malformed-suppression"])
        #expect(problems.first?.message.contains("\"qa.nonsense p1\"") == true)
    }
}
