import Assembly
import Foundation
import Project
import PublicationCore
import Testing

@Suite struct PublicationOutputTests {
    /// A writer that writes part of its file and then fails, as a crashing engine would.
    struct FailingWriter: PublicationWriter {
        struct Failure: Error, Equatable {}
        var fileName = "publication.pdf"
        func write(_ publication: BilingualPublication, layout: PublicationLayout, to folder: URL) throws -> [Diagnostic] {
            try Data("%PDF-1.7 half".utf8).write(to: folder.appendingPathComponent(fileName))
            throw Failure()
        }
    }

    static func previousBuild() throws -> (parent: URL, output: URL) {
        let parent = try SamplePublication.temporaryFolder("output")
        let output = parent.appendingPathComponent("Output")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("old page".utf8).write(to: output.appendingPathComponent("index.html"))
        try Data("old notes".utf8).write(to: output.appendingPathComponent("README.md"))
        // An earlier build: its marker lists what it wrote.
        try Data("# Written by kopru.\nindex.html\nREADME.md\n".utf8).write(to: output.appendingPathComponent(".kopru-output"))
        return (parent, output)
    }

    static func contents(of folder: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            result[name] = String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
        }
        return result
    }

    @Test func failingWriterLeavesThePreviousOutputUntouched() throws {
        let (parent, output) = try Self.previousBuild()
        defer { try? FileManager.default.removeItem(at: parent) }
        let before = try Self.contents(of: output)
        #expect(throws: FailingWriter.Failure.self) {
            try PublicationOutput(destination: output).write(SamplePublication.publication, layout: .parallel,
                with: [HTMLWriter(), FailingWriter(), EPUBWriter()])
        }
        #expect(try Self.contents(of: output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["Output"], "no temporary folder is left")
    }

    @Test func successfulBuildReplacesTheFolderWhole() throws {
        let (parent, output) = try Self.previousBuild()
        defer { try? FileManager.default.removeItem(at: parent) }
        try PublicationOutput(destination: output).write(SamplePublication.publication, layout: .interleaved,
            with: [HTMLWriter(), EPUBWriter()])
        let files = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(files == [".kopru-output", "index.html", "publication.epub"])
        let page = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(page == HTMLWriter().page(for: SamplePublication.publication, layout: .interleaved))
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["Output"])
    }

    @Test func firstBuildCreatesTheFolder() throws {
        let parent = try SamplePublication.temporaryFolder("output-new")
        defer { try? FileManager.default.removeItem(at: parent) }
        let output = parent.appendingPathComponent("Output")
        try PublicationOutput(destination: output).build { folder in
            try Data("page".utf8).write(to: folder.appendingPathComponent("index.html"))
        }
        #expect(try Self.contents(of: output)["index.html"] == "page")
        #expect(try Self.contents(of: output)[".kopru-output"]?.hasSuffix("\nindex.html\n") == true)
    }

    @Test func aFolderKopruDidNotWriteIsRefusedUnlessForced() throws {
        let (parent, output) = try Self.previousBuild()
        defer { try? FileManager.default.removeItem(at: parent) }
        try FileManager.default.removeItem(at: output.appendingPathComponent(".kopru-output"))
        let before = try Self.contents(of: output)
        #expect(throws: ProjectError.self) {
            try PublicationOutput(destination: output).write(SamplePublication.publication, layout: .parallel, with: [HTMLWriter()])
        }
        #expect(try Self.contents(of: output) == before)
        try PublicationOutput(destination: output, force: true).write(SamplePublication.publication, layout: .parallel,
            with: [HTMLWriter()])
        #expect(try Self.contents(of: output)["README.md"] == nil)
    }
}
