import Foundation
import Pairing
import Project
import PublicationCore
import Testing
import TestSupport
import ZIPFoundation

/// `kopru check --accept` reads and pairs the publication once: the outcome after confirming is the
/// one pairing taken forward (``LoadedPublication/settle(_:previous:manifest:)``), and it is what a
/// fresh check with the new lock file finds.
@Suite("check --accept reads and pairs once")
struct PublicationCheckAcceptanceTests {
    /// A copy of the sample volume whose translations were all confirmed, then whose German originals
    /// changed: a paragraph, the title and a footnote of 03-osnabrueck (a DocBook translation, outdated by
    /// the lock file) and a paragraph of 04-saarbruecken (an XLIFF translation, outdated by its units'
    /// sources). With `otherLanguage`, kopru.lock says 03-osnabrueck's confirmations were made from a
    /// Turkish original (`publication.wrong-language`).
    static func changedProject(otherLanguage: Bool) throws -> (ProjectCopy, Manifest) {
        let project = try ProjectCopy()
        let manifest = try Manifest(yaml: try #require(project.text("kopru.yaml")))
        let check = PublicationCheck(manifest: manifest, base: project.url, quality: .off)
        _ = try check.run(accepting: .all)
        for (path, old, new) in [
            ("Sources-de/03-osnabrueck.xml", "Osnabrück hat rund 165.000", "Osnabrück hat etwa 165.000"),
            ("Sources-de/03-osnabrueck.xml", "<title>Osnabrück: Sprache als Schlüssel</title>",
                "<title>Osnabrück: Sprache ist der Schlüssel</title>"),
            ("Sources-de/03-osnabrueck.xml", "Ein allgemeiner Integrationskurs", "Ein gewöhnlicher Integrationskurs"),
            ("Sources-de/04-saarbruecken.xml", "Die Landeshauptstadt Saarbrücken hat rund 180.000",
                "Die Landeshauptstadt Saarbrücken hat etwa 180.000"),
        ] {
            let text = try #require(project.text(path))
            #expect(text.contains(old), "the scenario no longer applies to \(path)")
            try project.write(text.replacingOccurrences(of: old, with: new), to: path)
        }
        if otherLanguage {
            let lock = try #require(project.text("kopru.lock"))
            try project.write(lock.replacingOccurrences(of: #"(?m)^(03-osnabrueck\t[^\t]+\t)de\t"#, with: "$1tr\t",
                options: .regularExpression), to: "kopru.lock")
        }
        return (project, manifest)
    }

    /// Replaces the sample's Turkish Word translation by a ZIP container without word/document.xml:
    /// read in the Word format, but no document.
    static func damageWordTranslation(in project: ProjectCopy) throws {
        let archive = try Archive(data: Data(), accessMode: .create)
        let relationships = Data(#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>"#.utf8)
        try archive.addEntry(with: "_rels/.rels", type: .file, uncompressedSize: Int64(relationships.count)) { position, size in
            relationships.subdata(in: Int(position)..<Int(position) + size)
        }
        try #require(archive.data).write(to: project.file("Sources-tr/10-hamm.docx"))
    }

    @Test("a damaged Word translation is no translation yet, not an XLIFF file without units")
    func damagedWordTranslationIsNoTranslationYet() throws {
        let project = try ProjectCopy()
        try Self.damageWordTranslation(in: project)
        let manifest = try Manifest(yaml: try #require(project.text("kopru.yaml")))
        let outcome = PublicationCheck(manifest: manifest, base: project.url, quality: .off)
            .run(lock: try LockFile.read(from: project.file("kopru.lock")))
        let hamm = try #require(outcome.publication.contributions.first { $0.id == "10-hamm" })
        #expect(hamm.xliffTranslationPath == nil)
        let codes = outcome.diagnostics.filter { $0.location?.file.contains("10-hamm") ?? false }.map(\.code)
        #expect(codes.filter { $0 == PairingDiagnostics.noTranslation.code }.count == 1, "\(codes)")
        #expect(!codes.contains(PairingDiagnostics.missing.code), "\(codes)")
        #expect(codes.contains { $0.rawValue == "docx.no-document" }, "\(codes)")
    }

    @Test("a damaged Word translation is no XLIFF: --accept all leaves its earlier records alone")
    func damagedWordTranslationKeepsItsRecords() throws {
        let project = try ProjectCopy()
        try Self.damageWordTranslation(in: project)
        let record = "10-hamm\tdocx-p1\tde\t\(Fingerprint.of("p1"))\n"
        let lockText = try #require(project.text("kopru.lock")) + record
        try lockText.write(to: project.file("kopru.lock"), atomically: true, encoding: .utf8)
        let manifest = try Manifest(yaml: try #require(project.text("kopru.yaml")))
        let result = try #require(try PublicationCheck(manifest: manifest, base: project.url, quality: .off)
            .run(accepting: .all).acceptance)
        #expect(!result.keptInXLIFF.contains { $0.contribution == "10-hamm" }, "\(result.keptInXLIFF)")
        let lock = try LockFile.read(from: project.file("kopru.lock"))
        #expect(lock.entries.keys.contains(LockFile.Key(contribution: "10-hamm", block: "docx-p1")))
    }

    static func json(_ report: CheckReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }

    @Test("the outcome of --accept is what a fresh check with the new lock file finds",
        arguments: [
            (LoadedPublication.Acceptance.named(["osn-p1"]), false),
            (.named(["osn-p1", "osn", "osn-fn1", "saa-p1"]), false),
            (.all, false),
            (.named(["osn-p1"]), true),
            (.named(["03-osnabrueck"]), true),
        ])
    func sameAsFreshCheck(acceptance: LoadedPublication.Acceptance, otherLanguage: Bool) throws {
        let (project, manifest) = try Self.changedProject(otherLanguage: otherLanguage)
        let check = PublicationCheck(manifest: manifest, base: project.url, quality: .on)
        let before = check.run(lock: try LockFile.read(from: project.file("kopru.lock")))
        let osnabrueck = try #require(before.publication.contributions.first { $0.id == "03-osnabrueck" })
        #expect(osnabrueck.alignment.blockStates["osn-p1"]?.status == .outdated)
        #expect(osnabrueck.alignment.blockStates["osn"]?.status == .outdated)
        #expect(before.diagnostics.contains { $0.code == "publication.wrong-language" } == otherLanguage)

        let accepted = try check.run(accepting: acceptance)
        #expect(accepted.acceptance?.unknownNames == [])
        let fresh = check.run(lock: try LockFile.read(from: project.file("kopru.lock")))

        #expect(accepted.diagnostics == fresh.diagnostics)
        #expect(try Self.json(accepted.report) == Self.json(fresh.report))
        #expect(accepted.publication.diagnostics == fresh.publication.diagnostics)
        #expect(accepted.publication.publication == fresh.publication.publication)
        #expect(accepted.publication.contributions.count == fresh.publication.contributions.count)
        for (mine, theirs) in zip(accepted.publication.contributions, fresh.publication.contributions) {
            #expect(mine.id == theirs.id)
            #expect(mine.alignment.rows == theirs.alignment.rows, "\(mine.id)")
            #expect(mine.alignment.counts == theirs.alignment.counts, "\(mine.id)")
            #expect(mine.alignment.blockStates == theirs.alignment.blockStates, "\(mine.id)")
            #expect(mine.alignment.diagnostics == theirs.alignment.diagnostics, "\(mine.id)")
            #expect(mine.alignment.otherTranslatedBlocks == theirs.alignment.otherTranslatedBlocks, "\(mine.id)")
        }
        if case .named(let names) = acceptance, names.contains("osn-p1") {
            let after = try #require(accepted.publication.contributions.first { $0.id == "03-osnabrueck" })
            #expect(after.alignment.blockStates["osn-p1"]?.status == .current)
        }
    }

    @Test("the blocks of an XLIFF translation are left to the XLIFF file: none is recorded in kopru.lock; outdated and unconfirmed ones are listed, by `all` or by name, and a named one is listed with how it stands")
    func xliffBlocksLeftToTheFile() throws {
        let project = try ProjectCopy()
        let manifest = try Manifest(yaml: try #require(project.text("kopru.yaml")))
        let check = PublicationCheck(manifest: manifest, base: project.url, quality: .off)
        // saa-p4's unit in Sources-tr/04-saarbruecken.xlf was made from an older original, and the units of
        // saa-l1-i1 and saa-l1-i2 still need review (docs/sample-volume.md).
        let all = try #require(try check.run(accepting: .all).acceptance)
        #expect(!all.leftOutdated.contains("04-saarbruecken#saa-p4"))
        #expect(!all.confirmed.contains { $0.hasPrefix("04-saarbruecken#") })
        #expect(!all.confirmed.isEmpty, "the DocBook translations are still confirmed")
        let path = "Sources-tr/04-saarbruecken.xlf"
        #expect(all.decidedByXLIFF == [
            LoadedPublication.XLIFFBlock(block: "04-saarbruecken#saa-l1-i1", path: path, status: .needsReview),
            LoadedPublication.XLIFFBlock(block: "04-saarbruecken#saa-l1-i2", path: path, status: .needsReview),
            LoadedPublication.XLIFFBlock(block: "04-saarbruecken#saa-p4", path: path, status: .outdated),
        ])
        #expect(all.keptInXLIFF == [
            LoadedPublication.XLIFFContribution(contribution: "04-saarbruecken", path: path),
            LoadedPublication.XLIFFContribution(contribution: "08-sultanbeyli", path: "Sources-de/08-sultanbeyli.xlf"),
        ])
        let lock = try LockFile.read(from: project.file("kopru.lock"))
        #expect(!lock.entries.keys.contains { $0.contribution == "04-saarbruecken" }, "an XLIFF block was recorded in kopru.lock")

        let named = try check.run(accepting: .named(["saa", "saa-fn1", "saa-p4", "saa-p1", "saa-l1-i1"]))
        let result = try #require(named.acceptance)
        #expect(result.unknownNames.isEmpty)
        #expect(result.confirmed.isEmpty)
        #expect(result.untranslated.isEmpty)
        #expect(result.keptInXLIFF.isEmpty, "the contribution itself was not named")
        // In reading order: the title, saa-p1, the footnote of saa-p2, the list item, saa-p4.
        #expect(result.decidedByXLIFF.map(\.block) == ["04-saarbruecken#saa", "04-saarbruecken#saa-p1", "04-saarbruecken#saa-fn1",
            "04-saarbruecken#saa-l1-i1", "04-saarbruecken#saa-p4"])
        #expect(result.decidedByXLIFF.map(\.status) == [.current, .current, .current, .needsReview, .outdated])
        let after = try LockFile.read(from: project.file("kopru.lock"))
        #expect(after == lock)
        let saarbruecken = try #require(named.publication.contributions.first { $0.id == "04-saarbruecken" })
        #expect(saarbruecken.alignment.blockStates["saa-p4"]?.status == .outdated)
        #expect(saarbruecken.alignment.blockStates["saa-l1-i1"]?.status == .needsReview)
    }

    @Test("--accept removes earlier records of an XLIFF translation's blocks, so that a wrong-language error they caused can be cleared")
    func staleXLIFFRecordsRemoved() throws {
        let project = try ProjectCopy()
        let manifest = try Manifest(yaml: try #require(project.text("kopru.yaml")))
        let check = PublicationCheck(manifest: manifest, base: project.url, quality: .off)
        // Records written before translations kept in XLIFF were left out, as confirmed from a Turkish
        // original: kopru.yaml says 04-saarbruecken is German.
        var stale = try LockFile.read(from: project.file("kopru.lock"))
        for block in ["saa-p1", "saa-p2", "saa-l1-i1"] {
            stale.entries[LockFile.Key(contribution: "04-saarbruecken", block: block)] =
                LockFile.Entry(originalLanguage: "tr", fingerprint: "0000000000000000", translationFingerprint: nil)
        }
        try project.write(stale.text, to: "kopru.lock")
        let before = check.run(lock: stale)
        #expect(before.diagnostics.contains { $0.code == "publication.wrong-language" && $0.message.contains("04-saarbruecken") })

        // Naming one block removes its record only; the error stays while any record is left.
        let one = try #require(try check.run(accepting: .named(["saa-p2"])).acceptance)
        #expect(one.removedXLIFFKeys == [LockFile.Key(contribution: "04-saarbruecken", block: "saa-p2")])
        #expect(try LockFile.read(from: project.file("kopru.lock")).entries.keys.filter { $0.contribution == "04-saarbruecken" }.count == 2)

        let whole = try check.run(accepting: .named(["04-saarbruecken"]))
        let result = try #require(whole.acceptance)
        #expect(Set(result.removedXLIFFKeys.map(\.block)) == ["saa-p1", "saa-l1-i1"])
        #expect(result.keptInXLIFF.map(\.contribution) == ["04-saarbruecken"])
        #expect(!whole.diagnostics.contains { $0.code == "publication.wrong-language" })
        let after = try LockFile.read(from: project.file("kopru.lock"))
        #expect(!after.entries.keys.contains { $0.contribution == "04-saarbruecken" })
        // The outcome is what a fresh check with the new lock file finds.
        #expect(whole.diagnostics == check.run(lock: after).diagnostics)
    }

    @Test("a named block without a translation is listed as untranslated, not silently left out")
    func namedUntranslatedBlocks() throws {
        let project = try ProjectCopy()
        let manifest = try Manifest(yaml: try #require(project.text("kopru.yaml")))
        // The Turkish translation of 03-osnabrueck loses its footnote; sis-p4 of 07-sisli has no German
        // translation (docs/sample-volume.md).
        let path = "Sources-tr/03-osnabrueck.xml"
        let text = try #require(project.text(path))
        let withoutFootnote = text.replacingOccurrences(of: #"(?s)<footnote xml:id="osn-fn1">.*?</footnote>"#, with: "",
            options: .regularExpression)
        #expect(withoutFootnote != text, "the scenario no longer applies to \(path)")
        try project.write(withoutFootnote, to: path)
        let check = PublicationCheck(manifest: manifest, base: project.url, quality: .off)
        let result = try #require(try check.run(accepting: .named(["osn-fn1", "sis-p4", "osn-p1"])).acceptance)
        #expect(result.unknownNames.isEmpty)
        #expect(result.confirmed == ["03-osnabrueck#osn-p1"])
        #expect(result.untranslated == ["03-osnabrueck#osn-fn1", "07-sisli#sis-p4"])
        // Naming the contribution confirms what is translated and lists none of its gaps.
        let whole = try #require(try check.run(accepting: .named(["07-sisli"])).acceptance)
        #expect(whole.untranslated.isEmpty)
    }

    @Test("--accept leaves kopru.lock alone when the confirmations do not change, and creates none that would be empty")
    func unchangedLockNotWritten() throws {
        let project = try ProjectCopy()
        let manifest = try Manifest(yaml: try #require(project.text("kopru.yaml")))
        let check = PublicationCheck(manifest: manifest, base: project.url, quality: .off)
        let lockURL = project.file("kopru.lock")
        try? FileManager.default.removeItem(at: lockURL)
        // sis-p4 has no translation: nothing to confirm, so no kopru.lock appears.
        _ = try check.run(accepting: .named(["sis-p4"]))
        #expect(!FileManager.default.fileExists(atPath: lockURL.path), "an empty kopru.lock was created")

        _ = try check.run(accepting: .all)
        let written = try #require(project.text("kopru.lock"))
        #expect(!written.isEmpty)
        let past = Date(timeIntervalSince1970: 1_000_000_000)
        try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: lockURL.path)
        let again = try #require(try check.run(accepting: .all).acceptance)
        #expect(!again.confirmed.isEmpty)
        let modified = try FileManager.default.attributesOfItem(atPath: lockURL.path)[.modificationDate] as? Date
        #expect(modified == past, "kopru.lock was rewritten though nothing changed")
        #expect(project.text("kopru.lock") == written)
    }

    @Test("--accept does not read the sources again after confirming")
    func readsOnce() throws {
        let (project, manifest) = try Self.changedProject(otherLanguage: false)
        let spoiled = project.file("Sources-de/01-vorwort.xml")
        // Once every contribution has been read, the first one's original stops being XML: a second
        // reading would report it.
        let outcome = try PublicationCheck(manifest: manifest, base: project.url, quality: .off)
            .run(accepting: .named(["osn-p1"])) { done, total in
                if done == total { try? Data("not XML".utf8).write(to: spoiled) }
            }
        #expect(outcome.acceptance?.confirmed == ["03-osnabrueck#osn-p1"])
        #expect(String(decoding: try Data(contentsOf: spoiled), as: UTF8.self) == "not XML")
        #expect(outcome.publication.files.allSatisfy { $0.isReadable })
        #expect(!outcome.diagnostics.contains { $0.location?.file == "Sources-de/01-vorwort.xml" })
        #expect(outcome.publication.contributions.contains { $0.id == "01-vorwort" })
    }

    @Test("--accept takes the project's write lock itself: while another writer holds it, kopru.lock stays as it is")
    func refusedWhileLocked() throws {
        let (project, manifest) = try Self.changedProject(otherLanguage: false)
        let before = project.text("kopru.lock")
        var check = PublicationCheck(manifest: manifest, base: project.url, quality: .off)
        check.lockTimeout = 0.2
        let holder = try ProjectLock.acquire(in: project.url, purpose: "kopru import")
        do {
            _ = try check.run(accepting: .named(["osn-p1"]))
            Issue.record("kopru.lock was confirmed while another writer held the project")
        } catch {
            #expect(error.code == "project.locked")
            #expect(error.message.contains("pid \(getpid()): kopru import"))
        }
        #expect(project.text("kopru.lock") == before)
        holder.release()
        let outcome = try check.run(accepting: .named(["osn-p1"]))
        #expect(outcome.acceptance?.confirmed == ["03-osnabrueck#osn-p1"])
        #expect(project.text("kopru.lock") != before)
    }

    @Test("--accept waits for a writer that gives the project back, then reads kopru.lock as that writer left it")
    func waitsForTheHolder() throws {
        let (project, manifest) = try Self.changedProject(otherLanguage: false)
        var check = PublicationCheck(manifest: manifest, base: project.url, quality: .off)
        check.lockTimeout = 30
        let holder = try ProjectLock.acquire(in: project.url, purpose: "kopru import")
        let lockURL = project.file("kopru.lock")
        let written = "03-osnabrueck\tosn-extra\tde\t0123456789abcdef\n"
        let other = Thread {
            usleep(300_000)
            // What the other writer confirmed while it held the project.
            if let handle = try? FileHandle(forWritingTo: lockURL) {
                handle.seekToEndOfFile()
                handle.write(Data(written.utf8))
                try? handle.close()
            }
            holder.release()
        }
        other.start()
        let outcome = try check.run(accepting: .named(["osn-p1"]))
        #expect(outcome.acceptance?.confirmed == ["03-osnabrueck#osn-p1"])
        let lock = try LockFile.read(from: lockURL)
        #expect(lock.entries[.init(contribution: "03-osnabrueck", block: "osn-extra")] != nil,
            "the other writer's confirmation was lost")
    }
}
