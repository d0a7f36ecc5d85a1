import Foundation
import Testing
import TestSupport

/// Command-line transcripts: a command, its exit status, standard error and standard output, one
/// file each in Transcripts/. The command runs in the repository's root folder.
///
/// ```text
/// # what the transcript shows
/// $ kopru check Sources-de
/// ? 1
/// --- stderr
/// …
/// --- stdout
/// …
/// ```
/// A missing expected part, or RECORD_GOLDEN=1, records the actual output and fails, so every change
/// is reviewed as a diff.
@Suite("Command-line transcripts")
struct TranscriptTests {
    static let folder = Corpus.repositoryRoot.appendingPathComponent("Tests/CommandsTests/Transcripts")

    static var transcripts: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted()
    }

    /// The kopru executable built beside the test bundle.
    static var executable: URL {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while url.path != "/" {
            let candidate = url.appendingPathComponent("kopru")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            url = url.deletingLastPathComponent()
        }
        return Corpus.repositoryRoot.appendingPathComponent(".build/debug/kopru")
    }

    @Test("transcript", arguments: transcripts)
    func transcript(name: String) throws {
        let file = Self.folder.appendingPathComponent(name)
        let text = try String(contentsOf: file, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = lines.prefix { !$0.hasPrefix("$ ") }
        guard let commandLine = lines.first(where: { $0.hasPrefix("$ kopru") }) else {
            Issue.record("\(name) has no `$ kopru …` line")
            return
        }
        let arguments = Array(commandLine.dropFirst(2).split(separator: " ").map(String.init).dropFirst())
        let (status, stdout, stderr) = try run(arguments)
        var actual = header.joined(separator: "\n") + (header.isEmpty ? "" : "\n")
        actual += "\(commandLine)\n? \(status)\n--- stderr\n\(stderr)--- stdout\n\(stdout)"
        let failure = Golden.compare(actual, goldenFile: file)
        #expect(failure == nil, "\(failure ?? "")")
    }

    func run(_ arguments: [String]) throws -> (Int32, String, String) {
        try Self.run(arguments, in: Corpus.repositoryRoot)
    }

    /// Runs kopru with `arguments` in `folder`; returns the exit status, standard output and standard error.
    static func run(_ arguments: [String], in folder: URL) throws -> (Int32, String, String) {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}
