import Pairing
public import Foundation
import FormatReaders
import Project
import PublicationCore

/// Merges returned XLIFF into the sources of a publication.
///
/// For each returned unit, the importer finds its block (by the file's `original` or id, else by the
/// unit id), and refuses it when
/// - its source is not the original's current text (the original changed since the export:
///   `import.conflict`),
/// - it matches no block (`import.unknown-unit`),
/// - its target's inline codes differ from its source's (`import.code-mismatch`),
/// - the file's target language is not the contribution's translation language (`import.wrong-language`).
///
/// The rest is written: into an XLIFF translation (targets and states, lossless, with the source brought
/// up to date when the original changed), into a DocBook translation (replacing a block's text or
/// inserting a missing block after the block that precedes it in the original), or as a new DocBook
/// translation with the original's structure. Confirmed translations are recorded in `kopru.lock`, except
/// those kept in XLIFF (``ExchangeVolume/Contribution/isKeptInXLIFF``, or an XLIFF translation created by
/// the import), whose units' states confirm them: nothing of those is recorded, and earlier records of
/// their blocks that the import writes or finds unchanged are removed, as `kopru check --accept` does.
///
/// A returned translation equal to the one already in the sources (after normalising white space, with
/// the same inline codes) is *unchanged*: nothing is written for it, no backup is made, its state stays.
/// Writing is all or nothing as far as the file system allows: every new file is first written to a
/// temporary file beside its target, each source is checked not to have changed since it was read, the
/// previous versions are copied to ``backupFolder``, and only then are the files renamed into place,
/// `kopru.lock` last.
public struct TranslationImporter: Sendable {
    /// Where previous versions go, relative to the manifest's folder; `nil` for no backup.
    public var backupFolder: String?

    /// Creates an importer.
    public init(backupFolder: String? = TranslationImporter.defaultBackupFolder()) {
        self.backupFolder = backupFolder
    }

    /// `.kopru-backup/<UTC time>-<random>`: unique per run, so two runs never share one.
    public static func defaultBackupFolder(date: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        let random = String(UInt32.random(in: 0...UInt32.max), radix: 36)
        return ".kopru-backup/" + formatter.string(from: date) + "-" + random
    }

    struct Item {
        var contribution: Int
        var block: ExchangeBlock
        /// The target, its codes numbered as ``InlineCodec/encode(_:for:)`` numbers the block's.
        var target: InlineText
        var version: XLIFFVersion
        var confirmed: Bool
        var writtenState: String?
        var location: SourceLocation?
        /// What the export recorded of the block; `nil` when the unit carries no record (not exported by
        /// Köprü, or a tool dropped the note).
        var record: ExportRecord?
    }

    /// Imports returned XLIFF files.
    ///
    /// - Parameters:
    ///   - files: the returned files and their display paths.
    ///   - volume: the publication.
    ///   - lockPath: the lock file's path, relative to the manifest's folder.
    ///   - dryRun: when `true`, nothing is written.
    /// - Throws: ``ExchangeError/unreadable(_:_:)`` when a returned file is not readable XLIFF (nothing
    ///   is written then), ``ExchangeError/unwritable(_:_:)`` when a source cannot be written.
    public func importFiles(
        _ files: [(url: URL, displayPath: String)], into volume: ExchangeVolume, lockPath: String = "kopru.lock",
        dryRun: Bool = false
    ) throws(ExchangeError) -> ImportReport {
        var report = ImportReport()
        report.isDryRun = dryRun
        // What each translation holds now, to write over it only if it has not changed meanwhile.
        var snapshots: [String: Data?] = [:]
        for contribution in volume.contributions {
            if let path = contribution.translationPath {
                snapshots[path] = FileManager.default.contents(atPath: volume.base.appendingPathComponent(path).path)
            }
        }
        var items: [Item] = []
        for file in files {
            items += try read(file.url, displayPath: file.displayPath, volume: volume, report: &report)
        }
        // A block returned twice is imported once; returned with two different translations (two files, or
        // two units of one), it is not imported: which one is right is the user's choice, not the order
        // of the files on the command line.
        var latest: [String: Item] = [:]
        var order: [String] = []
        var disputed: Set<String> = []
        for item in items {
            let key = "\(item.contribution)#\(item.block.id)"
            if let earlier = latest[key] {
                if Self.sameTranslation(earlier.target, item.target) {
                    // The same text twice: the confirmed one counts, whichever file came first.
                    if item.confirmed && !earlier.confirmed { latest[key] = item }
                } else if !disputed.contains(key) {
                    disputed.insert(key)
                    let contribution = volume.contributions[item.contribution]
                    report.diagnostics.append(Diagnostic(.error, ExchangeDiagnostics.duplicateUnit.code,
                        "block \"\(item.block.id)\" of \(contribution.id) is returned twice with different translations (\"\(Self.difference(item.target.plainText, earlier.target.plainText))\" here, \"\(Self.difference(earlier.target.plainText, item.target.plainText))\" at \(earlier.location.map { "\($0.file):\($0.line)" } ?? "the first")); neither is imported",
                        remedy: "import only the file with the translation to keep",
                        at: item.location, unit: item.block.id))
                }
                continue
            }
            order.append(key)
            latest[key] = item
        }
        var byContribution: [Int: [Item]] = [:]
        for key in order where !disputed.contains(key) {
            byContribution[latest[key]!.contribution, default: []].append(latest[key]!)
        }
        var writes: [Write] = []
        var lock = volume.lock
        for index in byContribution.keys.sorted() {
            let contribution = volume.contributions[index]
            let states = contribution.states
            var changed: [Item] = []
            for item in byContribution[index]! {
                guard Self.isUnchanged(item, state: states[item.block.id]) else {
                    let now = ExportRecord.translationFingerprint(of: states[item.block.id])
                    if let recorded = item.record?.translation, recorded != now {
                        // Someone changed the translation after the export (by hand, or by an earlier import):
                        // the returned one would silently replace that work.
                        let text = states[item.block.id]?.translationText ?? ""
                        report.diagnostics.append(Diagnostic(.error, ExchangeDiagnostics.translationChanged.code,
                            "the translation of unit \"\(item.block.id)\" in \(contribution.translationPath ?? "the sources") was changed after the export\(text.isEmpty ? "" : ": it now reads \"\(text.excerpt(limit: 60))\"")\(recorded == "none" ? " (there was none then)" : ""); the returned translation would overwrite that change",
                            remedy: "keep the translation in the sources (leave this unit out), or, if the returned one is better, copy it into \(contribution.translationPath ?? "the translation") by hand",
                            at: item.location, unit: item.block.id))
                        continue
                    }
                    changed.append(item)
                    continue
                }
                report.unchanged.append("\(contribution.id)#\(item.block.id)")
                let key = LockFile.Key(contribution: contribution.id, block: item.block.id)
                let outdated = states[item.block.id]?.status == .outdated
                report.diagnostics.append(Diagnostic(ExchangeDiagnostics.unchanged,
                    "the translation of unit \"\(item.block.id)\" is the same as in \(contribution.translationPath ?? "the sources")\(outdated ? "; it stays outdated, because the original has changed since it was made" : ""); nothing to write",
                    remedy: outdated
                        ? "update the translation to the current original, then import it again"
                            + (contribution.isKeptInXLIFF ? ""
                                : "; if it is still right as it is, confirm it with `kopru check --accept \(item.block.id)`")
                        : nil,
                    at: item.location, unit: item.block.id))
                // A run stopped between writing the sources and the lock file is completed here.
                if contribution.isKeptInXLIFF {
                    Self.removeRecord(key, from: &lock, report: &report)
                } else if item.confirmed, !outdated, lock.entries[key] == nil, states[item.block.id]?.status == .current {
                    lock.entries[key] = LockFile.Entry(originalLanguage: contribution.originalLanguage.code,
                        fingerprint: Fingerprint.of(item.block.text))
                    report.confirmedInLock.append("\(contribution.id)#\(item.block.id)")
                }
            }
            guard !changed.isEmpty else { continue }
            let written = try apply(changed, to: contribution, base: volume.base, report: &report)
            guard let written else { continue }
            writes.append(written.write)
            // The XLIFF file the translation is kept in, or the one created now, confirms it by its states.
            let keptInXLIFF = contribution.isKeptInXLIFF || written.createsXLIFF
            for item in written.items {
                report.applied.append(.init(contribution: contribution.id, unit: item.block.id,
                    file: written.write.path, confirmed: item.confirmed))
                let key = LockFile.Key(contribution: contribution.id, block: item.block.id)
                if keptInXLIFF {
                    Self.removeRecord(key, from: &lock, report: &report)
                } else if item.confirmed {
                    lock.entries[key] = LockFile.Entry(
                        originalLanguage: contribution.originalLanguage.code, fingerprint: Fingerprint.of(item.block.text))
                    report.confirmedInLock.append("\(contribution.id)#\(item.block.id)")
                }
            }
        }
        report.changes = writes.map(\.change)
        if lock != volume.lock {
            writes.append((lockPath, Data(lock.text.utf8), .init(path: lockPath, created: false, units: [])))
            snapshots[lockPath] = FileManager.default.contents(atPath: volume.base.appendingPathComponent(lockPath).path)
        }
        guard !dryRun, !writes.isEmpty else { return report }
        let sources = writes.filter { $0.path != lockPath }
        // A lock that loses records is backed up as a rewritten source is (with it, when there is one):
        // a record it gains can be made again, one it loses only from the copy.
        let lockLosesRecords = !report.removedFromLock.isEmpty
        report.backupFolder = sources.contains { !$0.change.created } || lockLosesRecords ? backupFolder : nil
        try commit(writes, base: volume.base, snapshots: snapshots, backupFolder: report.backupFolder)
        return report
    }

    /// Removes the record of a block whose translation is kept in XLIFF: its unit confirms it, the pairing of
    /// XLIFF units never reads the record, and an earlier Köprü's record could only keep a
    /// `publication.wrong-language` error of a changed original language alive (as `kopru check --accept`
    /// removes the records of the blocks it is asked for).
    static func removeRecord(_ key: LockFile.Key, from lock: inout LockFile, report: inout ImportReport) {
        guard lock.entries.removeValue(forKey: key) != nil else { return }
        report.removedFromLock.append("\(key.contribution)#\(key.block)")
    }

    /// Whether two returned translations of one block are the same: the same text (white space
    /// normalised) with the same kinds of inline codes.
    static func sameTranslation(_ one: InlineText, _ other: InlineText) -> Bool {
        one.plainText.comparableForm == other.plainText.comparableForm
            && InlineCodec.kindSequence(one) == InlineCodec.kindSequence(other)
    }

    /// Whether a returned translation equals the one in the sources, so that nothing is written for it:
    /// the same text (white space normalised) with the same kinds of inline codes, and not a confirmation
    /// of a translation that awaits review.
    static func isUnchanged(_ item: Item, state: BlockState?) -> Bool {
        guard let state, let existing = state.translationText, state.status != .missing, state.status != .empty,
            existing.comparableForm == item.target.plainText.comparableForm
        else { return false }
        if let translation = state.translation,
            InlineCodec.kindSequence(translation) != InlineCodec.kindSequence(item.target)
        {
            return false
        }
        return !(item.confirmed && state.status == .needsReview)
    }

    /// Writes the files all or nothing: temporaries first, each source checked against what was read,
    /// backups, then the renames (the lock file last).
    func commit(_ writes: [Write], base: URL, snapshots: [String: Data?], backupFolder: String?)
        throws(ExchangeError)
    {
        let manager = FileManager.default
        func url(_ path: String) -> URL { path.hasPrefix("/") ? URL(fileURLWithPath: path) : base.appendingPathComponent(path) }
        func unchangedOnDisk(_ path: String) -> Bool {
            guard let snapshot = snapshots[path] else { return true }
            return manager.contents(atPath: url(path).path) == snapshot
        }
        for write in writes {
            var info = stat()
            if stat(url(write.path).path, &info) == 0, info.st_mode & 0o222 == 0 { throw .readOnly(write.path) }
            guard unchangedOnDisk(write.path) else { throw .sourceChanged(write.path) }
            AtomicFile.removeLeftovers(in: url(write.path).deletingLastPathComponent())
        }
        var staged: [AtomicFile.Staged] = []
        func discardAll() { staged.forEach(AtomicFile.discard) }
        for write in writes {
            do {
                try manager.createDirectory(at: url(write.path).deletingLastPathComponent(), withIntermediateDirectories: true)
                staged.append(try AtomicFile.stage(write.data, for: url(write.path), displayPath: write.path))
            } catch {
                discardAll()
                throw .unwritable(write.path, Self.reason(error))
            }
        }
        if let backupFolder {
            do {
                for write in writes where !write.change.created && manager.fileExists(atPath: url(write.path).path) {
                    let backup = base.appendingPathComponent(backupFolder).appendingPathComponent(Self.backupName(write.path))
                    try manager.createDirectory(at: backup.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try manager.copyItem(at: url(write.path), to: backup)
                }
            } catch {
                discardAll()
                throw .unwritable(backupFolder, Self.reason(error))
            }
        }
        for write in writes where !unchangedOnDisk(write.path) {
            discardAll()
            throw .sourceChanged(write.path)
        }
        var written: [String] = []
        for (index, file) in staged.enumerated() {
            do {
                try AtomicFile.commit(file)
                written.append(file.displayPath)
            } catch {
                staged[(index + 1)...].forEach(AtomicFile.discard)
                throw .partiallyWritten(path: file.displayPath, reason: Self.reason(error), written: written)
            }
        }
    }

    static func reason(_ error: any Error) -> String {
        if let error = error as? ProjectError, case .unwritable(_, let reason) = error { return reason }
        return (error as NSError).localizedFailureReason ?? error.localizedDescription
    }

    // MARK: Reading returned files

    private func read(_ url: URL, displayPath: String, volume: ExchangeVolume, report: inout ImportReport)
        throws(ExchangeError) -> [Item]
    {
        var units: [TranslationUnit] = []
        let loaded = DocumentLoader().load(contentsOf: url, displayPath: displayPath) { units.append($0) }
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { throw .invalid(errors) }
        let version: XLIFFVersion
        switch loaded.format {
        case .xliff1?: version = .v1_2
        case .xliff2?: version = .v2_1
        default: throw .unreadable(displayPath, "it is not an XLIFF file; `kopru import` reads XLIFF 1.2 and 2.x")
        }
        var fileInfo: [String: XLIFFFileInfo] = [:]
        for info in loaded.files { fileInfo[info.key] = info }
        var blockOwners: [String: [Int]] = [:]
        for (index, contribution) in volume.contributions.enumerated() {
            for block in contribution.blocks { blockOwners[block.id, default: []].append(index) }
        }
        // The blocks that still need a translation, by their text, for units whose ids were renumbered.
        var untranslatedByText: [String: [(index: Int, block: ExchangeBlock)]] = [:]
        for (index, contribution) in volume.contributions.enumerated() {
            let states = contribution.states
            for block in contribution.blocks where states[block.id]?.needsTranslation ?? true {
                untranslatedByText[block.text.comparableForm, default: []].append((index, block))
            }
        }
        var items: [Item] = []
        for unit in units {
            let location = unit.location
            func refuse(_ code: DiagnosticCode, _ message: String, _ remedy: String) {
                report.diagnostics.append(Diagnostic(.error, code, message, remedy: remedy, at: location, unit: unit.id))
            }
            if unit.joinedSource.plainText.isBlank
                || unit.properties["restype"] == "x-gettext-domain-header"
            {
                // A PO header that a conversion tool carried along, or any unit without text to translate.
                report.diagnostics.append(Diagnostic(ExchangeDiagnostics.emptySource,
                    "unit \"\(unit.id)\" \(unit.properties["restype"] == "x-gettext-domain-header" ? "is the header of a PO file" : "has no source text"), so it is no block of the publication; it is left out",
                    at: location, unit: unit.id))
                continue
            }
            let byFile = volume.contributions.firstIndex { contribution in
                unit.fileKey == contribution.id || unit.fileKey == contribution.originalPath
                    || unit.fileKey == (contribution.originalPath as NSString).lastPathComponent
            }
            let candidates = byFile.map { [$0] } ?? blockOwners[unit.id] ?? []
            var found: (index: Int, block: ExchangeBlock)?
            if candidates.count == 1, let index = candidates.first,
                let block = volume.contributions[index].blocks.first(where: { $0.id == unit.id })
            {
                found = (index, block)
            } else if candidates.count <= 1 {
                // A tool that renumbered the units (a PO round trip, say): match the unit by its source text
                // among the blocks that still need a translation, when exactly one has that text.
                let matches = (untranslatedByText[unit.joinedSource.plainText.comparableForm] ?? [])
                    .filter { byFile == nil || $0.index == byFile }
                if matches.count == 1 {
                    found = matches[0]
                    report.diagnostics.append(Diagnostic(ExchangeDiagnostics.matchedByText,
                        "unit \"\(unit.id)\" matches no block id; its source is the text of \(matches[0].block.kind.rawValue) \"\(matches[0].block.id)\" of \(volume.contributions[matches[0].index].id), so it is imported there",
                        at: location, unit: unit.id))
                } else if matches.count > 1 {
                    refuse(ExchangeDiagnostics.ambiguousSource.code,
                        "unit \"\(unit.id)\" matches no block id, and its source is the text of \(matches.count) blocks that need a translation (\(matches.map { "\(volume.contributions[$0.index].id)#\($0.block.id)" }.joined(separator: ", ")))",
                        "give the unit the id of its block (as `kopru export-missing` wrote it), or translate the blocks one by one")
                    continue
                }
            }
            guard let (index, block) = found else {
                if let byFile, let owners = blockOwners[unit.id], !owners.contains(byFile) {
                    // The file names one contribution, and the unit's id is a block of another.
                    let named = volume.contributions[byFile].id
                    let owner = owners.map { volume.contributions[$0].id }.joined(separator: ", ")
                    refuse(ExchangeDiagnostics.unknownUnit.code,
                        "unit \"\(unit.id)\" is no block of \(named), which its <file> names (\"\(unit.fileKey)\"); it is a block of \(owner)",
                        "correct the <file>'s original (or, in XLIFF 2, its id) to the contribution the unit belongs to, as `kopru export-missing` wrote it")
                    continue
                }
                refuse(ExchangeDiagnostics.unknownUnit.code,
                    "unit \"\(unit.id)\" matches no block of the publication\(candidates.count > 1 ? " (several contributions have a block with this id)" : ", neither by id nor by its source text")",
                    "check the unit id; it must be the xml:id of a block of an original")
                continue
            }
            let contribution = volume.contributions[index]
            if let language = fileInfo[unit.fileKey]?.targetLanguage ?? loaded.statistics.targetLanguage,
                language != contribution.translationLanguage
            {
                refuse(ExchangeDiagnostics.wrongLanguage.code,
                    "unit \"\(unit.id)\" is translated into \(language.englishName), but contribution \"\(contribution.id)\" is translated into \(contribution.translationLanguage.englishName)",
                    "import the file into the publication it was exported for, or correct its target language")
                continue
            }
            let source = unit.joinedSource
            let recordNote = unit.notes.first { note in
                [note.attributes["category"], note.attributes["from"]].contains {
                    $0?.trimmingCharacters(in: .whitespaces) == ExportRecord.category
                }
            }
            let record = recordNote.flatMap { ExportRecord(noteText: $0.text) }
            if recordNote != nil, record == nil {
                report.diagnostics.append(Diagnostic(ExchangeDiagnostics.unreadableRecord,
                    "the \(ExportRecord.category) note of unit \"\(unit.id)\" cannot be read, so the import cannot tell whether its block's translation or source changed since the export",
                    remedy: "leave that note as `kopru export-missing` wrote it; the unit is imported without that check",
                    at: location, unit: unit.id))
            }
            if !unit.isMade(from: block.text, orFrom: block.piece.block?.earlierBlockText) {
                if let record, record.original == Fingerprint.of(block.text) {
                    // The original is what was exported: the returned file's source is what changed.
                    refuse(ExchangeDiagnostics.sourceEdited.code,
                        "the source of unit \"\(unit.id)\" was changed in the returned file: it reads \"\(Self.difference(source.plainText, block.text))\", but the original in \(contribution.originalPath), unchanged since the export, reads \"\(Self.difference(block.text, source.plainText))\"",
                        "translate the original as exported: put the unit's source back as it was (or export the block again with `kopru export-missing`); a change of the original belongs in \(contribution.originalPath)")
                    continue
                }
                refuse(ExchangeDiagnostics.conflict.code,
                    "the original of unit \"\(unit.id)\" changed since the export: the unit was translated from \"\(Self.difference(source.plainText, block.text))\", but \(contribution.originalPath) now reads \"\(Self.difference(block.text, source.plainText))\"",
                    "export the block again with `kopru export-missing` and translate the current text")
                continue
            }
            guard let target = unit.joinedTarget, !target.hasNoText else {
                report.diagnostics.append(Diagnostic(ExchangeDiagnostics.noTarget,
                    "unit \"\(unit.id)\" has no translation yet; it is left out", at: location, unit: unit.id))
                continue
            }
            guard InlineCodec.codeSignature(target) == InlineCodec.codeSignature(source) else {
                refuse(ExchangeDiagnostics.codeMismatch.code,
                    "the translation of unit \"\(unit.id)\" has the inline codes \(Self.describe(target)), but its source has \(Self.describe(source))",
                    "keep every tag of the source in the translation, each once")
                continue
            }
            let current = InlineCodec.encode(block.content, for: version)
            guard let renumbered = InlineCodec.remap(target, from: source, to: current.text) else {
                refuse(ExchangeDiagnostics.codeMismatch.code,
                    "the inline codes of unit \"\(unit.id)\" do not correspond to the markup of the original",
                    "export the block again with `kopru export-missing`")
                continue
            }
            let state = unit.leastAdvancedState
            items.append(Item(contribution: index, block: block, target: renumbered, version: version,
                confirmed: state == .translated, writtenState: unit.segments.last?.writtenState, location: location,
                record: record))
        }
        return items
    }

    static func describe(_ text: InlineText) -> String {
        let codes = text.codes.filter { $0.kind != .markerStart && $0.kind != .markerEnd }
        if codes.isEmpty { return "none" }
        return codes.map { "\($0.kind == .closing ? "/" : "")\($0.element)#\($0.id ?? "?")" }.joined(separator: " ")
    }

    /// About 50 characters of `text` around the first place where it differs from `other`.
    static func difference(_ text: String, _ other: String) -> String {
        let left = Array(text.comparableForm)
        let right = Array(other.comparableForm)
        var common = 0
        while common < left.count, common < right.count, left[common] == right[common] { common += 1 }
        let start = max(0, common - 20)
        let end = min(left.count, start + 50)
        return (start > 0 ? "…" : "") + String(left[start..<end]) + (end < left.count ? "…" : "")
    }


    /// The path of a source's copy inside a run's backup folder: the manifest's path with every `..`
    /// written `_up` and `.` components and empty ones dropped, so that a source outside the project
    /// (`../shared/x.xml`) is copied inside the backup folder like any other, never beside or over it.
    /// No two paths share a name: a component of the path that starts with `_` gets one more (`_up/x.xml`
    /// is `__up/x.xml`), and an absolute path starts with `_root`, so one source's copy never replaces
    /// another's.
    static func backupName(_ path: String) -> String {
        var parts = path.split(separator: "/").filter { $0 != "." }.map { part in
            part == ".." ? "_up" : part.hasPrefix("_") ? "_" + part : String(part)
        }
        if path.hasPrefix("/") { parts.insert("_root", at: 0) }
        return parts.isEmpty ? "_" : parts.joined(separator: "/")
    }
}