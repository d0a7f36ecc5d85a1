import Foundation
import Testing
import TestSupport

/// A broken `kopru.lock` is treated the same way by every command that reads it: an error with the
/// file's line and a remedy, exit status 2, and nothing written.
@Suite("One policy for a broken kopru.lock")
struct LockFilePolicyTests {
    static let commands: [[String]] = [
        ["check", "--qa", "off"], ["build", "--to", "html"], ["export-tmx", "--out", "memory.tmx"],
        ["export-missing", "--out", "missing"],
    ]

    @Test("check, build, export-tmx and export-missing stop at a broken line of kopru.lock", arguments: commands)
    func brokenLock(arguments: [String]) throws {
        let project = try ProjectCopy()
        let lockURL = project.url.appendingPathComponent("kopru.lock")
        var text = (try? String(contentsOf: lockURL, encoding: .utf8)) ?? ""
        text += "this line is not a lock entry\n"
        try text.write(to: lockURL, atomically: true, encoding: .utf8)
        let brokenLine = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == "this line is not a lock entry" }! + 1
        let before = try FileManager.default.contentsOfDirectory(atPath: project.url.path).sorted()
        let run = try ProgramRun.run(arguments, in: project.url)
        #expect(run.status == 2, "\(arguments): \(run.standardError)")
        #expect(run.standardError.contains("kopru.lock:\(brokenLine):1: error:"), "\(run.standardError)")
        #expect(run.standardError.contains("[publication.lock]"))
        #expect(run.standardError.contains("kopru check --accept all"))
        let after = try FileManager.default.contentsOfDirectory(atPath: project.url.path).sorted()
        #expect(after.filter { $0 != ".kopru" } == before.filter { $0 != ".kopru" }, "a command wrote something")
    }
}

/// `kopru build` says which figure's image it could not find, with the figure's place.
@Suite("Build: a missing image is reported")
struct MissingImageBuildTests {
    @Test("a removed image file: build.missing-image at the figure, the build still written")
    func missingImage() throws {
        let project = try ProjectCopy()
        try FileManager.default.removeItem(at: project.url.appendingPathComponent("Sources-de/images/osnabrueck-sprachcafe.svg"))
        let run = try ProgramRun.run(["build", "--to", "html"], in: project.url)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError.contains("Sources-de/03-osnabrueck.xml:"), "\(run.standardError)")
        #expect(run.standardError.contains("images/osnabrueck-sprachcafe.svg is not found"))
        #expect(run.standardError.contains("[build.missing-image]"))
        #expect(run.standardError.components(separatedBy: "[build.missing-image]").count == 2, "reported more than once")
        #expect(FileManager.default.fileExists(atPath: project.url.appendingPathComponent("Output/index.html").path))
    }
}

/// An EPUB built without the PDF has no page list unless --page-list asks for the print layout.
@Suite("Build: the EPUB's page list without a PDF")
struct EPUBWithoutPDFTests {
    @Test("--to epub: written fast, without a page list, and a note says how to get one")
    func epubAlone() throws {
        let project = try ProjectCopy()
        let run = try ProgramRun.run(["build", "--to", "epub", "--out", "Output-epub"], in: project.url)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError.contains("note: the EPUB has no page list, because the PDF was not built [build.no-page-list]"),
            "\(run.standardError)")
        #expect(run.standardError.contains("--page-list"))
        #expect(FileManager.default.fileExists(atPath: project.url.appendingPathComponent("Output-epub/publication.epub").path))
    }
}
