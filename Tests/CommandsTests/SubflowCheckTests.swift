import Foundation
import TestSupport
import Testing

/// `kopru check --qa on` on XLIFF 1.2 sub-flows (the text of a `<sub>`): each is counted as a segment
/// and checked like any other, and an empty one is reported where its source `<sub>` stands.
/// The texts are sample texts.
@Suite struct SubflowCheckTests {
    static let document = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
         <file original="karten.html" source-language="de" target-language="tr" datatype="html">
          <body>
           <trans-unit id="karte">
            <source>Siehe <ph id="1">&lt;img alt="<sub>Karte mit 12 Stadtteilen</sub>"></ph>Karte.</source>
            <target state="translated">Bakınız <ph id="1">&lt;img alt="<sub>15 semtli harita</sub>"></ph>Harita.</target>
           </trans-unit>
           <trans-unit id="link">
            <source>Lesen Sie den <bpt id="1">&lt;a title="<sub>Bericht 2024</sub>"></bpt>Bericht<ept id="1">&lt;/a></ept>.</source>
            <target state="translated"><bpt id="1">&lt;a title="<sub></sub>"></bpt>Raporu<ept id="1">&lt;/a></ept> okuyun.</target>
           </trans-unit>
           <trans-unit id="logo">
            <source><ph id="1">&lt;img alt="<sub>Logo der Stadt</sub>"></ph></source>
            <target state="translated"><ph id="1">&lt;img alt="<sub>Şehrin logosu</sub>"></ph></target>
           </trans-unit>
          </body>
         </file>
        </xliff>
        """

    static func findings() throws -> (report: [String: Any], findings: [[String: Any]]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kopru-sub-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try document.write(to: folder.appendingPathComponent("karten.xlf"), atomically: true, encoding: .utf8)
        let run = try ProgramRun.run(["check", "--format", "json", "--qa", "on", "--quiet", "karten.xlf"], in: folder)
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        return (report, try #require(report["findings"] as? [[String: Any]]))
    }

    @Test func aNumberChangedInASubflowIsFound() throws {
        let (_, findings) = try Self.findings()
        let number = try #require(findings.first { ($0["code"] as? String) == "qa.number-mismatch" })
        #expect((number["unit"] as? String)?.hasSuffix("karte#ph1.sub1") == true)
        #expect(number["line"] as? Int == 6)
        #expect((number["message"] as? String)?.contains("12") == true)
        // The unit's own text has no number: one finding only.
        #expect(findings.filter { ($0["code"] as? String) == "qa.number-mismatch" }.count == 1)
    }

    @Test func anEmptySubflowIsReportedAndATranslatedOneIsNot() throws {
        let (report, findings) = try Self.findings()
        let empty = findings.filter { ($0["code"] as? String) == "file.empty-target" }
        #expect(empty.count == 1)
        #expect((empty.first?["message"] as? String)?.contains("\"bpt1.sub1\" of unit \"link\"") == true)
        #expect(empty.first?["line"] as? Int == 10)
        #expect(empty.first?["column"] as? Int == 52)
        // The logo's only text is its translated <sub>: nothing about it is empty.
        #expect(!findings.contains { ($0["unit"] as? String)?.contains("logo") == true })
        let files = try #require(report["files"] as? [[String: Any]])
        #expect(files.first?["segments"] as? Int == 6)
        #expect(files.first?["empty"] as? Int == 1)
    }
}
