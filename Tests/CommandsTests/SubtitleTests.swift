import Foundation
import Testing
import TestSupport

/// A contribution's subtitle is a block like any other: counted as the file counts it, reported when
/// its translation is missing, exported, imported and rendered.
@Suite("Subtitles")
struct SubtitleTests {
    static func json(_ run: ProgramRun) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    }

    @Test("every contribution counts as many segments as its original file")
    func fileAndContributionCountsAgree() throws {
        let project = try ProjectCopy()
        let run = try ProgramRun.run(["check", "--qa", "off", "--format", "json", "--verbose"], in: project.url)
        let report = try Self.json(run)
        let files = Dictionary(uniqueKeysWithValues: try #require(report["files"] as? [[String: Any]]).compactMap { file in
            (file["path"] as? String).map { ($0, file["segments"] as? Int ?? -1) }
        })
        let manifest = try String(contentsOf: project.url.appendingPathComponent("kopru.yaml"), encoding: .utf8)
        var compared = 0
        for contribution in try #require(report["contributions"] as? [[String: Any]]) {
            let id = try #require(contribution["id"] as? String)
            let side = contribution["originLanguage"] as? String == "tr" ? "Sources-tr" : "Sources-de"
            guard let path = files.keys.first(where: { $0.hasPrefix(side + "/" + id + ".") }) else { continue }
            #expect(contribution["segments"] as? Int == files[path], "\(id): contribution and \(path) disagree")
            compared += 1
        }
        #expect(compared >= 9, "\(manifest.count)")
    }

    @Test("a missing subtitle: reported, exported, imported into the DocBook translation, then complete")
    func missingSubtitleRoundTrip() throws {
        let project = try ProjectCopy()
        let turkish = project.url.appendingPathComponent("Sources-tr/03-osnabrueck.xml")
        let original = try String(contentsOf: turkish, encoding: .utf8)
        let withoutSubtitle = original.replacingOccurrences(
            of: #"<subtitle>[^<]*</subtitle>"#, with: "", options: .regularExpression)
        #expect(withoutSubtitle != original)
        try withoutSubtitle.write(to: turkish, atomically: true, encoding: .utf8)

        let check = try ProgramRun.run(["check", "--qa", "off"], in: project.url)
        #expect(check.standardError.contains("the subtitle of contribution \"03-osnabrueck\" has no Turkish translation [align.missing]"),
            "\(check.standardError)")

        let export = try ProgramRun.run(["export-missing", "--out", "missing"], in: project.url)
        #expect(export.status == 0 || export.status == 1, "\(export.standardError)")
        let exported = project.url.appendingPathComponent("missing/03-osnabrueck.de-tr.xlf")
        var xliff = try String(contentsOf: exported, encoding: .utf8)
        let unit = try #require(xliff.range(of: "<unit id=\"osn-subtitle\">"), "no subtitle unit exported")
        let end = try #require(xliff.range(of: "</unit>", range: unit.upperBound..<xliff.endIndex))
        var body = String(xliff[unit.lowerBound..<end.lowerBound])
        body = body.replacingOccurrences(of: "state=\"initial\"", with: "state=\"final\"")
        body = body.replacingOccurrences(of: "</source>", with: "</source><target>Belediyenin dil kursu danışmanlığı</target>")
        xliff.replaceSubrange(unit.lowerBound..<end.lowerBound, with: body)
        try xliff.write(to: project.url.appendingPathComponent("returned.xlf"), atomically: true, encoding: .utf8)

        let imported = try ProgramRun.run(["import", "returned.xlf"], in: project.url)
        #expect(imported.status == 0, "\(imported.standardError)")
        let updated = try String(contentsOf: turkish, encoding: .utf8)
        #expect(updated.contains("<title>Osnabrück: Anahtar olarak dil</title>\n    <subtitle>Belediyenin dil kursu danışmanlığı</subtitle>"),
            "\(updated.prefix(600))")

        let after = try ProgramRun.run(["check", "--qa", "off", "--format", "json"], in: project.url)
        let osnabrueck = try #require((try Self.json(after)["contributions"] as? [[String: Any]])?.first { $0["id"] as? String == "03-osnabrueck" })
        #expect(osnabrueck["missing"] as? Int == 0)
        #expect(osnabrueck["translated"] as? Int == osnabrueck["segments"] as? Int)

        let build = try ProgramRun.run(["build", "--to", "html", "--out", "Output-subtitle"], in: project.url)
        #expect(build.status == 0, "\(build.standardError)")
        let html = try String(contentsOf: project.url.appendingPathComponent("Output-subtitle/index.html"), encoding: .utf8)
        #expect(html.contains("<p class=\"contribution-subtitle\" lang=\"tr\">Belediyenin dil kursu danışmanlığı</p>"))
        #expect(html.contains("<p class=\"contribution-subtitle\" lang=\"de\">Kommunale Sprachkursberatung und das Sprachcafé in der Stadtbibliothek</p>"))
    }
}

/// A changed title, subtitle or footnote of an original is reported outdated once its translation was
/// confirmed, and `check --accept` confirms it again.
@Suite("Outdated titles, subtitles, footnotes, bylines, captions and alternative texts")
struct OutdatedOtherBlocksTests {
    @Test("a changed title, subtitle, footnote, byline, caption or alternative text of 03-osnabrueck: outdated after --accept all, confirmed by name",
        arguments: [
            ("<title>Osnabrück: Sprache als Schlüssel</title>", "<title>Osnabrück: Sprache ist der Schlüssel</title>", "osn", "the title"),
            ("<subtitle>Kommunale Sprachkursberatung", "<subtitle>Städtische Sprachkursberatung", "osn-subtitle", "the subtitle"),
            ("Ein allgemeiner Integrationskurs", "Ein gewöhnlicher Integrationskurs", "osn-fn1", "footnote \"osn-fn1\""),
            ("<personname>Die Integrationsbeauftragte</personname>", "<personname>Die Beauftragte für Integration</personname>",
                "osn-author-1", "author 1 of the byline"),
            ("<orgname>Stadt Osnabrück</orgname>", "<orgname>Stadtverwaltung Osnabrück</orgname>", "osn-author-1-org",
                "the organisation of author 1"),
            ("<title>Das Zeichen des Sprachcafés</title>", "<title>Das Logo des Sprachcafés</title>", "osn-fig1",
                "figure \"osn-fig1\""),
            ("Zwei Sprechblasen über einer Kaffeetasse", "Zwei Sprechblasen über einer Teetasse", "osn-fig1-alt",
                "the alternative text of figure \"osn-fig1\""),
        ])
    func changedBlock(old: String, new: String, id: String, what: String) throws {
        let project = try ProjectCopy()
        let accepted = try ProgramRun.run(["check", "--qa", "off", "--accept", "all"], in: project.url)
        #expect(accepted.status == 1, "\(accepted.standardError)")
        let lock = try String(contentsOf: project.url.appendingPathComponent("kopru.lock"), encoding: .utf8)
        #expect(lock.contains("03-osnabrueck\t\(id)\t"), "kopru.lock has no entry for \(id)")
        let german = project.url.appendingPathComponent("Sources-de/03-osnabrueck.xml")
        let text = try String(contentsOf: german, encoding: .utf8)
        #expect(text.contains(old))
        try text.replacingOccurrences(of: old, with: new).write(to: german, atomically: true, encoding: .utf8)

        let changed = try ProgramRun.run(["check", "--qa", "off"], in: project.url)
        #expect(changed.standardError.contains("the Turkish translation of \(what)"), "\(changed.standardError)")
        #expect(changed.standardError.contains("is outdated: the original changed after the translation was confirmed [align.outdated]"))
        #expect(changed.standardError.contains("`kopru check --accept \(id)`"))

        let again = try ProgramRun.run(["check", "--qa", "off", "--accept", id], in: project.url)
        #expect(again.standardError.contains("kopru.lock: 1 translated block confirmed"), "\(again.standardError)")
        let after = try ProgramRun.run(["check", "--qa", "off"], in: project.url)
        #expect(!after.standardError.contains("translation of \(what) is outdated"), "\(after.standardError)")
    }
}
