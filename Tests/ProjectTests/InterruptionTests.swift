import Foundation
import Synchronization
import Testing

@testable import Project

/// The interrupt handler's clean-up runs on its own thread while the command's thread may still be
/// writing into the temporary folder it removes.
@Suite("Interruption: the clean-up removes a folder that is still being written")
struct InterruptionTests {
    /// Creates files in `folder` by path, as fast as it can, until stopped; a file that cannot be created
    /// (its folder is gone) is skipped, and nothing makes the folder again.
    final class Writer: Sendable {
        let stopped = Atomic<Bool>(false)
        let created = Atomic<Int>(0)

        func run(in folder: URL) {
            var number = 0
            while !stopped.load(ordering: .relaxed) {
                number += 1
                let descriptor = open(folder.appendingPathComponent("page-\(number).html").path,
                    O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
                if descriptor >= 0 {
                    close(descriptor)
                    created.add(1, ordering: .relaxed)
                }
            }
        }
    }

    @Test("a folder written into while it is removed is gone, and no leftover is beside it", arguments: 0..<20)
    func removalWhileWriting(round: Int) throws {
        let project = try ProjectTestFolder()
        let staging = project.url.appendingPathComponent(".Output.kopru-\(getpid())-test\(round)")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
        for number in 0..<200 {
            try Data("<p>\(number)</p>".utf8).write(to: staging.appendingPathComponent("old-\(number).html"))
        }
        let writer = Writer()
        let thread = Thread { writer.run(in: staging) }
        thread.start()
        let deadline = Date().addingTimeInterval(10)
        while writer.created.load(ordering: .relaxed) < 50, Date() < deadline { usleep(100) }
        Interruption.remove(staging)
        let createdAtRemoval = writer.created.load(ordering: .relaxed)
        usleep(2_000)
        writer.stopped.store(true, ordering: .relaxed)
        #expect(createdAtRemoval >= 50)
        #expect(project.entries() == [], "round \(round) left \(project.entries())")
    }

    @Test("a file and a missing place are removed without error")
    func fileAndMissingPlace() throws {
        let project = try ProjectTestFolder()
        let file = try project.write("half written", to: ".index.html.kopru-1-abc.tmp")
        Interruption.remove(file)
        Interruption.remove(project.url.appendingPathComponent("never-made"))
        #expect(project.entries() == [])
    }

    @Test("a previous output being removed is swept, never put back in place of a missing Output/")
    func previousBeingRemovedIsNotRestored() throws {
        let project = try ProjectTestFolder()
        let output = project.url.appendingPathComponent("Output")
        // A killed run's clean-up was removing the previous contents after a completed two-rename swap;
        // with Output/ missing, only a whole "-previous" folder may be put back, not one half removed.
        try project.write("<p>half</p>", to: ".Output.kopru-1-abc-previous\(Interruption.removingSuffix)/index.html")
        #expect(FolderReplacement.removeLeftovers(beside: output) == [".Output.kopru-1-abc-previous-removing"])
        #expect(project.entries() == [])
    }

    @Test("a folder being removed is a leftover the next run recognises")
    func removingFolderIsALeftover() throws {
        let project = try ProjectTestFolder()
        let output = project.url.appendingPathComponent("Output")
        // A run (not this process: pid 1 is never kopru) killed while its clean-up removed its folder.
        try project.write("<p/>", to: ".Output.kopru-1-abc\(Interruption.removingSuffix)/index.html")
        #expect(FolderReplacement.removeLeftovers(beside: output) == [".Output.kopru-1-abc-removing"])
        #expect(project.entries() == [])
    }
}
