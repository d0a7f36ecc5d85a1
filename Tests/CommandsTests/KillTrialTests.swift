import Foundation
import Testing
import TestSupport

/// Seeded kill trials: `build` and `import` are interrupted (SIGINT) or killed (SIGKILL) at random
/// moments, ten times each, and after every trial the project must be in a state the user can trust:
/// `Output/` is the old or the new complete publication, every source is byte-identical to its old or
/// its new version and well-formed, kopru.lock never confirms a translation that was not written, and
/// the next run leaves no temporary file or folder.
@Suite("Kill trials: build and import stopped at random moments", .serialized)
struct KillTrialTests {
    static let trials = 10

    /// Wall-clock seconds of one run, to spread the signals over it.
    static func timed(_ body: () throws -> ProgramRun) rethrows -> (ProgramRun, Double) {
        let start = Date()
        let run = try body()
        return (run, Date().timeIntervalSince(start))
    }

    @Test("build --to html: Output/ is always the old or the new publication")
    func build() throws {
        let project = try ProjectCopy()
        let (first, duration) = try Self.timed { try ProgramRun.run(["build", "--to", "html", "--quiet"], in: project.url) }
        #expect(first.status == 0, "\(first.standardError)")
        let old = project.snapshot("Output")
        let original = try #require(project.text("Sources-de/03-osnabrueck.xml"))
        let changed = original.replacingOccurrences(of: "Osnabrück", with: "Osnabrück (Niedersachsen)")
        #expect(changed != original)
        try project.write(changed, to: "Sources-de/03-osnabrueck.xml")

        var generator = SeededGenerator(seed: 0x6b6f_7072_7509)
        var seen: [[String: Data]] = []
        for trial in 0..<Self.trials {
            let signal = trial % 2 == 0 ? SIGINT : SIGKILL
            let run = try ProgramRun.start(["build", "--to", "html", "--quiet"], in: project.url)
            usleep(UInt32(Double.random(in: 0.2...1.1, using: &generator) * duration * 1_000_000))
            run.send(signal)
            let result = run.wait()
            #expect([0, 128 + signal].contains(result.status), "trial \(trial): \(result.standardError)")
            seen.append(project.snapshot("Output"))
            if signal == SIGINT {
                #expect(project.entries().filter { $0.hasPrefix(".Output") }.isEmpty, "trial \(trial) left \(project.entries())")
            }
        }
        let last = try ProgramRun.run(["build", "--to", "html", "--quiet"], in: project.url)
        #expect(last.status == 0, "\(last.standardError)")
        let new = project.snapshot("Output")
        #expect(new != old)
        for (trial, output) in seen.enumerated() {
            #expect(output == old || output == new, "trial \(trial): Output/ is neither the old nor the new publication")
        }
        #expect(project.entries().filter { $0.hasPrefix(".Output") }.isEmpty, "\(project.entries())")
    }

    @Test("build --to html: SIGINT followed within 2 ms by SIGTERM leaves Output/ as it was and nothing beside it")
    func twoSignals() throws {
        let project = try ProjectCopy()
        let (first, duration) = try Self.timed { try ProgramRun.run(["build", "--to", "html", "--quiet"], in: project.url) }
        #expect(first.status == 0, "\(first.standardError)")
        let old = project.snapshot("Output")
        var generator = SeededGenerator(seed: 0x7477_6f73_6967)
        for trial in 0..<Self.trials {
            let run = try ProgramRun.start(["build", "--to", "html", "--quiet"], in: project.url)
            usleep(UInt32(Double.random(in: 0.2...1.1, using: &generator) * duration * 1_000_000))
            run.send(SIGINT)
            usleep(UInt32.random(in: 0...2_000, using: &generator))
            run.send(SIGTERM)
            let result = run.wait()
            #expect([0, 128 + SIGINT, 128 + SIGTERM].contains(result.status), "trial \(trial): \(result.standardError)")
            #expect(project.snapshot("Output") == old, "trial \(trial): Output/ changed although the sources did not")
            #expect(project.entries().filter { $0.hasPrefix(".Output") }.isEmpty, "trial \(trial) left \(project.entries())")
        }
    }

    /// The sources and the lock file.
    static func state(of project: ProjectCopy) -> [String: Data] {
        var state = project.snapshot("Sources-de").mapKeys { "Sources-de/" + $0 }
        state.merge(project.snapshot("Sources-tr").mapKeys { "Sources-tr/" + $0 }) { $1 }
        state["kopru.lock"] = FileManager.default.contents(atPath: project.file("kopru.lock").path)
        return state
    }

    static func restore(_ state: [String: Data], in project: ProjectCopy) throws {
        for (path, data) in Self.state(of: project) where state[path] == nil {
            _ = data
            try FileManager.default.removeItem(at: project.file(path))
        }
        for (path, data) in state { try data.write(to: project.file(path)) }
    }

    @Test("import: every source is its old or its new version, and the lock never runs ahead of the sources")
    func importTrials() throws {
        let project = try ProjectCopy()
        #expect(try ProgramRun.run(["export-missing", "--out", "returned"], in: project.url).status == 0)
        let returned = project.entries("returned").map { "returned/" + $0 }
        for path in returned {
            let filled = SafeWriteTests.translatingEveryUnit(try #require(project.text(path)))
            try project.write(filled.text, to: path)
        }
        let old = Self.state(of: project)

        // The new state, from an import that is not interrupted, in a second copy.
        let reference = try ProjectCopy()
        try FileManager.default.copyItem(at: project.file("returned"), to: reference.file("returned"))
        let (full, duration) = try Self.timed { try ProgramRun.run(["import"] + returned, in: reference.url) }
        #expect(full.status == 0 || full.status == 1, "\(full.standardError)")
        let new = Self.state(of: reference)
        let changed = Set(new.keys).union(old.keys).filter { new[$0] != old[$0] }
        #expect(changed.count >= 3, "the import should change several sources and the lock: \(changed)")

        var generator = SeededGenerator(seed: 0x696d_706f_7274)
        for trial in 0..<Self.trials {
            try Self.restore(old, in: project)
            let signal = trial % 2 == 0 ? SIGKILL : SIGINT
            let run = try ProgramRun.start(["import"] + returned, in: project.url)
            usleep(UInt32(Double.random(in: 0.5...1.1, using: &generator) * duration * 1_000_000))
            run.send(signal)
            _ = run.wait()
            let now = Self.state(of: project)
            for path in Set(now.keys).union(old.keys).union(new.keys) where path.hasSuffix(".xml") || path.hasSuffix(".xlf") || path == "kopru.lock" {
                #expect(now[path] == old[path] || now[path] == new[path], "trial \(trial): \(path) is neither its old nor its new version")
            }
            if now["kopru.lock"] == new["kopru.lock"], new["kopru.lock"] != old["kopru.lock"] {
                for path in changed {
                    #expect(now[path] == new[path], "trial \(trial): kopru.lock confirms translations, but \(path) was not written")
                }
            }
            let xml = now.keys.filter { $0.hasSuffix(".xml") || $0.hasSuffix(".xlf") }.sorted()
            let lint = try ProgramRun.run(["--noout"] + xml, in: project.url, executable: URL(fileURLWithPath: "/usr/bin/xmllint"))
            #expect(lint.status == 0, "trial \(trial): \(lint.standardError)")
            // The next run completes the import and leaves no temporary file.
            let rerun = try ProgramRun.run(["import"] + returned, in: project.url)
            #expect(rerun.status == full.status, "trial \(trial): \(rerun.standardError)")
            #expect(Self.state(of: project) == new, "trial \(trial): the rerun did not complete the import")
            for folder in ["Sources-de", "Sources-tr", ""] {
                #expect(project.entries(folder).filter { $0.hasSuffix(".tmp") }.isEmpty, "trial \(trial): \(project.entries(folder))")
            }
        }
    }
}
