import Foundation
import Testing
import TestSupport

/// Real signals sent to the real binary while the PDF engine runs. The engine is a stand-in (named by
/// KOPRU_PDF_VENV) that records its process id, starts the PDF and then waits, so that the signal always arrives while
/// a child process is writing into the build's temporary folder.
@Suite("Interrupts: no debris, no surviving child")
struct InterruptTests {
    /// A stand-in PDF engine: a virtual-environment folder (named by KOPRU_PDF_VENV) whose `python`
    /// starts the PDF, records its process id, then waits to be ended.
    final class StandInEngine {
        let folder: URL
        var pidFile: URL { folder.appendingPathComponent("engine.pid") }
        var temporary: URL { folder.appendingPathComponent("tmp") }

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("kopru-engine-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
            let bin = folder.appendingPathComponent("bin")
            try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
            let python = bin.appendingPathComponent("python")
            try Data("""
                #!/bin/sh
                # A stand-in for the PDF engine's Python: the last argument is the PDF to write.
                for last; do :; done
                printf '%%PDF-1.7 partial' > "$last"
                echo $$ > "\(pidFile.path).tmp" && mv "\(pidFile.path).tmp" "\(pidFile.path)"
                exec sleep 120

                """.utf8).write(to: python)
            chmod(python.path, 0o755)
            try Data("#!/bin/sh\nexit 0\n".utf8).write(to: bin.appendingPathComponent("weasyprint"))
            chmod(bin.appendingPathComponent("weasyprint").path, 0o755)
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        var environment: [String: String] {
            ["KOPRU_PDF_VENV": folder.path, "TMPDIR": temporary.path]
        }

        /// Waits until the engine has started; returns its pid.
        func waitForStart(_ run: ProgramRun.Running) throws -> pid_t {
            for _ in 0..<1200 {
                if let text = try? String(contentsOf: pidFile, encoding: .utf8),
                    let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines))
                {
                    return pid
                }
                if !run.process.isRunning { break }
                usleep(50_000)
            }
            throw CancellationError()
        }
    }

    /// Whether process `pid` is gone (waits up to three seconds).
    static func isGone(_ pid: pid_t) -> Bool {
        for _ in 0..<300 {
            if kill(pid, 0) != 0 && errno == ESRCH { return true }
            // A zombie whose parent is gone is reaped by init; check its state too.
            if let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                stat.split(separator: " ").dropFirst(2).first == "Z"
            {
                return true
            }
            usleep(10_000)
        }
        return false
    }

    @Test("SIGINT and SIGTERM during the PDF stage: the engine ends, no temporary folder or file is left, Output/ is unchanged",
        arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143))])
    func interrupt(signal: Int32, status: Int32) throws {
        let project = try ProjectCopy()
        let engine = try StandInEngine()
        let first = try ProgramRun.run(["build", "--to", "html", "--quiet"], in: project.url)
        #expect(first.status == 0, "\(first.standardError)")
        let output = project.snapshot("Output")
        let run = try ProgramRun.start(["build", "--to", "html,pdf", "--quiet"], in: project.url,
            environment: engine.environment)
        let enginePID = try engine.waitForStart(run)
        run.send(signal)
        let result = run.wait()
        #expect(result.status == status, "\(result.standardError)")
        #expect(result.standardError.contains("child processes ended and temporary files removed"))
        #expect(Self.isGone(enginePID), "the PDF engine survived")
        #expect(project.entries().filter { $0.hasPrefix(".Output") }.isEmpty, "\(project.entries())")
        #expect(project.snapshot("Output") == output)
        let temporary = (try? FileManager.default.contentsOfDirectory(atPath: engine.temporary.path)) ?? []
        #expect(temporary.isEmpty, "left in TMPDIR: \(temporary)")
    }

    @Test("SIGKILL during the PDF stage: the engine dies with kopru, and the next build removes the leftover")
    func killed() throws {
        let project = try ProjectCopy()
        let engine = try StandInEngine()
        let run = try ProgramRun.start(["build", "--to", "pdf", "--quiet"], in: project.url, environment: engine.environment)
        let enginePID = try engine.waitForStart(run)
        run.send(SIGKILL)
        #expect(run.wait().status == 128 + SIGKILL)
        #expect(Self.isGone(enginePID), "the PDF engine outlived kopru")
        let leftovers = project.entries().filter { $0.hasPrefix(".Output.kopru-") }
        #expect(leftovers.count == 1)
        #expect(!project.entries().contains("Output"))
        let next = try ProgramRun.run(["build", "--to", "html", "--quiet"], in: project.url)
        #expect(next.status == 0, "\(next.standardError)")
        #expect(next.standardError.contains("removed \(leftovers.first ?? "?"), left by an interrupted run [project.leftover-removed]"),
            "\(next.standardError)")
        #expect(project.entries().filter { $0.hasPrefix(".Output") }.isEmpty)
        #expect(project.entries("Output").contains("index.html"))
    }
}
