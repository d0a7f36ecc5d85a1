import Foundation
import Testing
import TestSupport

/// The options of the commands that no transcript shows, run on the real executable.
@Suite("Command options")
struct CommandOptionsTests {
    let root = Corpus.repositoryRoot

    /// A copy of the sample publication in a temporary folder.
    func sampleCopy() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kopru-options-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for item in ["kopru.yaml", "kopru.lock", "Sources-de", "Sources-tr"] {
            try FileManager.default.copyItem(at: root.appendingPathComponent(item), to: folder.appendingPathComponent(item))
        }
        return folder
    }

    @Test("--warnings-as-errors turns a complete file with a warning into exit status 1")
    func warningsAsErrors() throws {
        let file = "Tests/CommandsTests/Fixtures/warnings/no-source-language.xlf"
        let plain = try TranscriptTests.run(["check", file], in: root)
        #expect(plain.0 == 0)
        #expect(plain.2.contains("warning:"))
        let strict = try TranscriptTests.run(["check", "--warnings-as-errors", file], in: root)
        #expect(strict.0 == 1)
    }

    @Test("--accept confirms a changed original; before it, the translation is outdated")
    func accept() throws {
        let folder = try sampleCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = folder.appendingPathComponent("Sources-de/03-osnabrueck.xml")
        let text = try String(contentsOf: original, encoding: .utf8)
        try text.replacingOccurrences(of: "rund 165.000 Einwohnerinnen", with: "rund 166.000 Einwohnerinnen")
            .write(to: original, atomically: true, encoding: .utf8)
        let before = try TranscriptTests.run(["check", "--qa", "off"], in: folder)
        #expect(before.2.contains("paragraph \"osn-p1\" is outdated"))
        let bare = try TranscriptTests.run(["check", "--qa", "off", "--accept"], in: folder)
        #expect(bare.0 == 64, "confirming needs names or `all`")
        let all = try TranscriptTests.run(["check", "--qa", "off", "--accept", "all"], in: folder)
        #expect(all.2.contains("left outdated, because the translation has not changed since the original did: 03-osnabrueck#osn-p1"), "\(all.2)")
        #expect(all.2.contains("\"osn-p1\" is outdated"))
        let accepted = try TranscriptTests.run(["check", "--qa", "off", "--accept", "osn-p1"], in: folder)
        #expect(accepted.2.contains("kopru.lock: 1 translated block confirmed"), "\(accepted.2)")
        #expect(!accepted.2.contains("\"osn-p1\" is outdated"))
        let unknown = try TranscriptTests.run(["check", "--qa", "off", "--accept", "osn-p99"], in: folder)
        #expect(unknown.0 == 64)
        #expect(unknown.2.contains("\"osn-p99\", which is no block or contribution"))
        let after = try TranscriptTests.run(["check", "--qa", "off"], in: folder)
        #expect(!after.2.contains("\"osn-p1\" is outdated"))
        let lock = try String(contentsOf: folder.appendingPathComponent("kopru.lock"), encoding: .utf8)
        #expect(lock.contains("03-osnabrueck\tosn-p1\tde\t"))
        // The confirmed translation is fingerprinted too, so `--accept all` can later tell whether it changed.
        let line = lock.split(separator: "\n").first { $0.hasPrefix("03-osnabrueck\tosn-p1\t") } ?? ""
        #expect(line.split(separator: "\t").count == 5)
    }

    @Test("--accept tells how to update an outdated XLIFF unit, never to name it in --accept; a named XLIFF title or footnote is no unknown name")
    func acceptXLIFF() throws {
        let folder = try sampleCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let all = try TranscriptTests.run(["check", "--qa", "off", "--accept", "all"], in: folder)
        let lines = all.2.split(separator: "\n").map(String.init)
        let index = try #require(lines.firstIndex { $0.contains("04-saarbruecken#saa-p4") }, "\(all.2)")
        #expect(lines[index].hasPrefix("kopru.lock: left outdated, because the translation is kept in XLIFF"), "\(lines[index])")
        #expect(lines[index].contains("(Sources-tr/04-saarbruecken.xlf)"))
        #expect(lines[index + 1].contains("update the unit in the translation tool"), "\(lines[index + 1])")
        #expect(!all.2.contains("--accept saa-p4"), "\(all.2)")
        let named = try TranscriptTests.run(["check", "--qa", "off", "--accept", "saa", "saa-fn1"], in: folder)
        #expect(named.0 == 1, "\(named.2)")
        #expect(!named.2.contains("no block or contribution"), "\(named.2)")
        // Both units are translated: already confirmed, nothing to set in the translation tool.
        #expect(named.2.contains("kopru.lock: not recorded, because the translation is kept in XLIFF and is already confirmed by its unit (state translated or final): 04-saarbruecken#saa, 04-saarbruecken#saa-fn1 (Sources-tr/04-saarbruecken.xlf)"),
            "\(named.2)")
        #expect(!named.2.contains("set it in the translation tool"), "\(named.2)")
    }

    @Test("--accept says which named blocks have no translation yet, and how to go on")
    func acceptUntranslated() throws {
        let folder = try sampleCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        // sis-p4 of 07-sisli has no German translation (docs/sample-volume.md).
        let named = try TranscriptTests.run(["check", "--qa", "off", "--accept", "sis-p4"], in: folder)
        let lines = named.2.split(separator: "\n").map(String.init)
        #expect(lines.contains("kopru.lock: 0 translated blocks confirmed"), "\(named.2)")
        let index = try #require(lines.firstIndex { $0.hasPrefix("kopru.lock: not confirmed") }, "\(named.2)")
        #expect(lines[index] == "kopru.lock: not confirmed, because there is no translation yet: 07-sisli#sis-p4")
        #expect(lines[index + 1].contains("`kopru export-missing`"), "\(lines[index + 1])")
        #expect(lines[index + 1].hasSuffix("then confirm it with `kopru check --accept sis-p4`"), "\(lines[index + 1])")
    }

    @Test("--manifest names a manifest elsewhere; paths are relative to it")
    func manifestElsewhere() throws {
        let folder = try sampleCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try TranscriptTests.run(["check", "--format", "json", "--manifest", folder.appendingPathComponent("kopru.yaml").path],
            in: FileManager.default.temporaryDirectory)
        let report = try JSONSerialization.jsonObject(with: Data(result.1.utf8)) as? [String: Any]
        #expect((report?["contributions"] as? [Any])?.count == 10)
    }

    @Test("build --layout and --to write only the formats asked for, in that layout")
    func buildLayoutAndFormats() throws {
        let folder = try sampleCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try TranscriptTests.run(["build", "--layout", "interleaved", "--to", "html,epub", "--out", "Built", "--quiet"],
            in: folder)
        #expect(result.0 == 0)
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Built").path).sorted()
        #expect(written == [".kopru-output", "index.html", "publication.epub"])
        let html = try String(contentsOf: folder.appendingPathComponent("Built/index.html"), encoding: .utf8)
        #expect(html.contains("contribution interleaved"))
        #expect(!html.contains("contribution parallel"))
    }

    @Test("build --edition reader has no review marks; --edition editor marks outdated translations")
    func buildEdition() throws {
        let folder = try sampleCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        for edition in ["reader", "editor"] {
            let result = try TranscriptTests.run(["build", "--edition", edition, "--to", "html", "--out", edition, "--quiet"], in: folder)
            #expect(result.0 == 0, "\(result.2)")
        }
        let reader = try String(contentsOf: folder.appendingPathComponent("reader/index.html"), encoding: .utf8)
        let editor = try String(contentsOf: folder.appendingPathComponent("editor/index.html"), encoding: .utf8)
        #expect(!reader.contains("class=\"editor-mark\""))
        #expect(reader.contains("class=\"translation-pending\""))
        #expect(editor.contains("class=\"editor-mark\""))
        #expect(editor.contains("class=\"editor-detail\""))
        #expect(!editor.contains("class=\"translation-pending\""))
    }

    @Test("unknown layouts, formats and editions are usage errors", arguments: [
        ["build", "--layout", "diagonal"], ["build", "--to", "docx"], ["check", "--qa", "sometimes"], ["build", "--edition", "draft"],
    ])
    func usageErrors(arguments: [String]) throws {
        let result = try TranscriptTests.run(arguments, in: root)
        #expect(result.0 == 64)
        #expect(result.2.contains("Error:") || result.2.contains("error"))
    }

    @Test("codes --format json lists every code once")
    func codesJSON() throws {
        let result = try TranscriptTests.run(["codes", "--format", "json"], in: root)
        let entries = try JSONSerialization.jsonObject(with: Data(result.1.utf8)) as? [[String: Any]]
        let codes = entries?.compactMap { $0["code"] as? String } ?? []
        #expect(codes.count > 100)
        #expect(Set(codes).count == codes.count)
        #expect(codes.contains("align.missing") && codes.contains("qa.turkish-i") && codes.contains("xml.entity-refused"))
    }

    @Test("align --format tmx writes one translation unit per linked sentence group")
    func alignTMX() throws {
        let result = try TranscriptTests.run(["align", "--format", "tmx", "Sources-de/02-grusswort.xml", "Sources-tr/02-grusswort.xml"],
            in: root)
        #expect(result.1.hasPrefix("<?xml"))
        #expect(result.1.contains("<tuv xml:lang=\"tr-TR\"><seg>Selamlama</seg></tuv>"))
        #expect(result.1.contains("segtype=\"sentence\""), "its pairs are sentences, not paragraphs")
        let units = result.1.components(separatedBy: "<tu ").count - 1
        #expect(units > 10)
    }
}
