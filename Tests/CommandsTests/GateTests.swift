import Foundation
import Testing
import TestSupport

/// The completeness gate explains itself, the summary tells the truth, and JSON is always JSON.
@Suite("The completeness gate")
struct GateTests {
    static func json(_ run: ProgramRun) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    }

    @Test("--min-complete: the verdict says the threshold, what was reached and which contributions hold it back")
    func verdict() throws {
        let project = try ProjectCopy()
        let failed = try ProgramRun.run(["check", "--qa", "off", "--min-complete", "95"], in: project.url)
        #expect(failed.status == 1)
        #expect(failed.standardOutput.contains("gate failed: 91 % translated, 95 % required; held back by 04-saarbruecken (42 %), 07-sisli (90 %), 10-hamm (92 %)"),
            "\(failed.standardOutput)")
        // 90 % for the volume is reached, but every contribution must reach it too.
        let perContribution = try ProgramRun.run(["check", "--qa", "off", "--min-complete", "90", "--format", "json"], in: project.url)
        #expect(perContribution.status == 1)
        let gate = try #require(try Self.json(perContribution)["gate"] as? [String: Any])
        #expect(gate["threshold"] as? Double == 90)
        #expect(gate["passed"] as? Bool == false)
        #expect((gate["holdingBack"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["04-saarbruecken"])
        let passed = try ProgramRun.run(["check", "--qa", "off", "--min-complete", "40"], in: project.url)
        #expect(passed.status == 0, "\(passed.standardOutput)")
        #expect(passed.standardOutput.contains("gate passed: 91 % translated, 40 % required"))
    }

    @Test("build --strict applies the gate of check: 90 % is reached by the volume but not by 04-saarbruecken")
    func strictBuildPerContribution() throws {
        let project = try ProjectCopy()
        let run = try ProgramRun.run(["build", "--strict", "--min-complete", "90", "--to", "html", "--out", "Output-strict"],
            in: project.url)
        #expect(run.status == 1, "\(run.standardError)")
        #expect(run.standardError.contains("refusing to build: gate failed: 91 % translated, 90 % required; held back by 04-saarbruecken (42 %)"),
            "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: project.url.appendingPathComponent("Output-strict").path))
    }

    @Test("check.min-complete in kopru.yaml sets the gate; the command line overrides it")
    func manifestThreshold() throws {
        let project = try ProjectCopy()
        let manifest = try #require(project.text("kopru.yaml"))
        try project.write(manifest.replacingOccurrences(of: "  min-complete: 100\n", with: "  min-complete: 40\n"), to: "kopru.yaml")
        let run = try ProgramRun.run(["check", "--qa", "off"], in: project.url)
        #expect(run.status == 0, "\(run.standardOutput)")
        #expect(run.standardOutput.contains("gate passed: 91 % translated, 40 % required"))
        let stricter = try ProgramRun.run(["check", "--qa", "off", "--min-complete", "100"], in: project.url)
        #expect(stricter.status == 1)
    }

    @Test("a broken kopru.yaml still gives one JSON object, with the error as a finding at its place")
    func brokenManifestJSON() throws {
        let project = try ProjectCopy()
        try project.write("title: [unclosed\n", to: "kopru.yaml")
        let run = try ProgramRun.run(["check", "--format", "json"], in: project.url)
        #expect(run.status == 2)
        let report = try Self.json(run)
        let summary = try #require(report["summary"] as? [String: Any])
        #expect(summary["unreadableFiles"] as? Int == 1)
        #expect(summary["complete"] as? Double == 0)
        let findings = try #require(report["findings"] as? [[String: Any]])
        #expect(findings.count == 1)
        #expect((findings.first?["code"] as? String)?.hasPrefix("manifest.") == true)
        #expect(findings.first?["line"] as? Int != nil)
        #expect((report["gate"] as? [String: Any])?["passed"] as? Bool == false)
    }

    @Test("unreadable inputs: the summary is not complete, and they are counted")
    func unreadableInputs() throws {
        let project = try ProjectCopy()
        let run = try ProgramRun.run(["check", "--format", "json", "no-such-file.xlf"], in: project.url)
        #expect(run.status == 2)
        let summary = try #require(try Self.json(run)["summary"] as? [String: Any])
        #expect(summary["unreadableFiles"] as? Int == 1)
        #expect(summary["complete"] as? Double == 0)
    }

    @Test("an outdated XLIFF unit is told how to update it, not to run --accept, which cannot confirm it")
    func xliffOutdatedRemedy() throws {
        let project = try ProjectCopy()
        let run = try ProgramRun.run(["check", "--qa", "off"], in: project.url)
        let lines = run.standardError.split(separator: "\n")
        let index = try #require(lines.firstIndex { $0.contains("paragraph \"saa-p4\" is outdated") })
        #expect(lines[index + 1].contains("update the translation in the XLIFF file"))
        #expect(!lines[index + 1].contains("--accept"))
    }

    @Test("a named pipe called kopru.yaml is an error at once, not a wait for ever")
    func manifestPipe() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kopru-fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(mkfifo(folder.appendingPathComponent("kopru.yaml").path, 0o600) == 0)
        let running = try ProgramRun.start(["check", "--format", "json"], in: folder)
        var waited = 0
        while running.process.isRunning && waited < 200 {
            usleep(50_000)
            waited += 1
        }
        if running.process.isRunning { running.send(SIGKILL) }
        let run = running.wait()
        #expect(run.status == 2, "\(run.standardError)")
        #expect(run.standardOutput.contains("is not a regular file"))
    }
}
