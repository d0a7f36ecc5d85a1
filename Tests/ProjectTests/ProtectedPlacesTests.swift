import Foundation
import Project
import Testing

@Suite("Protected places: what a command may replace")
struct ProtectedPlacesTests {
    func refusal(_ body: () throws(ProjectError) -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            #expect(error.code == "output.refused")
            return error.message
        }
    }

    @Test("the project folder, its parent and folders holding sources are never replaced, even with force")
    func projectAndSourceFolders() throws {
        let (folder, places) = try ProjectTestFolder.sampleProject()
        for (path, force) in [(".", false), (".", true), ("..", true), ("Sources-tr", false), ("Sources-tr", true),
            ("Sources-de/..", true)]
        {
            let message = refusal { () throws(ProjectError) in
                try places.checkReplaceableFolder(folder.url.appendingPathComponent(path), displayPath: path, force: force)
            }
            #expect(message != nil, "\(path) with force \(force) was allowed")
        }
        let message = refusal { () throws(ProjectError) in
            try places.checkReplaceableFolder(folder.url.appendingPathComponent("Sources-tr"), displayPath: "Sources-tr")
        }
        #expect(message == "refusing to write Sources-tr: it holds Sources-tr/01.xml, a source of the publication")
    }

    @Test("a symbolic link to the project is recognised as the project")
    func symbolicLink() throws {
        let (folder, places) = try ProjectTestFolder.sampleProject()
        let link = FileManager.default.temporaryDirectory.appendingPathComponent("kopru-link-\(UUID().uuidString)")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: folder.url)
        defer { try? FileManager.default.removeItem(at: link) }
        #expect(refusal { () throws(ProjectError) in try places.checkReplaceableFolder(link, displayPath: "link") } != nil)
    }

    @Test("an existing file is not replaced by a folder")
    func fileAsFolder() throws {
        let (folder, places) = try ProjectTestFolder.sampleProject()
        try folder.write("my notes", to: "notes.txt")
        let message = refusal { () throws(ProjectError) in
            try places.checkReplaceableFolder(folder.url.appendingPathComponent("notes.txt"), displayPath: "notes.txt", force: true)
        }
        #expect(message?.contains("it is a file, not a folder") == true)
    }

    @Test("a new, an empty or a Köprü folder may be replaced; a foreign folder only with force")
    func ownership() throws {
        let (folder, places) = try ProjectTestFolder.sampleProject()
        let output = folder.url.appendingPathComponent("Output")
        try places.checkReplaceableFolder(output, displayPath: "Output")  // does not exist
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try places.checkReplaceableFolder(output, displayPath: "Output")  // empty
        try folder.write("<html/>", to: "Output/index.html")
        #expect(refusal { () throws(ProjectError) in try places.checkReplaceableFolder(output, displayPath: "Output") }?
            .contains("was not written by Köprü") == true)
        try places.checkReplaceableFolder(output, displayPath: "Output", force: true)
        try OutputMarker.write(listing: output)
        try places.checkReplaceableFolder(output, displayPath: "Output")
        try folder.write("mine", to: "Output/notes.txt")
        #expect(refusal { () throws(ProjectError) in try places.checkReplaceableFolder(output, displayPath: "Output") }
            == "refusing to write Output: it holds notes.txt, which Köprü did not write")
    }

    @Test("the manifest, the lock file and sources are never overwritten by a file; other files only when Köprü wrote them or with force")
    func files() throws {
        let (folder, places) = try ProjectTestFolder.sampleProject()
        for path in ["kopru.yaml", "kopru.lock", "Sources-de/01.xml", "./Sources-tr/../Sources-tr/01.xml"] {
            let message = refusal { () throws(ProjectError) in
                try places.checkWritableFile(folder.url.appendingPathComponent(path), displayPath: path, force: true,
                    writtenByKopru: true)
            }
            #expect(message != nil, "\(path) was allowed")
        }
        try places.checkWritableFile(folder.url.appendingPathComponent("volume.tmx"), displayPath: "volume.tmx",
            writtenByKopru: false)
        try folder.write("x", to: "notes.txt")
        let notes = folder.url.appendingPathComponent("notes.txt")
        #expect(refusal { () throws(ProjectError) in try places.checkWritableFile(notes, displayPath: "notes.txt", writtenByKopru: false) }
            == "refusing to write notes.txt: the file exists and was not written by Köprü")
        try places.checkWritableFile(notes, displayPath: "notes.txt", writtenByKopru: true)
        try places.checkWritableFile(notes, displayPath: "notes.txt", force: true, writtenByKopru: false)
        #expect(refusal { () throws(ProjectError) in
            try places.checkWritableFile(folder.url.appendingPathComponent("Sources-de"), displayPath: "Sources-de", force: true,
                writtenByKopru: false)
        }?.contains("it is a folder") == true)
    }

    @Test("canonical paths resolve dots and links, also below paths that do not exist")
    func canonicalPaths() throws {
        let folder = try ProjectTestFolder()
        let a = CanonicalPath(folder.url.appendingPathComponent("x/../y/./z"))
        let b = CanonicalPath(folder.url.appendingPathComponent("y/z"))
        #expect(a == b)
        #expect(b.isStrictlyInside(CanonicalPath(folder.url)))
        #expect(!CanonicalPath(folder.url).isStrictlyInside(CanonicalPath(folder.url)))
    }
}
