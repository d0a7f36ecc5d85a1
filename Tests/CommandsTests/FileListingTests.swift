import Foundation
import Testing
import TestSupport

/// `kopru check FILE`: every segment behind the counts of missing, empty, untranslated and
/// needs-review targets is a finding with its unit id and position; text output cuts a long list short.
@Suite("File mode lists what it counts")
struct FileListingTests {
    static func findings(_ json: String) throws -> [[String: Any]] {
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return try #require(report["findings"] as? [[String: Any]])
    }

    @Test("every missing, empty and needs-review unit of Sources-tr/04-saarbruecken.xlf is listed")
    func saarbruecken() throws {
        let project = try ProjectCopy()
        let text = try ProgramRun.run(["check", "Sources-tr/04-saarbruecken.xlf"], in: project.url)
        for (unit, line) in [("saa-s3", 59), ("saa-p5", 62), ("saa-p6", 65), ("saa-s4", 68), ("saa-p7", 71)] {
            #expect(text.standardError.contains(
                "Sources-tr/04-saarbruecken.xlf:\(line):9: warning: unit \"\(unit)\" has no target"), "\(text.standardError)")
        }
        #expect(text.standardError.contains("unit \"saa-l1-i3\" is empty [file.empty-target]"))
        #expect(!text.standardError.contains("[qa.empty-target]"), "the empty target is listed once")
        let json = try ProgramRun.run(["check", "--format", "json", "Sources-tr/04-saarbruecken.xlf"], in: project.url)
        let listed = try Self.findings(json.standardOutput)
        func units(_ code: String) -> [String] {
            listed.filter { $0["code"] as? String == code }.compactMap { $0["unit"] as? String }
        }
        #expect(units("file.missing-target") == ["saa-s3", "saa-p5", "saa-p6", "saa-s4", "saa-p7"])
        #expect(units("file.empty-target") == ["saa-l1-i3"])
        #expect(units("file.needs-review") == ["saa-l1-i1", "saa-l1-i2"])
        // The counts and the listing agree.
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let file = try #require((report["files"] as? [[String: Any]])?.first)
        #expect(file["missing"] as? Int == 5)
        #expect(file["empty"] as? Int == 1)
        #expect(file["needsReview"] as? Int == 2)
    }

    @Test("text output lists ten per code and file, then \"… and N more\"; JSON lists all")
    func capped() throws {
        let project = try ProjectCopy()
        let units = (1...25).map { "    <trans-unit id=\"u\($0)\"><source>Satz \($0) der Beispieldatei.</source></trans-unit>" }
            + ["    <trans-unit id=\"t1\"><source>Neu.</source><target state=\"new\">Yeni.</target></trans-unit>"]
        let xliff = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file original="beispiel.xml" datatype="xml" source-language="de" target-language="tr"><body>
            \(units.joined(separator: "\n"))
              </body></file>
            </xliff>
            """
        try project.write(xliff, to: "many-missing.xlf")
        let text = try ProgramRun.run(["check", "many-missing.xlf"], in: project.url)
        let listedLines = text.standardError.split(separator: "\n").filter { $0.hasSuffix("[file.missing-target]") }
        #expect(listedLines.count == 11, "\(text.standardError)")
        #expect(listedLines.last?.contains("note: … and 15 more in this file") == true, "\(listedLines)")
        #expect(text.standardError.contains("unit \"t1\" still needs translating (state \"new\") [file.untranslated]"))
        let json = try ProgramRun.run(["check", "--format", "json", "many-missing.xlf"], in: project.url)
        let missing = try Self.findings(json.standardOutput).filter { $0["code"] as? String == "file.missing-target" }
        #expect(missing.count == 25)
        #expect(missing.last?["unit"] as? String == "u25")
    }

    @Test("a unit whose source is empty is no segment: Vienna's NSAppleEventsUsageDescription gets one note, 100 %")
    func unitWithoutSourceText() throws {
        let path = Corpus.url("xliff12-de-tr/xcode-vienna/en.xliff").path
        let json = try ProgramRun.run(["check", "--format", "json", path], in: Corpus.repositoryRoot)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let file = try #require((report["files"] as? [[String: Any]])?.first)
        // reference-counts.txt: translate-toolkit counts 592 units, leaving out the one with an empty source.
        #expect(file["units"] as? Int == 593)
        #expect(file["segments"] as? Int == 592)
        #expect(file["empty"] as? Int == 0)
        #expect(file["complete"] as? Double == 1)
        let findings = try Self.findings(json.standardOutput)
        let notes = findings.filter { $0["code"] as? String == "file.no-source-text" }
        #expect(notes.count == 1)
        #expect(notes.first?["unit"] as? String == "NSAppleEventsUsageDescription")
        #expect(notes.first?["line"] as? Int == 1779)
        #expect(!findings.contains { ($0["code"] as? String)?.hasPrefix("file.") == true && $0["code"] as? String != "file.no-source-text" })
    }

    @Test("a file with 2,500 missing targets lists the first 1,000 and says how many more; its counts are complete")
    func longListingIsBounded() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kopru-listing-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var xliff = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
            <file original="big.xml" source-language="de" target-language="tr" datatype="plaintext"><body>

            """
        for index in 1...2_500 {
            xliff += "<trans-unit id=\"u\(index)\"><source>Satz Nummer \(index) über Hamm.</source></trans-unit>\n"
        }
        xliff += "</body></file></xliff>\n"
        try xliff.write(to: folder.appendingPathComponent("big.xlf"), atomically: true, encoding: .utf8)
        let run = try ProgramRun.run(["check", "--qa", "off", "--format", "json", "big.xlf"], in: folder)
        let listed = try Self.findings(run.standardOutput)
        #expect(listed.filter { $0["code"] as? String == "file.missing-target" }.count == 1_000)
        let truncated = listed.filter { $0["code"] as? String == "file.listing-truncated" }
        #expect(truncated.count == 1)
        #expect((truncated.first?["message"] as? String)?.hasPrefix("1500 more segments") == true, "\(truncated)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let file = try #require((report["files"] as? [[String: Any]])?.first)
        #expect(file["missing"] as? Int == 2_500)
    }
}
