import Foundation
import Testing
import TestSupport

/// The real executable on a manifest and files written to break it: it must neither crash, hang nor
/// print libxml2's own words, and must fail where its input is unusable.
@Suite("Hostile input, end to end")
struct HostileInputCommandTests {
    let root = Corpus.repositoryRoot

    struct Outcome {
        var status: Int32
        var reason: Process.TerminationReason
        var output: String
        var errors: String
    }

    /// Runs kopru with its output in files (a full pipe cannot block it) and kills it after
    /// `seconds`; `nil` when it had to be killed.
    func run(_ arguments: [String], in folder: URL, within seconds: Double = 120) throws -> Outcome? {
        let outFile = folder.appendingPathComponent(".out-\(UUID().uuidString)")
        let errFile = folder.appendingPathComponent(".err-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: outFile.path, contents: nil)
        FileManager.default.createFile(atPath: errFile.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outFile)
            try? FileManager.default.removeItem(at: errFile)
        }
        let process = Process()
        process.executableURL = TranscriptTests.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: outFile)
        process.standardError = try FileHandle(forWritingTo: errFile)
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        if done.wait(timeout: .now() + seconds) == .timedOut {
            process.terminate()
            kill(process.processIdentifier, SIGKILL)
            _ = done.wait(timeout: .now() + 10)
            return nil
        }
        return Outcome(status: process.terminationStatus, reason: process.terminationReason,
            output: (try? String(contentsOf: outFile, encoding: .utf8)) ?? "",
            errors: (try? String(contentsOf: errFile, encoding: .utf8)) ?? "")
    }

    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kopru-hostile-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A copy of the sample publication.
    func sampleCopy() throws -> URL {
        let folder = try temporaryFolder()
        for item in ["kopru.yaml", "kopru.lock", "Sources-de", "Sources-tr"] {
            try FileManager.default.copyItem(at: root.appendingPathComponent(item), to: folder.appendingPathComponent(item))
        }
        return folder
    }

    @Test("a manifest of 20,000 nested brackets is an error at its place, not a crash",
        arguments: ["check", "build"])
    func deepManifest(_ command: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try ("title: " + String(repeating: "[", count: 20_000) + "\n").write(to: folder.appendingPathComponent("kopru.yaml"),
            atomically: true, encoding: .utf8)
        let outcome = try #require(try run([command], in: folder, within: 60))
        #expect(outcome.reason == .exit, "ended by signal \(outcome.status)")
        #expect(outcome.status == 2)
        #expect(outcome.errors.contains("kopru.yaml:1:71: error:"), "\(outcome.errors)")
        #expect(outcome.errors.contains("[manifest.too-deep]"))
    }

    @Test("1,000 nested block mappings are an error at their place, not a crash")
    func deepBlockManifest() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let yaml = (0..<1000).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n") + "\n"
        try yaml.write(to: folder.appendingPathComponent("kopru.yaml"), atomically: true, encoding: .utf8)
        let outcome = try #require(try run(["check"], in: folder, within: 60))
        #expect(outcome.reason == .exit, "ended by signal \(outcome.status)")
        #expect(outcome.status == 2)
        #expect(outcome.errors.contains("kopru.yaml:65:65: error:"), "\(outcome.errors)")
    }

    @Test("an unreadable glossary fails build as it fails check")
    func unreadableGlossary() throws {
        let folder = try sampleCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = folder.appendingPathComponent("kopru.yaml")
        let text = try String(contentsOf: manifest, encoding: .utf8)
        try text.replacingOccurrences(of: "  severities: {}", with: "  severities: {}\n  glossary: glossar-fehlt.csv")
            .write(to: manifest, atomically: true, encoding: .utf8)
        let check = try #require(try run(["check", "--quiet"], in: folder))
        #expect(check.status != 0)
        #expect(check.errors.contains("[check.glossary-unreadable]"))
        let build = try #require(try run(["build", "--to", "html", "--out", "Built", "--quiet"], in: folder))
        #expect(build.status == 2)
        #expect(build.errors.contains("glossar-fehlt.csv does not exist"), "\(build.errors)")
        #expect(build.errors.contains("[check.glossary-unreadable]"))
        #expect(build.errors.contains("kopru.yaml:"), "the error points into the manifest")
    }

    @Test("a named pipe in a checked folder is skipped with a note instead of hanging check")
    func namedPipeInFolder() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let documents = folder.appendingPathComponent("Texte")
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: root.appendingPathComponent("Sources-de/01-vorwort.xml"),
            to: documents.appendingPathComponent("01-vorwort.xml"))
        #expect(mkfifo(documents.appendingPathComponent("pipe.xml").path, 0o600) == 0)
        guard let outcome = try run(["check", "Texte"], in: folder, within: 60) else {
            Issue.record("kopru check did not finish within 60 s")
            return
        }
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.errors.contains("Texte/pipe.xml:1:1: note: "), "\(outcome.errors)")
        #expect(outcome.errors.contains("[input.not-a-file]"))
        #expect(outcome.output.contains("01-vorwort.xml"))
    }

    @Test("an EBCDIC contribution is read like any other (exit 0, no error, no raw libxml2 text)")
    func ebcdicFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let body = (0..<300).map { "<para xml:id=\"p\($0)\">Ein Beispieltext über Städte, Nummer \($0).</para>\n" }.joined()
        let text = "<?xml version=\"1.0\" encoding=\"IBM037\"?>\n"
            + "<article xmlns=\"http://docbook.org/ns/docbook\" version=\"5.0\" xml:lang=\"de\"><title>Beispiel</title>\n"
            + body + "</article>\n"
        try Data(CommandEBCDIC.encode(text)).write(to: folder.appendingPathComponent("ebcdic.xml"))
        let outcome = try #require(try run(["check", "ebcdic.xml"], in: folder))
        #expect(outcome.status == 0, "\(outcome.output)\n\(outcome.errors)")
        #expect(!outcome.errors.contains(": error: "), "\(outcome.errors)")
        #expect(outcome.output.contains("ebcdic.xml"), "\(outcome.output)")
        for raw in ["encoding error :", "xmlParseChunk", "input conversion failed due to input error, bytes"] {
            #expect(!outcome.errors.split(separator: "\n").contains { $0.hasPrefix(raw) }, "raw libxml2 line: \(raw)")
        }
    }

    @Test("100,000 unsupported elements print a few warnings, not 100,000")
    func manyWarnings() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = "<article xmlns=\"http://docbook.org/ns/docbook\" version=\"5.0\" xml:lang=\"de\"><title>Beispiel</title>\n"
            + String(repeating: "<para><foo>x</foo></para>\n", count: 100_000) + "</article>\n"
        try text.write(to: folder.appendingPathComponent("viele.xml"), atomically: true, encoding: .utf8)
        let outcome = try #require(try run(["check", "viele.xml"], in: folder))
        let warnings = outcome.errors.split(separator: "\n").filter { $0.contains(": warning: ") }
        #expect(warnings.count <= 40, "\(warnings.count) warnings printed")
        #expect(outcome.errors.contains("99980 more"), "\(outcome.errors.prefix(2000))")
    }
}

/// IBM037 (EBCDIC) for the characters of the sample text above.
enum CommandEBCDIC {
    static func encode(_ text: String) -> [UInt8] {
        var table: [Character: UInt8] = [" ": 0x40, ".": 0x4B, "<": 0x4C, "-": 0x60, "/": 0x61, ",": 0x6B, "_": 0x6D,
            ">": 0x6E, "?": 0x6F, ":": 0x7A, "=": 0x7E, "\"": 0x7F, "\n": 0x25, "ä": 0x43, "ü": 0xDC]
        for (offset, letter) in "abcdefghi".enumerated() { table[letter] = 0x81 + UInt8(offset) }
        for (offset, letter) in "jklmnopqr".enumerated() { table[letter] = 0x91 + UInt8(offset) }
        for (offset, letter) in "stuvwxyz".enumerated() { table[letter] = 0xA2 + UInt8(offset) }
        for (offset, letter) in "ABCDEFGHI".enumerated() { table[letter] = 0xC1 + UInt8(offset) }
        for (offset, letter) in "JKLMNOPQR".enumerated() { table[letter] = 0xD1 + UInt8(offset) }
        for (offset, letter) in "STUVWXYZ".enumerated() { table[letter] = 0xE2 + UInt8(offset) }
        for (offset, digit) in "0123456789".enumerated() { table[digit] = 0xF0 + UInt8(offset) }
        return text.map { table[$0] ?? 0x6F }
    }
}
