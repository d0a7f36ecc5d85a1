import Foundation
import Testing
import TestSupport

/// The exchange commands run as a user runs them, in a copy of the sample volume; the transcript
/// (commands, exit statuses, standard error and output) is compared with Transcripts/.
@Suite("Exchange commands on the command line")
struct CommandLineTranscriptTests {
    static var executable: URL? {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while url.path != "/" {
            let candidate = url.appendingPathComponent("kopru")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            url = url.deletingLastPathComponent()
        }
        return nil
    }

    static func run(_ arguments: [String], in folder: URL) throws -> String {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe()
        let errorFile = folder.appendingPathComponent("stderr.txt")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let errorHandle = try FileHandle(forWritingTo: errorFile)
        process.standardOutput = out
        process.standardError = errorHandle
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errorHandle.close()
        let errors = try String(contentsOf: errorFile, encoding: .utf8)
        try FileManager.default.removeItem(at: errorFile)
        return "$ kopru \(arguments.joined(separator: " "))\n? \(process.terminationStatus)\n--- stderr\n\(errors)--- stdout\n"
            + String(decoding: output, as: UTF8.self)
    }

    @Test("export-missing, a translator's return with one conflict, import, export-tmx")
    func importWithConflict() throws {
        // The kopru executable is built with the tests; without it this test must fail, not skip.
        _ = try #require(Self.executable, "the kopru executable was not found beside the test bundle")
        let folder = try TemporaryFolder.sampleVolume()
        defer { folder.remove() }
        var transcript = "# export-missing, then import of the returned files after sis-p9's original changed\n"
        transcript += try Self.run(["export-missing", "--out", "out"], in: folder.url)
        for name in ["04-saarbruecken.de-tr.xlf", "07-sisli.tr-de.xlf", "08-sultanbeyli.tr-de.xlf"] {
            try VolumeOperations.fill(folder.file("out/" + name), state: "translated")
        }
        let original = try folder.read("Sources-tr/07-sisli.xml")
        try folder.write(original.replacingOccurrences(of: "1.150 haneye", with: "1.200 haneye"), to: "Sources-tr/07-sisli.xml")
        transcript += try Self.run(["import", "--dry-run", "out/04-saarbruecken.de-tr.xlf", "out/07-sisli.tr-de.xlf",
            "out/08-sultanbeyli.tr-de.xlf"], in: folder.url)
        transcript += try Self.run(["import", "out/04-saarbruecken.de-tr.xlf", "out/07-sisli.tr-de.xlf",
            "out/08-sultanbeyli.tr-de.xlf"], in: folder.url)
        transcript += try Self.run(["export-missing", "--xliff", "1.2", "--out", "again"], in: folder.url)
        transcript += try Self.run(["export-missing", "--to", "tr", "--out", "again"], in: folder.url)
        transcript += try Self.run(["import", "nothing.xlf"], in: folder.url)
        transcript += try Self.run(["export-tmx", "--out", "pairs.tmx"], in: folder.url)
        #expect(try XMLLint.isWellFormed(folder.file("pairs.tmx")))
        let normalised = transcript.replacingOccurrences(of: #"\.kopru-backup/[0-9TZ]+-[0-9a-z]+"#, with: ".kopru-backup/TIME",
            options: .regularExpression)
        let golden = Corpus.repositoryRoot.appendingPathComponent("Tests/ExchangeTests/Transcripts/import-with-conflict.txt")
        let failure = Golden.compare(normalised, goldenFile: golden)
        #expect(failure == nil, "\(failure ?? "")")
    }
}
