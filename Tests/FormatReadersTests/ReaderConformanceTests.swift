import Foundation
import FormatReaders
import PublicationCore
import Testing

/// One input format with a minimal empty document and a small sample, for the checks every reader
/// must pass.
struct ReaderConformanceCase: Sendable, CustomTestStringConvertible {
    var format: DocumentFormat
    var empty: String
    var sample: String

    var testDescription: String { format.rawValue }

    static let all: [ReaderConformanceCase] = [
        ReaderConformanceCase(
            format: .xliff1,
            empty: """
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" \
                source-language="de" target-language="tr" datatype="plaintext"><body/></file></xliff>
                """,
            sample: """
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="a.txt" source-language="de" target-language="tr" datatype="plaintext">
                    <body>
                      <trans-unit id="1"><source>Willkommen im Rathaus</source><target state="translated">Belediye binasına hoş geldiniz</target></trans-unit>
                      <trans-unit id="2"><source>Sprachkurs</source></trans-unit>
                    </body>
                  </file>
                </xliff>
                """),
        ReaderConformanceCase(
            format: .xliff2,
            empty: """
                <xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="de" trgLang="tr">\
                <file id="f1"></file></xliff>
                """,
            sample: """
                <xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="de" trgLang="tr">
                  <file id="f1">
                    <unit id="u1"><segment state="translated"><source>Willkommen im Rathaus</source><target>Belediye binasına hoş geldiniz</target></segment></unit>
                    <unit id="u2"><segment><source>Sprachkurs</source></segment></unit>
                  </file>
                </xliff>
                """),
        ReaderConformanceCase(
            format: .docbook,
            empty: #"<article xmlns="http://docbook.org/ns/docbook" xml:lang="de"/>"#,
            sample: """
                <article xmlns="http://docbook.org/ns/docbook" version="5.0" xml:lang="de">
                  <title>Willkommen im Rathaus</title>
                  <section xml:id="s1"><title>Sprachkurs</title>
                    <para>Jeden <emphasis>Dienstag</emphasis> um 18 Uhr.</para>
                    <sidebar><para>Auch online.</para></sidebar>
                  </section>
                </article>
                """),
    ]
}

/// What one read produced, in a form that can be compared.
private struct ReadOutcome: Equatable {
    var statistics: FileStatistics
    var diagnostics: [Diagnostic]
    var contribution: ContributionDocument?
    var units: [TranslationUnit]

    init(_ xml: String) {
        var units: [TranslationUnit] = []
        let loaded = DocumentLoader().load(Data(xml.utf8), displayPath: "conformance.xml") { units.append($0) }
        statistics = loaded.statistics
        diagnostics = loaded.diagnostics
        contribution = loaded.contribution
        self.units = units
    }
}

@Suite("Reader conformance")
struct ReaderConformanceTests {
    @Test("an empty document gives zero counts", arguments: ReaderConformanceCase.all)
    func emptyDocument(_ reader: ReaderConformanceCase) {
        let outcome = ReadOutcome(reader.empty)
        #expect(outcome.statistics.format == reader.format)
        #expect(outcome.statistics.units == 0)
        #expect(outcome.statistics.segments == 0)
        #expect(outcome.statistics.sourceWords == 0)
        #expect(outcome.statistics.translated == 0)
        #expect(outcome.units.isEmpty)
        if reader.format == .docbook {
            #expect(outcome.contribution == ContributionDocument(language: .german,
                location: SourceLocation(file: "conformance.xml", line: 1, column: 1)))
            #expect(outcome.diagnostics.isEmpty)
        }
    }

    @Test("every unit, block and diagnostic has a position", arguments: ReaderConformanceCase.all)
    func positionsPresent(_ reader: ReaderConformanceCase) {
        let outcome = ReadOutcome(reader.sample)
        #expect(outcome.statistics.format == reader.format)
        #expect(outcome.diagnostics.allSatisfy { $0.location != nil })
        for unit in outcome.units {
            #expect(unit.location != nil, "unit \(unit.id)")
            #expect(unit.segments.allSatisfy { $0.location != nil }, "unit \(unit.id)")
        }
        if reader.format == .docbook {
            let document = outcome.contribution
            #expect(document?.location != nil)
            #expect(outcome.statistics.units == 4)
            var blocks = document?.blocks ?? []
            var seen = 0
            while let block = blocks.popLast() {
                seen += 1
                #expect(block.location != nil, "\(block)")
                if case .section(let section) = block { blocks += section.blocks }
            }
            #expect(seen == 3)
            // The unknown <sidebar> is kept, with a warning at its place.
            #expect(outcome.diagnostics.map(\.code) == ["docbook.unsupported-element"])
            #expect(outcome.diagnostics.first?.location.map { "\($0.line):\($0.column)" } == "5:5")
        }
    }

    @Test("reading the same input twice gives the same result", arguments: ReaderConformanceCase.all)
    func deterministic(_ reader: ReaderConformanceCase) {
        for xml in [reader.empty, reader.sample] {
            let first = ReadOutcome(xml)
            let second = ReadOutcome(xml)
            #expect(first == second)
            #expect(first.statistics.format == reader.format)
        }
    }
}
