import Foundation
import Testing
import TestSupport

/// Commands write only where Köprü owns the place: each refusal exits 73 and changes no byte.
@Suite("Safe writes: refusals change nothing")
struct SafeWriteTests {
    @Test("build --out refuses the project, a source folder, a parent and a file", arguments: [".", "Sources-tr", "..", "notes.txt", "Sources-de/01-vorwort.xml", "Sources-de/images"])
    func buildRefuses(out: String) throws {
        let project = try ProjectCopy()
        try project.write("my notes\n", to: "notes.txt")
        let parentBefore = Set(((try? FileManager.default.contentsOfDirectory(atPath: project.url.deletingLastPathComponent().path)) ?? []))
        let before = project.snapshot()
        let run = try ProgramRun.run(["build", "--to", "html", "--out", out, "--quiet"], in: project.url)
        #expect(run.status == 73, "\(run.standardError)")
        #expect(run.standardError.contains("refusing to write \(out):"), "\(run.standardError)")
        #expect(run.standardError.contains("[output.refused]"))
        #expect(project.snapshot() == before, "the project changed")
        let parentAfter = Set(((try? FileManager.default.contentsOfDirectory(atPath: project.url.deletingLastPathComponent().path)) ?? []))
        #expect(parentAfter.subtracting(parentBefore).isEmpty, "new entries beside the project: \(parentAfter.subtracting(parentBefore))")
    }

    @Test("--force replaces a folder Köprü did not write, but never one that holds sources")
    func force() throws {
        let project = try ProjectCopy()
        try FileManager.default.createDirectory(at: project.file("site"), withIntermediateDirectories: true)
        try project.write("old", to: "site/old.html")
        let refused = try ProgramRun.run(["build", "--to", "html", "--out", "site", "--quiet"], in: project.url)
        #expect(refused.status == 73)
        #expect(refused.standardError.contains("was not written by Köprü"), "\(refused.standardError)")
        #expect(project.text("site/old.html") == "old")
        let forced = try ProgramRun.run(["build", "--to", "html", "--out", "site", "--quiet", "--force"], in: project.url)
        #expect(forced.status == 0, "\(forced.standardError)")
        #expect(project.entries("site").contains("index.html"))
        #expect(!project.entries("site").contains("old.html"))
        let sources = try ProgramRun.run(["build", "--to", "html", "--out", "Sources-de", "--force"], in: project.url)
        #expect(sources.status == 73)
    }

    @Test("a file put into Output/ by hand stops the next build, which names it")
    func foreignFileInOutput() throws {
        let project = try ProjectCopy()
        let first = try ProgramRun.run(["build", "--to", "html", "--quiet"], in: project.url)
        #expect(first.status == 0, "\(first.standardError)")
        try project.write("mine", to: "Output/notes.txt")
        let second = try ProgramRun.run(["build", "--to", "html", "--quiet"], in: project.url)
        #expect(second.status == 73)
        #expect(second.standardError.contains("refusing to write Output: it holds notes.txt, which Köprü did not write"))
        #expect(project.text("Output/notes.txt") == "mine")
    }

    @Test("output: in the manifest pointing at the project is refused", arguments: [".", "..", "Sources-de"])
    func manifestOutput(output: String) throws {
        let project = try ProjectCopy()
        let manifest = try #require(project.text("kopru.yaml"))
        try project.write(manifest.replacingOccurrences(of: "\noutput: Output\n", with: "\noutput: \"\(output)\"\n"), to: "kopru.yaml")
        let before = project.snapshot()
        let run = try ProgramRun.run(["build", "--to", "html", "--quiet"], in: project.url)
        #expect(run.status != 0)
        #expect(project.snapshot() == before)
    }

    @Test("export-tmx never overwrites the manifest, a source or a file it did not write")
    func exportTMX() throws {
        let project = try ProjectCopy()
        try project.write("my notes\n", to: "notes.txt")
        let before = project.snapshot()
        for target in ["kopru.yaml", "kopru.lock", "Sources-de/03-osnabrueck.xml", "notes.txt", "Sources-de"] {
            let run = try ProgramRun.run(["export-tmx", "--out", target], in: project.url)
            #expect(run.status == 73, "\(target): \(run.standardError)")
            #expect(project.snapshot() == before, "\(target) changed the project")
        }
        let forced = try ProgramRun.run(["export-tmx", "--out", "kopru.yaml", "--force"], in: project.url)
        #expect(forced.status == 73)
        let written = try ProgramRun.run(["export-tmx", "--out", "volume.tmx"], in: project.url)
        #expect(written.status == 0, "\(written.standardError)")
        let again = try ProgramRun.run(["export-tmx", "--out", "volume.tmx"], in: project.url)
        #expect(again.status == 0, "Köprü's own TMX is overwritten without --force: \(again.standardError)")
        let notes = try ProgramRun.run(["export-tmx", "--out", "notes.txt", "--force"], in: project.url)
        #expect(notes.status == 0)
    }

    @Test("a build with an unreadable translation exits 2 and leaves Output/ byte for byte")
    func unreadableInput() throws {
        let project = try ProjectCopy()
        let first = try ProgramRun.run(["build", "--to", "html", "--quiet"], in: project.url)
        #expect(first.status == 0, "\(first.standardError)")
        let output = project.snapshot("Output")
        #expect(!output.isEmpty)
        try project.write("<article xmlns=\"http://docbook.org/ns/docbook\"><para>broken", to: "Sources-tr/03-osnabrueck.xml")
        let second = try ProgramRun.run(["build", "--to", "html", "--quiet"], in: project.url)
        #expect(second.status == 2)
        #expect(second.standardError.contains("the publication was not written because an input could not be read: Sources-tr/03-osnabrueck.xml [build.input-unreadable]"),
            "\(second.standardError)")
        #expect(project.snapshot("Output") == output)
        #expect(project.entries().filter { $0.hasPrefix(".Output") }.isEmpty)
    }

    @Test("an unchanged export imported back changes no byte and writes no backup; a changed one imports once")
    func idempotentImport() throws {
        let project = try ProjectCopy()
        let export = try ProgramRun.run(["export-missing", "--out", "returned"], in: project.url)
        #expect(export.status == 0, "\(export.standardError)")
        // 10-hamm's translation is a Word document, which import does not write into: left out here.
        let returned = project.entries("returned").filter { !$0.hasPrefix("10-hamm") }.map { "returned/" + $0 }
        #expect(returned.count == 3)
        let sources = project.snapshot("Sources-tr").merging(project.snapshot("Sources-de").mapKeys { "de/" + $0 }) { $1 }
        let lock = project.text("kopru.lock")
        let unchanged = try ProgramRun.run(["import"] + returned, in: project.url)
        #expect(unchanged.status == 0, "\(unchanged.standardError)")
        #expect(unchanged.standardOutput.contains("Imported 0 units"), "\(unchanged.standardOutput)")
        #expect(project.snapshot("Sources-tr").merging(project.snapshot("Sources-de").mapKeys { "de/" + $0 }) { $1 } == sources)
        #expect(project.text("kopru.lock") == lock)
        #expect(!project.entries().contains(".kopru-backup"))

        // Translate one missing heading, import it twice: the second import changes nothing.
        let path = "returned/04-saarbruecken.de-tr.xlf"
        var text = try #require(project.text(path))
        let unit = try #require(text.range(of: "<unit id=\"saa-s3\">"))
        let source = try #require(text.range(of: "</source>", range: unit.upperBound..<text.endIndex))
        text.replaceSubrange(source, with: "</source>\n        <target>Okul ve mahalle</target>")
        let segment = try #require(text.range(of: "<segment state=\"initial\">", options: .backwards, range: unit.upperBound..<source.lowerBound))
        text.replaceSubrange(segment, with: "<segment state=\"translated\">")
        try project.write(text, to: path)
        let first = try ProgramRun.run(["import", path], in: project.url)
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.contains("Imported 1 unit"), "\(first.standardOutput)")
        #expect(project.text("Sources-tr/04-saarbruecken.xlf")?.contains("Okul ve mahalle") == true)
        let afterFirst = project.snapshot("Sources-tr")
        let backups = project.entries(".kopru-backup")
        #expect(backups.count == 1)
        let second = try ProgramRun.run(["import", path], in: project.url)
        #expect(second.status == 0)
        #expect(second.standardOutput.contains("Imported 0 units"), "\(second.standardOutput)")
        #expect(project.snapshot("Sources-tr") == afterFirst)
        #expect(project.entries(".kopru-backup") == backups)
    }

    @Test("two imports at once never interleave: the file stays readable, each run has its own backup")
    func concurrentImports() throws {
        let project = try ProjectCopy()
        let export = try ProgramRun.run(["export-missing", "--out", "returned"], in: project.url)
        #expect(export.status == 0)
        let path = "returned/07-sisli.tr-de.xlf"
        let text = try #require(project.text(path))
        let translated = Self.translatingEveryUnit(text)
        #expect(translated.count == 2, "the export of Şişli should hold two missing paragraphs")
        try project.write(translated.text, to: path)
        let runs = try (0..<2).map { _ in try ProgramRun.start(["import", path], in: project.url) }
        let results = runs.map { $0.wait() }
        #expect(results.allSatisfy { $0.status == 0 }, "\(results.map(\.standardError))")
        let imported = results.map(\.standardOutput)
        #expect(imported.filter { $0.contains("Imported 2 units") }.count == 1, "\(imported)")
        let check = try ProgramRun.run(["check", "Sources-de/07-sisli.xml"], in: project.url)
        #expect(!check.standardError.contains("docbook.duplicate-id"), "\(check.standardError)")
        #expect(check.status != 2, "\(check.standardError)")
        #expect(project.entries(".kopru-backup").count == 1)
    }
}

extension SafeWriteTests {
    /// A project whose Şişli export came back with both missing paragraphs translated.
    static func projectWithReturnedTranslation() throws -> (ProjectCopy, String) {
        let project = try ProjectCopy()
        let export = try ProgramRun.run(["export-missing", "--out", "returned"], in: project.url)
        #expect(export.status == 0, "\(export.standardError)")
        let path = "returned/07-sisli.tr-de.xlf"
        try project.write(translatingEveryUnit(try #require(project.text(path))).text, to: path)
        return (project, path)
    }

    @Test("a read-only source is refused and nothing is written; a writable one keeps its permissions")
    func permissions() throws {
        let (project, path) = try Self.projectWithReturnedTranslation()
        let source = project.file("Sources-de/07-sisli.xml")
        chmod(source.path, 0o444)
        let before = Self.sources(project)
        let refused = try ProgramRun.run(["import", path], in: project.url)
        #expect(refused.status == 74, "\(refused.standardError)")
        #expect(refused.standardError.contains("Sources-de/07-sisli.xml is read-only [import.read-only]"), "\(refused.standardError)")
        #expect(Self.sources(project) == before)
        #expect(!project.entries().contains(".kopru-backup"))

        chmod(source.path, 0o640)
        let imported = try ProgramRun.run(["import", path], in: project.url)
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(Self.sources(project) != before)
        var info = stat()
        stat(source.path, &info)
        #expect(info.st_mode & 0o777 == 0o640)
    }

    static func sources(_ project: ProjectCopy) -> [String: Data] {
        var state = project.snapshot("Sources-de").mapKeys { "de/" + $0 }
        state.merge(project.snapshot("Sources-tr").mapKeys { "tr/" + $0 }) { $1 }
        state["lock"] = FileManager.default.contents(atPath: project.file("kopru.lock").path)
        return state
    }

    /// An exported XLIFF 2.1 file with every unit translated and confirmed; returns the text and how
    /// many units were filled.
    static func translatingEveryUnit(_ text: String, prefix: String = "Übersetzter Absatz") -> (text: String, count: Int) {
        var result = ""
        var count = 0
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (index, original) in lines.enumerated() {
            var line = original
            if line.contains("<segment state=\"initial\">") {
                line = line.replacingOccurrences(of: "state=\"initial\"", with: "state=\"translated\"")
            }
            result += line + "\n"
            let hasTarget = index + 1 < lines.count && lines[index + 1].contains("<target")
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("<source>"), line.hasSuffix("</source>"), !hasTarget {
                result += "        <target>\(prefix) \(count).</target>\n"
                count += 1
            }
        }
        return (String(result.dropLast()), count)
    }
}

extension Dictionary where Key == String {
    func mapKeys(_ transform: (String) -> String) -> [String: Value] {
        Dictionary(uniqueKeysWithValues: map { (transform($0.key), $0.value) })
    }
}
