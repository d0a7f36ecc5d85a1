import Pairing
import Assembly
import Exchange
import Foundation
import FormatReaders
import PublicationCore
import Testing
import TestSupport

/// Export and import on a copy of the sample volume (docs/sample-volume.md lists its gaps).
@Suite("Exchange on the sample volume")
struct SampleVolumeExchangeTests {
    /// The blocks docs/sample-volume.md lists without a current, confirmed translation.
    static let gaps: [String: Set<String>] = [
        "04-saarbruecken": ["saa-author-1", "saa-author-1-org", "saa-s3", "saa-p5", "saa-p6", "saa-s4", "saa-p7", "saa-l1-i3", "saa-l1-i1", "saa-l1-i2", "saa-p4"],
        "07-sisli": ["sis-p4", "sis-p9"],
        "08-sultanbeyli": ["sul-p7"],
        "10-hamm": ["docx-p8"],
    ]

    @Test("export-missing writes files for exactly the incomplete contributions, with exactly their gaps",
        arguments: XLIFFVersion.allCases)
    func export(version: XLIFFVersion) throws {
        let folder = try TemporaryFolder.sampleVolume()
        defer { folder.remove() }
        let exported = try VolumeOperations.export(in: folder.url, to: folder.file("out"), version: version)
        #expect(Set(exported.map(\.file.contribution)) == Set(Self.gaps.keys))
        for (file, url) in exported {
            let (units, document) = VolumeOperations.units(of: url)
            #expect(document.diagnostics.filter { $0.severity == .error }.isEmpty,
                "\(url.lastPathComponent): \(document.diagnostics.map(\.message))")
            #expect(document.format == (version == .v1_2 ? .xliff1 : .xliff2))
            #expect(Set(units.map(\.id)) == Self.gaps[file.contribution])
            #expect(units.count == Self.gaps[file.contribution]?.count)
            #expect(try XMLLint.isWellFormed(url))
            for unit in units {
                #expect(unit.notes.contains { $0.text.hasPrefix("Contribution \(file.contribution):") })
                #expect(unit.notes.contains { $0.text.hasPrefix("Previous block") || $0.text.hasPrefix("Next block") })
            }
        }
        let saarbruecken = try #require(exported.first { $0.file.contribution == "04-saarbruecken" })
        let units = VolumeOperations.units(of: saarbruecken.url).units
        let outdated = try #require(units.first { $0.id == "saa-p4" })
        #expect(outdated.segments.first?.source.plainText.contains("31.12.2020") == true)
        #expect(outdated.notes.contains { $0.text.contains("Old original: Bis zum 31.12.2019") })
        let empty = try #require(units.first { $0.id == "saa-l1-i3" })
        #expect(empty.segments.first?.target != nil && empty.segments.first?.target?.isEmpty == true)
        let review = try #require(units.first { $0.id == "saa-l1-i1" })
        #expect(review.segments.first?.state == .needsReview)
        #expect(review.segments.first?.target?.plainText.contains("Jobcenter") == true)
        let missing = try #require(units.first { $0.id == "saa-p5" })
        #expect(missing.segments.first?.target == nil)
        #expect(missing.notes.contains { $0.text == "Section: Schule und Nachbarschaft" })
    }

    @Test("--to restricts the export to one target language")
    func direction() throws {
        let folder = try TemporaryFolder.sampleVolume()
        defer { folder.remove() }
        let german = try VolumeOperations.export(in: folder.url, to: folder.file("de"), version: .v2_1, language: .german)
        #expect(Set(german.map(\.file.contribution)) == ["07-sisli", "08-sultanbeyli"])
        #expect(german.allSatisfy { $0.file.sourceLanguage == .turkish && $0.url.lastPathComponent.hasSuffix(".tr-de.xlf") })
        let turkish = try VolumeOperations.export(in: folder.url, to: folder.file("tr"), version: .v2_1, language: .turkish)
        #expect(turkish.map(\.file.contribution) == ["04-saarbruecken", "10-hamm"])
    }

    @Test("importing a returned file with one conflicting unit applies the rest and refuses the conflict")
    func importWithConflict() throws {
        let folder = try TemporaryFolder.sampleVolume()
        defer { folder.remove() }
        let exported = try VolumeOperations.export(in: folder.url, to: folder.file("out"), version: .v2_1)
        for (_, url) in exported { try VolumeOperations.fill(url, state: "translated") }
        // The original of sis-p9 changes after the export.
        let originalPath = "Sources-tr/07-sisli.xml"
        let original = try folder.read(originalPath)
        try folder.write(original.replacingOccurrences(of: "1.150 haneye", with: "1.200 haneye"), to: originalPath)
        let volume = try VolumeOperations.volume(in: folder.url)
        let germanBefore = try folder.read("Sources-de/07-sisli.xml")
        // 10-hamm's translation is a Word document, which import does not write (see wordTranslationRefused).
        let report = try TranslationImporter(backupFolder: ".kopru-backup/test").importFiles(
            exported.filter { $0.file.contribution != "10-hamm" }.map { ($0.url, $0.url.lastPathComponent) }, into: volume)
        #expect(report.refused.map(\.code) == ["import.conflict"])
        #expect(report.refused.first?.unit == "sis-p9")
        #expect(report.refused.first?.message.contains("changed since the export") == true)
        // The fourteen blocks of the gaps (Saarbrücken's byline among them, written as two new units), less the conflict.
        #expect(report.applied.count == 13)
        #expect(Set(report.changes.map(\.path)) == ["Sources-tr/04-saarbruecken.xlf", "Sources-de/07-sisli.xml",
            "Sources-de/08-sultanbeyli.xlf"])
        // The previous versions are kept.
        #expect(try String(contentsOf: folder.file(".kopru-backup/test/Sources-de/07-sisli.xml"), encoding: .utf8) == germanBefore)
        // The check now finds only the refused block missing.
        let loaded = try VolumeOperations.check(in: folder.url)
        for contribution in loaded.contributions {
            let counts = contribution.alignment.counts
            if contribution.id == "07-sisli" || contribution.id == "10-hamm" {
                #expect(counts.translated == counts.segments - 1)
                #expect(counts.missing == 1)
            } else {
                #expect(counts.translated == counts.segments, "\(contribution.id): \(counts)")
            }
            #expect(counts.outdated == 0)
        }
        // The imported German paragraph sits after the block before it in the original.
        let german = try folder.read("Sources-de/07-sisli.xml")
        let p3 = try #require(german.range(of: "xml:id=\"sis-p3\""))
        let p4 = try #require(german.range(of: "xml:id=\"sis-p4\""))
        let p5 = try #require(german.range(of: "xml:id=\"sis-p5\""))
        #expect(p3.lowerBound < p4.lowerBound && p4.lowerBound < p5.lowerBound)
        #expect(!german.contains("xml:id=\"sis-p9\""))
        // Lines the import did not change are kept as they were.
        let beforeLines = Set(germanBefore.split(separator: "\n").dropFirst(3))
        let afterLines = Set(german.split(separator: "\n"))
        #expect(beforeLines.subtracting(afterLines).isEmpty)
        // kopru.lock confirms the block imported into the DocBook translation with the fingerprint of the current
        // original; the blocks imported into the XLIFF translations are confirmed by their units' states instead.
        let lock = try VolumeOperations.lock(in: folder.url)
        #expect(report.confirmedInLock == ["07-sisli#sis-p4"])
        #expect(lock.entries.keys.sorted() == [LockFile.Key(contribution: "07-sisli", block: "sis-p4")])
        let block = try #require(volume.contributions.first { $0.id == "07-sisli" }?.blocks.first { $0.id == "sis-p4" })
        #expect(lock.fingerprint(contribution: "07-sisli", block: "sis-p4") == Fingerprint.of(block.text))
        #expect(lock.fingerprint(contribution: "04-saarbruecken", block: "saa-p4") == nil)
    }

    @Test("a confirmed translation imported into XLIFF (kept there, or in a new XLIFF file) gets no record in kopru.lock; one imported into a document does",
        arguments: [false, true])
    func lockRecordsOnlyForDocuments(newXLIFF: Bool) throws {
        let folder = try TemporaryFolder.sampleVolume()
        defer { folder.remove() }
        // Sultanbeyli's German translation is kept in XLIFF, Şişli's is a DocBook document. Without its XLIFF file,
        // Sultanbeyli's translation is created by the import, as an XLIFF file again (its path in kopru.yaml).
        if newXLIFF { try FileManager.default.removeItem(at: folder.file("Sources-de/08-sultanbeyli.xlf")) }
        let volume = try VolumeOperations.volume(in: folder.url)
        #expect(volume.contributions.first { $0.id == "08-sultanbeyli" }?.isKeptInXLIFF == !newXLIFF)
        #expect(volume.contributions.first { $0.id == "07-sisli" }?.isKeptInXLIFF == false)
        let exported = try VolumeOperations.export(in: folder.url, to: folder.file("out"), version: .v2_1, language: .german)
        #expect(exported.map(\.file.contribution) == ["07-sisli", "08-sultanbeyli"])
        for (_, url) in exported { try VolumeOperations.fill(url, state: "translated") }
        let report = try TranslationImporter(backupFolder: nil).importFiles(
            exported.map { ($0.url, $0.url.lastPathComponent) }, into: volume)
        #expect(report.refused.isEmpty, "\(report.refused.map(\.message))")
        let intoXLIFF = report.applied.filter { $0.contribution == "08-sultanbeyli" }
        #expect(!intoXLIFF.isEmpty && intoXLIFF.allSatisfy { $0.confirmed && $0.file == "Sources-de/08-sultanbeyli.xlf" })
        #expect(report.confirmedInLock == ["07-sisli#sis-p4", "07-sisli#sis-p9"])
        #expect(report.removedFromLock.isEmpty)
        let lock = try VolumeOperations.lock(in: folder.url)
        #expect(lock.entries.keys.sorted() == [LockFile.Key(contribution: "07-sisli", block: "sis-p4"),
            LockFile.Key(contribution: "07-sisli", block: "sis-p9")])
        // The XLIFF file's states confirm its blocks: both contributions are complete.
        let loaded = try VolumeOperations.check(in: folder.url)
        for id in ["07-sisli", "08-sultanbeyli"] {
            let counts = try #require(loaded.contributions.first { $0.id == id }?.alignment.counts)
            #expect(counts.translated == counts.segments && counts.outdated == 0, "\(id): \(counts)")
        }
    }

    /// Returned files whose translations are those of the sources already: Saarbrücken's heading `saa-s1`
    /// (kept in XLIFF) and Şişli's heading `sis-s1` (a DocBook document).
    static func returnedUnchanged(in folder: TemporaryFolder) throws -> [(url: URL, displayPath: String)] {
        try folder.write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file original="Sources-de/04-saarbruecken.xml" datatype="xml" source-language="de-DE" target-language="tr-TR">
                <body><trans-unit id="saa-s1"><source>Von der Gemeinschaftsunterkunft in die eigene Wohnung</source><target state="final">Toplu barınma merkezinden kendi evine</target></trans-unit></body>
              </file>
            </xliff>
            """, to: "returned/04-saarbruecken.de-tr.xlf")
        try folder.write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file original="Sources-tr/07-sisli.xml" datatype="xml" source-language="tr-TR" target-language="de-DE">
                <body><trans-unit id="sis-s1"><source>İlçemiz ve göç</source><target state="final">Unser Bezirk und die Migration</target></trans-unit></body>
              </file>
            </xliff>
            """, to: "returned/07-sisli.tr-de.xlf")
        return ["returned/04-saarbruecken.de-tr.xlf", "returned/07-sisli.tr-de.xlf"].map { (folder.file($0), $0) }
    }

    @Test("an unchanged translation kept in XLIFF gets no record, and its earlier record goes; an unchanged document block gets its record")
    func unchangedTranslationsAndTheLock() throws {
        let folder = try TemporaryFolder.sampleVolume()
        defer { folder.remove() }
        // Records an older Köprü wrote for two blocks of the XLIFF translation; only saa-s1 is imported.
        try folder.write("04-saarbruecken\tsaa-p1\tde\t\(Fingerprint.of("p1"))\n04-saarbruecken\tsaa-s1\tde\t\(Fingerprint.of("s1"))\n",
            to: "kopru.lock")
        let report = try TranslationImporter(backupFolder: nil).importFiles(try Self.returnedUnchanged(in: folder),
            into: try VolumeOperations.volume(in: folder.url))
        #expect(report.refused.isEmpty, "\(report.refused.map(\.message))")
        #expect(report.applied.isEmpty)
        #expect(report.unchanged == ["04-saarbruecken#saa-s1", "07-sisli#sis-s1"])
        #expect(report.confirmedInLock == ["07-sisli#sis-s1"])
        #expect(report.removedFromLock == ["04-saarbruecken#saa-s1"])
        #expect(report.changes.isEmpty)
        let lock = try VolumeOperations.lock(in: folder.url)
        #expect(lock.entries.keys.sorted() == [LockFile.Key(contribution: "04-saarbruecken", block: "saa-p1"),
            LockFile.Key(contribution: "07-sisli", block: "sis-s1")])
    }

    @Test("earlier records of the blocks written into a translation kept in XLIFF are removed, the lock backed up first; a dry run only reports them",
        arguments: [false, true])
    func recordsOfWrittenXLIFFBlocksGo(dryRun: Bool) throws {
        let folder = try TemporaryFolder.sampleVolume()
        defer { folder.remove() }
        let exported = try VolumeOperations.export(in: folder.url, to: folder.file("out"), version: .v2_1, language: .german)
            .filter { $0.file.contribution == "08-sultanbeyli" }
        for (_, url) in exported { try VolumeOperations.fill(url, state: "translated") }
        let files = exported.map { ($0.url, $0.url.lastPathComponent) }
        // The block the import writes, and records an older Köprü wrote for it and for a block the import
        // does not write.
        let planned = try TranslationImporter(backupFolder: nil).importFiles(files,
            into: try VolumeOperations.volume(in: folder.url), dryRun: true)
        let written = try #require(planned.applied.first?.unit)
        let lockText = "08-sultanbeyli\t\(written)\tde\t\(Fingerprint.of("a"))\n"
            + "08-sultanbeyli\tnot-returned\tde\t\(Fingerprint.of("c"))\n"
        try folder.write(lockText, to: "kopru.lock")
        let lockURL = folder.file("kopru.lock")
        let modified = try FileManager.default.attributesOfItem(atPath: lockURL.path)[.modificationDate] as? Date
        let report = try TranslationImporter(backupFolder: "backup").importFiles(files,
            into: try VolumeOperations.volume(in: folder.url), dryRun: dryRun)
        #expect(report.refused.isEmpty, "\(report.refused.map(\.message))")
        #expect(report.removedFromLock == ["08-sultanbeyli#\(written)"])
        #expect(report.confirmedInLock.isEmpty)
        if dryRun {
            #expect(try folder.read("kopru.lock") == lockText)
            #expect((try FileManager.default.attributesOfItem(atPath: lockURL.path)[.modificationDate] as? Date) == modified)
            #expect(!FileManager.default.fileExists(atPath: folder.file("backup").path))
        } else {
            let lock = try VolumeOperations.lock(in: folder.url)
            #expect(lock.entries.keys.sorted() == [LockFile.Key(contribution: "08-sultanbeyli", block: "not-returned")])
            // The translation file and the lock's earlier version are in the backup.
            #expect(report.backupFolder == "backup")
            #expect(try folder.read("backup/kopru.lock") == lockText)
        }
    }

    @Test("a lock that loses records though no translation file is rewritten is backed up all the same")
    func lockAloneIsBackedUp() throws {
        let folder = try TemporaryFolder.sampleVolume()
        defer { folder.remove() }
        let lockText = "04-saarbruecken\tsaa-s1\tde\t\(Fingerprint.of("s1"))\n"
        try folder.write(lockText, to: "kopru.lock")
        let returned = try Self.returnedUnchanged(in: folder).filter { $0.displayPath.contains("04-saarbruecken") }
        let report = try TranslationImporter(backupFolder: "backup").importFiles(returned,
            into: try VolumeOperations.volume(in: folder.url))
        #expect(report.changes.isEmpty)
        #expect(report.removedFromLock == ["04-saarbruecken#saa-s1"])
        #expect(report.backupFolder == "backup")
        #expect(try folder.read("backup/kopru.lock") == lockText)
        #expect(try VolumeOperations.lock(in: folder.url).entries.isEmpty)
    }

    @Test("importing an unchanged translation kept in XLIFF leaves kopru.lock as it is, and creates none", arguments: [false, true])
    func unchangedXLIFFLeavesTheLock(withLock: Bool) throws {
        let folder = try TemporaryFolder.sampleVolume()
        defer { folder.remove() }
        let lockURL = folder.file("kopru.lock")
        if withLock { try FileManager.default.copyItem(at: Corpus.repositoryRoot.appendingPathComponent("kopru.lock"), to: lockURL) }
        let before = FileManager.default.contents(atPath: lockURL.path)
        let modified = try? FileManager.default.attributesOfItem(atPath: lockURL.path)[.modificationDate] as? Date
        let returned = try Self.returnedUnchanged(in: folder).filter { $0.displayPath.contains("04-saarbruecken") }
        let report = try TranslationImporter(backupFolder: nil).importFiles(returned,
            into: try VolumeOperations.volume(in: folder.url))
        #expect(report.unchanged == ["04-saarbruecken#saa-s1"])
        #expect(report.confirmedInLock.isEmpty && report.removedFromLock.isEmpty)
        #expect(FileManager.default.contents(atPath: lockURL.path) == before)
        #expect((try? FileManager.default.attributesOfItem(atPath: lockURL.path)[.modificationDate] as? Date) == modified)
    }

    @Test("a returned file imported again does not overwrite a translation changed by hand since the export",
        arguments: [XLIFFVersion.v2_1, .v1_2])
    func handEditSurvivesAnOldReturn(version: XLIFFVersion) throws {
        let folder = try TemporaryFolder.sampleVolume()
        defer { folder.remove() }
        let exported = try VolumeOperations.export(in: folder.url, to: folder.file("out"), version: version)
            .filter { $0.file.contribution == "07-sisli" }
        for (_, url) in exported { try VolumeOperations.fill(url, state: "translated") }
        let returned = exported.map { ($0.url, $0.url.lastPathComponent) }
        let first = try TranslationImporter(backupFolder: nil).importFiles(returned, into: try VolumeOperations.volume(in: folder.url))
        #expect(Set(first.applied.map(\.unit)) == ["sis-p4", "sis-p9"])
        // The editor improves one imported paragraph by hand; then the old returned file comes in again.
        let path = "Sources-de/07-sisli.xml"
        let imported = try folder.read(path)
        #expect(imported.contains("Ü: "))
        let edited = imported.replacingOccurrences(of: "Ü: ", with: "Von Hand: ")
        try folder.write(edited, to: path)
        let again = try TranslationImporter(backupFolder: nil).importFiles(returned, into: try VolumeOperations.volume(in: folder.url))
        #expect(Set(again.refused.map(\.code.rawValue)) == ["import.translation-changed"])
        #expect(Set(again.refused.compactMap(\.unit)) == ["sis-p4", "sis-p9"])
        #expect(again.refused.first?.message.contains("was changed after the export") == true)
        #expect(again.applied.isEmpty)
        #expect(try folder.read(path) == edited)
    }

    @Test("the same block returned twice with different translations is not imported; twice alike, once")
    func blockReturnedTwice() throws {
        let folder = try TemporaryFolder.sampleVolume()
        defer { folder.remove() }
        let exported = try VolumeOperations.export(in: folder.url, to: folder.file("out"), version: .v2_1)
        let url = try #require(exported.first { $0.file.contribution == "07-sisli" }?.url)
        let copy = folder.file("copy.xlf")
        try FileManager.default.copyItem(at: url, to: copy)
        try VolumeOperations.fill(url, state: "translated")
        try VolumeOperations.fill(copy, state: "translated") { id, source in
            var target = InlineText(id == "sis-p4" ? "Anders: " : "Ü: ")
            for element in source.elements { target.append(element) }
            return target
        }
        let report = try TranslationImporter(backupFolder: nil).importFiles([(url, "a.xlf"), (copy, "copy.xlf")],
            into: try VolumeOperations.volume(in: folder.url))
        #expect(report.refused.map(\.code.rawValue) == ["import.duplicate-unit"])
        #expect(report.refused.first?.unit == "sis-p4")
        #expect(report.applied.map(\.unit) == ["sis-p9"])
        #expect(!(try folder.read("Sources-de/07-sisli.xml")).contains("xml:id=\"sis-p4\""))
    }

    @Test("the same translation returned unconfirmed and confirmed is imported confirmed, whichever file comes first",
        arguments: [false, true])
    func confirmedCopyWins(confirmedFirst: Bool) throws {
        let folder = try TemporaryFolder.sampleVolume()
        defer { folder.remove() }
        let exported = try VolumeOperations.export(in: folder.url, to: folder.file("out"), version: .v2_1)
        let url = try #require(exported.first { $0.file.contribution == "07-sisli" }?.url)
        let draft = folder.file("draft.xlf")
        try FileManager.default.copyItem(at: url, to: draft)
        try VolumeOperations.fill(url, state: "final")
        try VolumeOperations.fill(draft, state: "initial")
        let files = [(url, "final.xlf"), (draft, "draft.xlf")]
        let report = try TranslationImporter(backupFolder: nil).importFiles(confirmedFirst ? files : files.reversed(),
            into: try VolumeOperations.volume(in: folder.url))
        #expect(report.refused.isEmpty, "\(report.refused)")
        #expect(Set(report.applied.map(\.unit)) == ["sis-p4", "sis-p9"])
        #expect(report.applied.allSatisfy { $0.confirmed })
    }

    @Test("a record note a tool re-wrapped still protects; one changed beyond reading is reported")
    func rewrappedRecord() throws {
        let folder = try TemporaryFolder.sampleVolume()
        defer { folder.remove() }
        let exported = try #require(try VolumeOperations.export(in: folder.url, to: folder.file("out"), version: .v2_1)
            .first { $0.file.contribution == "07-sisli" })
        try VolumeOperations.fill(exported.url, state: "translated")
        _ = try TranslationImporter(backupFolder: nil).importFiles([(exported.url, "a.xlf")],
            into: try VolumeOperations.volume(in: folder.url))
        let path = "Sources-de/07-sisli.xml"
        let edited = try folder.read(path).replacingOccurrences(of: "Ü: ", with: "Von Hand: ")
        try folder.write(edited, to: path)
        let returned = try String(contentsOf: exported.url, encoding: .utf8)
        // A tool wraps the record over two lines: still read, still protecting the hand edit.
        let wrapped = returned.replacingOccurrences(of: ", original ", with: ",\n          original ")
        #expect(wrapped != returned)
        try wrapped.write(to: exported.url, atomically: true, encoding: .utf8)
        let again = try TranslationImporter(backupFolder: nil).importFiles([(exported.url, "a.xlf")],
            into: try VolumeOperations.volume(in: folder.url))
        #expect(Set(again.refused.map(\.code.rawValue)) == ["import.translation-changed"])
        // A record changed beyond reading: the unit is imported without the check, and the import says so.
        let garbled = returned.replacingOccurrences(of: ", original ", with: "; original ")
        try garbled.write(to: exported.url, atomically: true, encoding: .utf8)
        let third = try TranslationImporter(backupFolder: nil).importFiles([(exported.url, "a.xlf")],
            into: try VolumeOperations.volume(in: folder.url), dryRun: true)
        #expect(third.diagnostics.contains { $0.code.rawValue == "import.unreadable-record" && $0.unit == "sis-p4" })
    }

    @Test("a source saved with CRLF line ends and a byte order mark keeps both when the import writes into it")
    func windowsLineEndsSurvive() throws {
        let folder = try TemporaryFolder.sampleVolume()
        defer { folder.remove() }
        for path in ["Sources-de/07-sisli.xml", "Sources-tr/04-saarbruecken.xlf"] {
            let text = try folder.read(path)
            try (Data([0xEF, 0xBB, 0xBF]) + Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)).write(to: folder.file(path))
        }
        let exported = try VolumeOperations.export(in: folder.url, to: folder.file("out"), version: .v2_1)
            .filter { ["07-sisli", "04-saarbruecken"].contains($0.file.contribution) }
        for (_, url) in exported { try VolumeOperations.fill(url, state: "translated") }
        let report = try TranslationImporter(backupFolder: nil).importFiles(exported.map { ($0.url, $0.url.lastPathComponent) },
            into: try VolumeOperations.volume(in: folder.url))
        #expect(Set(report.changes.map(\.path)) == ["Sources-de/07-sisli.xml", "Sources-tr/04-saarbruecken.xlf"])
        for path in ["Sources-de/07-sisli.xml", "Sources-tr/04-saarbruecken.xlf"] {
            let bytes = try Data(contentsOf: folder.file(path))
            #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "\(path) lost its byte order mark")
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.contains("\r\n"))
            #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "\(path) has a line end without CR")
            #expect(text.contains("Ü: "), "\(path) did not get the import")
        }
    }

    @Test("a paragraph imported before its footnote keeps the footnote's place; the footnote imported later fills it there")
    func footnoteMarkerKeptUntilItsTranslationComes() throws {
        let folder = try TemporaryFolder.sampleVolume()
        defer { folder.remove() }
        // The Turkish translation loses osn-p3 (and its footnote osn-fn1 with it).
        let path = "Sources-tr/03-osnabrueck.xml"
        let turkish = try folder.read(path)
        let start = try #require(turkish.range(of: "<para xml:id=\"osn-p3\">"))
        let end = try #require(turkish.range(of: "</para>", range: turkish.range(of: "</footnote>", range: start.upperBound..<turkish.endIndex)!.upperBound..<turkish.endIndex))
        try folder.write(String(turkish[..<start.lowerBound]) + String(turkish[end.upperBound...]), to: path)
        let exported = try #require(try VolumeOperations.export(in: folder.url, to: folder.file("out"), version: .v2_1)
            .first { $0.file.contribution == "03-osnabrueck" })
        #expect(Set(exported.file.units.map(\.id)).isSuperset(of: ["osn-p3", "osn-fn1"]))
        // The translator puts the footnote's marker in the middle of the paragraph and leaves the footnote for later.
        try VolumeOperations.fill(exported.url, state: "translated") { id, source in
            guard id == "osn-p3" else { return nil }
            var target = InlineText("Bu nedenle belediye ")
            for case .code(let code) in source.elements { target.append(.code(code)) }
            target.append(text: " danışmanlık veriyor.")
            return target
        }
        let first = try TranslationImporter(backupFolder: nil).importFiles([(exported.url, "a.xlf")],
            into: try VolumeOperations.volume(in: folder.url))
        #expect(first.applied.map(\.unit) == ["osn-p3"], "\(first.diagnostics)")
        let written = try folder.read(path)
        #expect(written.contains("Bu nedenle belediye <footnote xml:id=\"osn-fn1\"><para></para></footnote>"), "\(written)")
        // The footnote comes back later and takes its place.
        let second = try #require(try VolumeOperations.export(in: folder.url, to: folder.file("out2"), version: .v2_1)
            .first { $0.file.contribution == "03-osnabrueck" })
        #expect(second.file.units.map(\.id).contains("osn-fn1"))
        try VolumeOperations.fill(second.url, state: "translated") { id, _ in id == "osn-fn1" ? InlineText("Dipnot.") : nil }
        let again = try TranslationImporter(backupFolder: nil).importFiles([(second.url, "b.xlf")],
            into: try VolumeOperations.volume(in: folder.url))
        #expect(again.applied.map(\.unit) == ["osn-fn1"], "\(again.diagnostics)")
        #expect(try folder.read(path).contains("Bu nedenle belediye <footnote xml:id=\"osn-fn1\"><para>Dipnot.</para></footnote>"))
    }

    @Test("a source the translator edited is told apart from an original that changed")
    func editedSourceIsNotAChangedOriginal() throws {
        let folder = try TemporaryFolder.sampleVolume()
        defer { folder.remove() }
        let exported = try #require(try VolumeOperations.export(in: folder.url, to: folder.file("out"), version: .v1_2)
            .first { $0.file.contribution == "07-sisli" })
        try VolumeOperations.fill(exported.url, state: "translated")
        let returned = try String(contentsOf: exported.url, encoding: .utf8)
        let edited = returned.replacingOccurrences(of: "6.742 başvuru", with: "6.800 başvuru")
        #expect(edited != returned)
        try edited.write(to: exported.url, atomically: true, encoding: .utf8)
        let report = try TranslationImporter(backupFolder: nil).importFiles([(exported.url, "a.xlf")],
            into: try VolumeOperations.volume(in: folder.url))
        #expect(report.refused.map(\.code.rawValue) == ["import.source-edited"])
        #expect(report.refused.first?.message.contains("unchanged since the export") == true)
        #expect(report.applied.map(\.unit) == ["sis-p9"])
    }

    @Test("a unit whose <file> names another contribution is refused with both names")
    func fileNamesAnotherContribution() throws {
        let folder = try TemporaryFolder.sampleVolume()
        defer { folder.remove() }
        try folder.write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="tr-TR" trgLang="de-DE">
              <file id="06-tbb" original="elsewhere.xml">
                <unit id="sis-p4"><segment state="translated"><source>x</source><target>y</target></segment></unit>
              </file>
            </xliff>
            """, to: "returned.xlf")
        let report = try TranslationImporter(backupFolder: nil).importFiles([(folder.file("returned.xlf"), "returned.xlf")],
            into: try VolumeOperations.volume(in: folder.url))
        #expect(report.refused.map(\.code.rawValue) == ["import.unknown-unit"])
        #expect(report.refused.first?.message.contains("is no block of 06-tbb") == true, "\(report.refused)")
        #expect(report.refused.first?.message.contains("it is a block of 07-sisli") == true)
    }

    @Test("the export's record reads back, and anything else is no record")
    func exportRecordRoundTrip() {
        let record = ExportRecord(translation: "none", original: Fingerprint.of("Ein Satz."))
        #expect(ExportRecord(noteText: record.noteText) == record)
        let translated = ExportRecord(translation: Fingerprint.of("Bir cümle."), original: Fingerprint.of("Ein Satz."))
        #expect(ExportRecord(noteText: translated.noteText) == translated)
        let wrapped = translated.noteText.replacingOccurrences(of: " ", with: "\n    ")
        #expect(ExportRecord(noteText: wrapped) == translated)
        for text in ["", "Contribution 07-sisli: Şişli", "record: translation none", "x: translation none, original 12",
            "x: translation abc, original 0123456789abcdef"]
        {
            #expect(ExportRecord(noteText: text) == nil, "\(text)")
        }
    }

    @Test("--dry-run writes nothing")
    func dryRun() throws {
        let folder = try TemporaryFolder.sampleVolume()
        defer { folder.remove() }
        let exported = try VolumeOperations.export(in: folder.url, to: folder.file("out"), version: .v1_2)
        for (_, url) in exported { try VolumeOperations.fill(url, state: "final") }
        let before = try ["Sources-de/07-sisli.xml", "Sources-tr/04-saarbruecken.xlf", "Sources-de/08-sultanbeyli.xlf"]
            .map { try folder.read($0) }
        let report = try TranslationImporter().importFiles(exported.map { ($0.url, $0.url.lastPathComponent) },
            into: try VolumeOperations.volume(in: folder.url), dryRun: true)
        #expect(report.applied.count == 14)
        #expect(report.changes.count == 3)
        let after = try ["Sources-de/07-sisli.xml", "Sources-tr/04-saarbruecken.xlf", "Sources-de/08-sultanbeyli.xlf"]
            .map { try folder.read($0) }
        #expect(before == after)
        #expect(!FileManager.default.fileExists(atPath: folder.file("kopru.lock").path))
        #expect(!FileManager.default.fileExists(atPath: folder.file(".kopru-backup").path))
    }

    @Test("units that match nothing, targets with other codes and a wrong language are refused")
    func refusals() throws {
        let folder = try TemporaryFolder.sampleVolume()
        defer { folder.remove() }
        try folder.write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="tr-TR" trgLang="de-DE">
              <file id="07-sisli" original="Sources-tr/07-sisli.xml">
                <unit id="sis-p99"><segment state="translated"><source>Yok.</source><target>Nichts.</target></segment></unit>
                <unit id="sis-p4"><segment state="translated"><source>2019 yılında merkeze 6.742 başvuru yapıldı. Başvuruların yüzde 41’i sağlık hizmetlerine erişimle, yüzde 23’ü eğitimle, yüzde 19’u ise barınma ve kira sorunlarıyla ilgiliydi.</source><target>Im Jahr 2019 <ph id="7"/> gingen 6.742 Anträge ein.</target></segment></unit>
              </file>
            </xliff>
            """, to: "returned.xlf")
        try folder.write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file original="Sources-tr/08-sultanbeyli.xml" datatype="xml" source-language="tr-TR" target-language="en-GB">
                <body><trans-unit id="sul-p7"><source>x</source><target>y</target></trans-unit></body>
              </file>
            </xliff>
            """, to: "english.xlf")
        let report = try TranslationImporter().importFiles(
            [(folder.file("returned.xlf"), "returned.xlf"), (folder.file("english.xlf"), "english.xlf")],
            into: try VolumeOperations.volume(in: folder.url))
        #expect(report.refused.map(\.code.rawValue).sorted() == ["import.code-mismatch", "import.unknown-unit", "import.wrong-language"])
        #expect(report.applied.isEmpty)
        #expect(report.changes.isEmpty)
    }

    @Test("an unreadable returned file stops the import before anything is written")
    func unreadable() throws {
        let folder = try TemporaryFolder.sampleVolume()
        defer { folder.remove() }
        try folder.write("<xliff version=\"1.2\"><file>", to: "broken.xlf")
        #expect(throws: ExchangeError.self) {
            _ = try TranslationImporter().importFiles([(folder.file("broken.xlf"), "broken.xlf")],
                into: try VolumeOperations.volume(in: folder.url))
        }
    }

    @Test("the TMX of the sample holds the confirmed pairs and is well-formed")
    func tmx() throws {
        let folder = try TemporaryFolder.sampleVolume()
        defer { folder.remove() }
        let loaded = try VolumeOperations.check(in: folder.url)
        let pairs = TMXWriter.pairs(of: loaded)
        let confirmed = loaded.contributions.reduce(0) { total, contribution in
            total + contribution.alignment.rows.filter { $0.status == .translated }.count
        }
        #expect(pairs.count == confirmed)
        let gapIDs = Self.gaps.values.reduce(Set<String>()) { $0.union($1) }
        #expect(pairs.allSatisfy { pair in !gapIDs.contains(String(pair.id?.split(separator: "#").last ?? "")) })
        let url = folder.file("pairs.tmx")
        try TMXWriter().write(pairs, date: Date(timeIntervalSince1970: 0)).write(to: url)
        #expect(try XMLLint.isWellFormed(url))
        let text = try folder.read("pairs.tmx")
        #expect(text.contains("creationdate=\"19700101T000000Z\""))
        #expect(text.components(separatedBy: "<tu ").count - 1 == confirmed)
        #expect(text.contains("<tu tuid=\"07-sisli#sis-p1\" srclang=\"tr-TR\">"))
        #expect(text.contains("<bpt i=\"1\">&lt;emphasis&gt;</bpt>"))
        #expect(text.contains("xml:lang=\"de-DE\"") && text.contains("xml:lang=\"tr-TR\""))
    }

    /// A copy of the sample volume whose Turkish 10-hamm is named `name` in kopru.yaml: the Word document
    /// renamed, or (with `keep` false) no file at all.
    static func hammVolume(turkish name: String, keep: Bool = true) throws -> TemporaryFolder {
        let folder = try TemporaryFolder.sampleVolume()
        let path = "Sources-tr/\(name)"
        if path != "Sources-tr/10-hamm.docx" {
            if keep {
                try FileManager.default.moveItem(at: folder.file("Sources-tr/10-hamm.docx"), to: folder.file(path))
            } else {
                try FileManager.default.removeItem(at: folder.file("Sources-tr/10-hamm.docx"))
            }
            let manifest = try folder.read("kopru.yaml")
            #expect(manifest.contains("turkish: Sources-tr/10-hamm.docx"), "the scenario no longer applies")
            try folder.write(manifest.replacingOccurrences(of: "turkish: Sources-tr/10-hamm.docx", with: "turkish: \(path)"),
                to: "kopru.yaml")
        }
        return folder
    }

    /// The returned file of 10-hamm, every unit filled and final.
    static func returnedHamm(in folder: TemporaryFolder) throws -> URL {
        let exported = try VolumeOperations.export(in: folder.url, to: folder.file("out"), version: .v2_1, language: .turkish)
        let hamm = try #require(exported.first { $0.file.contribution == "10-hamm" })
        try VolumeOperations.fill(hamm.url, state: "final")
        return hamm.url
    }

    @Test("import refuses to write into a Word translation, whatever the file is called, and leaves it as it is",
        arguments: ["10-hamm.docx", "10-hamm.dotm", "10-hamm.ott", "10-hamm-ceviri"])
    func wordTranslationRefused(name: String) throws {
        let folder = try Self.hammVolume(turkish: name)
        defer { folder.remove() }
        let path = "Sources-tr/\(name)"
        let returned = try Self.returnedHamm(in: folder)
        let before = try Data(contentsOf: folder.file(path))
        let report = try TranslationImporter(backupFolder: nil).importFiles([(returned, "10-hamm.de-tr.xlf")],
            into: try VolumeOperations.volume(in: folder.url))
        #expect(report.applied.isEmpty)
        #expect(report.refused.map(\.code) == ["import.not-applicable"])
        #expect(report.refused.first?.unit == "docx-p8")
        #expect(report.refused.first?.message.contains("\(path) is a Word document") == true, "\(report.refused.map(\.message))")
        #expect(report.refused.first?.remedy?.contains("XLIFF file") == true)
        #expect(report.changes.isEmpty)
        #expect(try Data(contentsOf: folder.file(path)) == before)
    }

    @Test("import makes no new translation under a Word or OpenDocument name", arguments: ["10-hamm.dotm", "10-hamm.ott"])
    func noNewOfficeTranslation(name: String) throws {
        let folder = try Self.hammVolume(turkish: name, keep: false)
        defer { folder.remove() }
        let path = "Sources-tr/\(name)"
        let returned = try Self.returnedHamm(in: folder)
        let report = try TranslationImporter(backupFolder: nil).importFiles([(returned, "10-hamm.de-tr.xlf")],
            into: try VolumeOperations.volume(in: folder.url))
        #expect(report.applied.isEmpty)
        #expect(!report.refused.isEmpty)
        #expect(report.refused.allSatisfy { $0.code == "import.not-applicable" && $0.message.contains("\(path) does not exist yet") },
            "\(report.refused.map(\.message))")
        #expect(report.changes.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.file(path).path))
    }
}
