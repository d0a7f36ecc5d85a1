import Foundation
import Project
import Testing

@Suite("Folder replacement: the output is swapped in whole or not at all")
struct FolderReplacementTests {
    struct Failure: Error {}

    @Test("a first build creates the folder with a marker listing what was written")
    func firstBuild() throws {
        let folder = try ProjectTestFolder()
        let output = folder.url.appendingPathComponent("Output")
        try FolderReplacement(destination: output, displayPath: "Output").run { staging in
            try Data("<html/>".utf8).write(to: staging.appendingPathComponent("index.html"))
        }
        #expect(folder.entries("Output") == [".kopru-output", "index.html"])
        #expect(OutputMarker.read(in: output)?.entries == ["index.html"])
        #expect(folder.entries() == ["Output"])  // no temporary folder left
    }

    @Test("a second build replaces the first; a failing one leaves it byte for byte")
    func replaceAndFail() throws {
        let folder = try ProjectTestFolder()
        let output = folder.url.appendingPathComponent("Output")
        let replacement = FolderReplacement(destination: output, displayPath: "Output")
        try replacement.run { try Data("one".utf8).write(to: $0.appendingPathComponent("a.txt")) }
        try replacement.run { try Data("two".utf8).write(to: $0.appendingPathComponent("b.txt")) }
        #expect(folder.entries("Output") == [".kopru-output", "b.txt"])
        #expect(throws: Failure.self) {
            try replacement.run { staging in
                try Data("three".utf8).write(to: staging.appendingPathComponent("c.txt"))
                throw Failure()
            }
        }
        #expect(folder.entries("Output") == [".kopru-output", "b.txt"])
        #expect(folder.contents("Output/b.txt") == "two")
        #expect(folder.entries() == ["Output"])
    }

    @Test("a folder with a file Köprü did not write is refused before anything is written")
    func foreignFile() throws {
        let folder = try ProjectTestFolder()
        let output = folder.url.appendingPathComponent("Output")
        let replacement = FolderReplacement(destination: output, displayPath: "Output")
        try replacement.run { try Data("one".utf8).write(to: $0.appendingPathComponent("a.txt")) }
        try folder.write("keep me", to: "Output/notes.txt")
        var ran = false
        #expect(throws: ProjectError.self) {
            try replacement.run { _ in ran = true }
        }
        #expect(!ran)
        #expect(folder.contents("Output/notes.txt") == "keep me")
    }

    @Test("leftovers of killed runs are removed; a previous folder without a destination is put back")
    func leftovers() throws {
        let folder = try ProjectTestFolder()
        let output = folder.url.appendingPathComponent("Output")
        try folder.write("old", to: ".Output.building-AB12/index.html")
        try folder.write("old", to: ".Output.kopru-999999-zz/index.html")
        try folder.write("keep", to: ".Outputs/other.txt")
        try folder.write("keep", to: "Output/index.html")
        let removed = FolderReplacement.removeLeftovers(beside: output)
        #expect(removed == [".Output.building-AB12", ".Output.kopru-999999-zz"])
        #expect(folder.entries() == [".Outputs", "Output"])

        try FileManager.default.removeItem(at: output)
        try folder.write("previous", to: ".Output.kopru-999998-yy-previous/index.html")
        FolderReplacement.removeLeftovers(beside: output)
        #expect(folder.contents("Output/index.html") == "previous")
    }
}

@Suite("Atomic files and the project lock")
struct AtomicFileTests {
    @Test("a rewritten file keeps its permissions; no temporary file is left")
    func keepsMode() throws {
        let folder = try ProjectTestFolder()
        let file = try folder.write("old", to: "source.xml")
        chmod(file.path, 0o600)
        try AtomicFile.write(Data("new".utf8), to: file, displayPath: "source.xml")
        var info = stat()
        stat(file.path, &info)
        #expect(info.st_mode & 0o777 == 0o600)
        #expect(folder.contents("source.xml") == "new")
        #expect(folder.entries() == ["source.xml"])
    }

    @Test("a staged file that is discarded changes nothing")
    func discard() throws {
        let folder = try ProjectTestFolder()
        let file = try folder.write("old", to: "source.xml")
        let staged = try AtomicFile.stage(Data("new".utf8), for: file, displayPath: "source.xml")
        #expect(folder.entries().count == 2)
        AtomicFile.discard(staged)
        #expect(folder.entries() == ["source.xml"])
        #expect(folder.contents("source.xml") == "old")
    }

    @Test("a temporary file of a dead process is removed, others are kept")
    func leftovers() throws {
        let folder = try ProjectTestFolder()
        try folder.write("x", to: ".a.xml.kopru-999999-abc.tmp")
        try folder.write("x", to: ".b.xml.tmp")
        try folder.write("x", to: "a.xml")
        #expect(AtomicFile.removeLeftovers(in: folder.url) == [".a.xml.kopru-999999-abc.tmp"])
        #expect(folder.entries() == [".b.xml.tmp", "a.xml"])
    }

    @Test("a second holder of the project lock waits, then is told who holds it")
    func lock() throws {
        let folder = try ProjectTestFolder()
        let first = try ProjectLock.acquire(in: folder.url, purpose: "kopru import")
        do {
            _ = try ProjectLock.acquire(in: folder.url, purpose: "kopru build", timeout: 0.2)
            Issue.record("the lock was taken twice")
        } catch {
            #expect(error.code == "project.locked")
            #expect(error.message.contains("pid \(getpid()): kopru import"))
        }
        first.release()
        let second = try ProjectLock.acquire(in: folder.url, purpose: "kopru build", timeout: 0.2)
        second.release()
    }
}
