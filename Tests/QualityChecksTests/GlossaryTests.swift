import Foundation
import Pairing
import QualityChecks
import PublicationCore
import Testing
import TestSupport

@Suite struct GlossaryTests {
    typealias F = CheckFixtures

    static let tbx = #"""
<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="de">
  <text>
    <body>
      <termEntry id="t1">
        <descrip type="definition">Menschen, die vor Krieg oder Verfolgung geflohen sind &amp; Schutz suchen.</descrip>
        <langSet xml:lang="de"><tig><term>Geflüchtete</term></tig></langSet>
        <langSet xml:lang="tr-TR"><tig><term>mülteciler</term></tig></langSet>
      </termEntry>
      <termEntry id="t2">
        <langSet xml:lang="de">
          <tig><term>Ausl&#228;nderbeh&#xF6;rde</term></tig>
        </langSet>
        <langSet xml:lang="tr"><tig><term>Yabancılar Dairesi</term></tig></langSet>
      </termEntry>
      <termEntry id="t3">
        <langSet xml:lang="de"><tig><term>Kita</term></tig></langSet>
      </termEntry>
    </body>
  </text>
</martif>
"""#

    static let csv = """
        german,turkish,note
        Geflüchtete,mülteciler,"Not sığınmacılar: asylum seekers, a legal status."
        Integrationskurs,uyum kursu,
        Ausländerbehörde,Yabancılar Dairesi
        # a comment
        Kita,
        Bürgermeister,belediye başkanı
        """

    var glossary: Glossary { Glossary.read(csv: Self.csv, file: "glossary.csv").0 }

    @Test func csvIsRead() throws {
        let (glossary, problems) = Glossary.read(csv: Self.csv, file: "glossary.csv")
        #expect(glossary.entries.map(\.german) == ["Geflüchtete", "Integrationskurs", "Ausländerbehörde", "Bürgermeister"])
        #expect(glossary.entries.first?.note == "Not sığınmacılar: asylum seekers, a legal status.")
        #expect(glossary.entries[1].note == nil)
        #expect(glossary.entries[2].turkish == "Yabancılar Dairesi")
        let problem = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(problem.code == "glossary.malformed-row")
        #expect(problem.location == SourceLocation(file: "glossary.csv", line: 6, column: 1))
        #expect(problem.message.contains("“Kita,”"))
    }

    @Test func tbxIsRead() throws {
        let (glossary, problems) = Glossary.read(tbx: Self.tbx, file: "terms.tbx")
        #expect(glossary.entries.map(\.german) == ["Geflüchtete", "Ausländerbehörde"])
        #expect(glossary.entries.map(\.turkish) == ["mülteciler", "Yabancılar Dairesi"])
        #expect(glossary.entries.first?.note?.contains("& Schutz") == true)
        #expect(glossary.entries.first?.location?.line == 5)
        let problem = try #require(problems.first)
        #expect(problem.code == "glossary.incomplete-entry")
        #expect(problem.message.contains("\"t3\""))
        #expect(problem.message.contains("Turkish"))
    }

    @Test func exampleGlossaryHasTenEntries() throws {
        let url = Corpus.repositoryRoot.appendingPathComponent("docs/examples/glossary.csv")
        let (glossary, problems) = try Glossary.load(contentsOf: url)
        #expect(glossary.entries.count == 10)
        #expect(problems.isEmpty)
        #expect(glossary.entries.contains { $0.german == "Kita" && $0.turkish == "kreş" })
    }

    @Test(arguments: [
        ("Geflüchtete", LanguageTag.german, "Wir helfen den Geflüchteten.", true),
        ("Geflüchtete", .german, "Ein Geflüchteter kam.", true),
        ("Integrationskurs", .german, "Die Integrationskurse beginnen.", true),
        ("Integrationskurs", .german, "Der Integrationskursträger zahlt.", false),
        ("Kita", .german, "Zwei Kitas und die Kita-Plätze", true),
        ("Bürgermeister", .german, "Die Bürgermeisterin spricht.", true),
        ("mülteciler", .turkish, "Mültecilere yardım ediyoruz.", true),
        ("mülteciler", .turkish, "Mültecilerin çocukları", true),
        ("mülteciler", .turkish, "Bir mülteciye destek", true),
        ("uyum kursu", .turkish, "Uyum kurslarına katılan kadınlar", true),
        ("uyum kursu", .turkish, "Uyum kursuna", true),
        ("uyum kursu", .turkish, "Uyum için bir kurs", false),
        ("belediye başkanı", .turkish, "Belediye Başkanımız konuştu.", true),
        ("Yabancılar Dairesi", .turkish, "Yabancılar Dairesi'ne başvurun.", true),
        ("kitap", .turkish, "Kitabı okudu.", true),
        ("kreş", .turkish, "Kreşler açık.", true),
    ])
    func stemRule(term: String, language: LanguageTag, text: String, matches: Bool) {
        let words = CheckText.words(in: text).map { CheckText.folded($0.text, language: language) }
        #expect(TermMatcher(term: term, language: language).matches(words) == matches)
    }

    @Test func missingTermIsFound() throws {
        let pair = F.pair("Die Stadt unterstützt Geflüchtete.", "Şehir sığınmacıları destekliyor.", id: "p2")
        let finding = try #require(F.findings(GlossaryCheck(glossary: glossary), pair).first)
        #expect(finding.code == "qa.glossary-term")
        #expect(finding.unit == "p2")
        #expect(finding.message.contains("“Geflüchtete”"))
        #expect(finding.message.contains("“mülteciler”"))
        #expect(finding.remedy?.contains("asylum seekers") == true)
        #expect(finding.notes == ["the glossary entry is at glossary.csv:2:1"])
    }

    @Test func missingTermIsFoundTurkishToGerman() throws {
        let pair = F.turkishToGerman("Mültecilere uyum kurslarında yardım ediyoruz.", "Wir helfen Flüchtlingen in Integrationskursen.")
        let findings = F.findings(GlossaryCheck(glossary: glossary), pair)
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("“Geflüchtete”") == true)
    }

    @Test(arguments: [
        ("Die Stadt unterstützt Geflüchtete.", "Şehir mültecileri destekliyor."),
        ("Den Geflüchteten hilft die Ausländerbehörde.", "Mültecilere Yabancılar Dairesi yardım ediyor."),
        ("Die Stadt hilft.", "Şehir sığınmacılara yardım ediyor."),
    ])
    func usedTermIsNotFound(source: String, target: String) {
        let pair = F.pair(.init(stringLiteral: source), .init(stringLiteral: target))
        #expect(F.findings(GlossaryCheck(glossary: glossary), pair).isEmpty)
    }

    @Test func emptyGlossaryFindsNothing() {
        let pair = F.pair("Die Stadt unterstützt Geflüchtete.", "Şehir sığınmacıları destekliyor.")
        #expect(F.findings(GlossaryCheck(glossary: Glossary()), pair).isEmpty)
    }
}

@Suite struct GlossaryTBX2019Tests {
    /// TBX 2019 (TBX-Basic 3) names the elements conceptEntry and langSec.
    @Test func conceptEntriesAreRead() {
        let tbx = """
            <tbx type="TBX-Basic" style="dca" xml:lang="de" xmlns="urn:iso:std:iso:30042:ed-2">
            <text><body>
            <conceptEntry id="c1"><note>Kindertagesstätte</note>
              <langSec xml:lang='de'><termSec><term>Kita</term></termSec></langSec>
              <langSec xml:lang='tr'><termSec><term>kreş</term></termSec></langSec>
            </conceptEntry>
            </body></text></tbx>
            """
        let (glossary, problems) = Glossary.read(tbx: tbx, file: "terms.tbx")
        #expect(problems.isEmpty)
        #expect(glossary.entries == [
            Glossary.Entry(german: "Kita", turkish: "kreş", note: "Kindertagesstätte",
                           location: SourceLocation(file: "terms.tbx", line: 3, column: 1))
        ])
    }

    @Test("a TBX file that is not well-formed is reported with a position; the entries before the error are kept")
    func malformedTBX() throws {
        let tbx = """
            <tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
            <conceptEntry id="c1">
              <langSec xml:lang="de"><termSec><term>Kita</term></termSec></langSec>
              <langSec xml:lang="tr"><termSec><term>kreş</term></termSec></langSec>
            </conceptEntry>
            <conceptEntry id="c2"><langSec xml:lang="de"><term>Amt</langSec>
            </body></text></tbx>
            """
        let (glossary, problems) = Glossary.read(tbx: tbx, file: "terms.tbx")
        #expect(glossary.entries.map(\.german) == ["Kita"])
        let error = try #require(problems.first { $0.severity == .error })
        #expect(error.code.rawValue.hasPrefix("xml."))
        #expect(error.location?.file == "terms.tbx")
        #expect(error.location?.line == 6)
    }

    @Test("a TBX file's external entity is never read (the XML layer's hardening applies to glossaries)")
    func externalEntityInTBX() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kopru-tbx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let secret = folder.appendingPathComponent("secret.txt")
        try "GEHEIM".write(to: secret, atomically: true, encoding: .utf8)
        let tbx = """
            <?xml version="1.0"?>
            <!DOCTYPE tbx [<!ENTITY x SYSTEM "\(secret.absoluteString)">]>
            <tbx><text><body><termEntry id="t1">
              <langSet xml:lang="de"><tig><term>&x;</term></tig></langSet>
              <langSet xml:lang="tr"><tig><term>gizli</term></tig></langSet>
            </termEntry></body></text></tbx>
            """
        let (glossary, _) = Glossary.read(tbx: tbx, file: "terms.tbx")
        #expect(!glossary.entries.contains { $0.german.contains("GEHEIM") })
    }
}
