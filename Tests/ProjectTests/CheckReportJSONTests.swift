import Foundation
import Project
import PublicationCore
import Testing

/// `CheckReport.jsonData()` sets findings encoded one by one into the rest of the report: its bytes
/// must be exactly what `JSONEncoder` writes for the whole report.
@Suite struct CheckReportJSONTests {
    private func encoded(_ report: CheckReport) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(report)
    }

    private func file(_ path: String) -> CheckReport.FileEntry {
        var statistics = FileStatistics(path: path)
        statistics.units = 3
        statistics.segments = 3
        statistics.translated = 1
        statistics.missing = 2
        statistics.writtenStates = ["final": 1, "(none)": 2]
        return CheckReport.FileEntry(statistics, readable: true)
    }

    @Test func sameBytesAsTheEncoderWithManyKindsOfFindings() throws {
        let diagnostics = [
            Diagnostic(.error, DiagnosticCode("xml.malformed"), "an end tag does not match <trans-unit>\nsecond line",
                remedy: "fix the XML", at: SourceLocation(file: "Sources-tr/a/b.xlf", line: 3, column: 7),
                notes: ["libxml2: \"quoted\" and a \\ backslash", "ünïcödé İstanbul ışık"]),
            Diagnostic(.warning, DiagnosticCode("file.needs-review"), "the target of unit \"u2\" is not confirmed",
                remedy: nil, at: nil, unit: "u2"),
            Diagnostic(.note, DiagnosticCode("file.listing-truncated"), "tab\there, slash / and {braces} [brackets] : colon",
                remedy: "nothing", at: SourceLocation(file: "x.xlf", line: 1, column: 1)),
        ]
        var report = CheckReport(files: [file("Sources-tr/a/b.xlf"), file("x.xlf")], diagnostics: diagnostics)
        #expect(try report.jsonData() == encoded(report))
        report.applyGate(minimum: 90, warningsAsErrors: false)
        #expect(try report.jsonData() == encoded(report))
        let text = String(decoding: try report.jsonData(), as: UTF8.self)
        #expect(text.contains("\"findings\" : [\n    {\n      \"code\" : \"xml.malformed\""))
    }

    @Test func sameBytesWithoutFindingsAndWithThousands() throws {
        let empty = CheckReport(files: [file("a.xlf")], diagnostics: [])
        #expect(try empty.jsonData() == encoded(empty))
        let many = (1...2_000).map { index in
            Diagnostic(.warning, DiagnosticCode("file.missing-target"), "unit \"u\(index)\" has no target",
                remedy: "translate it", at: SourceLocation(file: "big.xlf", line: index, column: 3), unit: "u\(index)")
        }
        let large = CheckReport(files: [file("big.xlf")], diagnostics: many)
        let data = try large.jsonData()
        #expect(data == (try encoded(large)))
        let decoded = try JSONDecoder().decode(CheckReport.self, from: data)
        #expect(decoded.findings.count == 2_000)
        #expect(decoded.findings.last?.unit == "u2000")
    }

    @Test("every key of the contract is written, null where there is no value; an unreadable file is not complete")
    func contractKeysAreAlwaysThere() throws {
        var unreadable = FileStatistics(path: "pic.xml")
        unreadable.format = nil
        let report = CheckReport(
            files: [file("Sources-de/01-vorwort.xml"), CheckReport.FileEntry(unreadable, readable: false)],
            diagnostics: [Diagnostic(.error, DiagnosticCode("input.unreadable"), "nothere.xml: no such file or folder",
                remedy: "check the path")],
            unreadableInputs: 1)
        let object = try #require(try JSONSerialization.jsonObject(with: report.jsonData()) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        for entry in files {
            for key in ["path", "format", "sourceLanguage", "targetLanguage", "units", "segments", "translated", "missing",
                "empty", "needsReview", "sourceWords"]
            {
                #expect(entry.keys.contains(key), "\(key) missing in \(entry)")
            }
            #expect(entry["targetLanguage"] is NSNull)
        }
        #expect(files[1]["complete"] as? Double == 0)
        let finding = try #require((object["findings"] as? [[String: Any]])?.first)
        for key in ["code", "severity", "file", "line", "column", "unit", "message"] {
            #expect(finding.keys.contains(key), "\(key) missing in \(finding)")
        }
        #expect(finding["line"] is NSNull)
        #expect(finding["notes"] == nil)
        // Read back, the report is the same.
        let decoded = try JSONDecoder().decode(CheckReport.self, from: report.jsonData())
        #expect(decoded.files == report.files)
        #expect(decoded.findings == report.findings)
    }
}
