import Alignment
public import Foundation
import FormatReaders
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
/// translation with the original's structure. Confirmed translations are recorded in `kopru.lock`. Each
/// file is written atomically, and its previous version copied to ``backupFolder``.
public struct TranslationImporter: Sendable {
    /// Where previous versions go, relative to the manifest's folder; `nil` for no backup.
    public var backupFolder: String?

    /// Creates an importer.
    public init(backupFolder: String? = TranslationImporter.defaultBackupFolder()) {
        self.backupFolder = backupFolder
    }

    /// `.kopru-backup/<UTC time>`.
    public static func defaultBackupFolder(date: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return ".kopru-backup/" + formatter.string(from: date)
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
        var items: [Item] = []
        for file in files {
            items += try read(file.url, displayPath: file.displayPath, volume: volume, report: &report)
        }
        // The last returned translation of a block wins.
        var latest: [String: Item] = [:]
        var order: [String] = []
        for item in items {
            let key = "\(item.contribution)#\(item.block.id)"
            if latest[key] == nil { order.append(key) }
            latest[key] = item
        }
        var byContribution: [Int: [Item]] = [:]
        for key in order { byContribution[latest[key]!.contribution, default: []].append(latest[key]!) }
        var writes: [(path: String, data: Data, change: ImportReport.FileChange)] = []
        var lock = volume.lock
        for index in byContribution.keys.sorted() {
            let contribution = volume.contributions[index]
            let written = try apply(byContribution[index]!, to: contribution, base: volume.base, report: &report)
            guard let written else { continue }
            writes.append(written.write)
            for item in written.items {
                report.applied.append(.init(contribution: contribution.id, unit: item.block.id,
                    file: written.write.path, confirmed: item.confirmed))
                if item.confirmed {
                    lock.entries[LockFile.Key(contribution: contribution.id, block: item.block.id)] = LockFile.Entry(
                        originalLanguage: contribution.originalLanguage.code, fingerprint: Fingerprint.of(item.block.text))
                    report.confirmedInLock.append("\(contribution.id)#\(item.block.id)")
                }
            }
        }
        report.changes = writes.map(\.change)
        guard !dryRun, !writes.isEmpty else { return report }
        let writer = SafeFileWriter(base: volume.base, backupFolder: backupFolder)
        for write in writes { try writer.write(write.data, to: write.path) }
        if lock != volume.lock { try writer.write(Data(lock.text.utf8), to: lockPath) }
        report.backupFolder = backupFolder
        return report
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
        var items: [Item] = []
        for unit in units {
            let location = unit.location
            func refuse(_ code: DiagnosticCode, _ message: String, _ remedy: String) {
                report.diagnostics.append(Diagnostic(.error, code, message, remedy: remedy, at: location, unit: unit.id))
            }
            let byFile = volume.contributions.firstIndex { contribution in
                unit.fileKey == contribution.id || unit.fileKey == contribution.originalPath
                    || unit.fileKey == (contribution.originalPath as NSString).lastPathComponent
            }
            let candidates = byFile.map { [$0] } ?? blockOwners[unit.id] ?? []
            guard candidates.count == 1, let index = candidates.first,
                let block = volume.contributions[index].blocks.first(where: { $0.id == unit.id })
            else {
                refuse("import.unknown-unit",
                    "unit \"\(unit.id)\" matches no block of the publication\(candidates.count > 1 ? " (several contributions have a block with this id)" : "")",
                    "check the unit id; it must be the xml:id of a block of an original")
                continue
            }
            let contribution = volume.contributions[index]
            if let language = fileInfo[unit.fileKey]?.targetLanguage ?? loaded.statistics.targetLanguage,
                language != contribution.translationLanguage
            {
                refuse("import.wrong-language",
                    "unit \"\(unit.id)\" is translated into \(language.englishName), but contribution \"\(contribution.id)\" is translated into \(contribution.translationLanguage.englishName)",
                    "import the file into the publication it was exported for, or correct its target language")
                continue
            }
            let source = unit.joinedSource
            if source.plainText.comparableForm
                != block.text.comparableForm
            {
                refuse("import.conflict",
                    "the original of unit \"\(unit.id)\" changed since the export: the unit was translated from \"\(Self.difference(source.plainText, block.text))\", but \(contribution.originalPath) now reads \"\(Self.difference(block.text, source.plainText))\"",
                    "export the block again with `kopru export-missing` and translate the current text")
                continue
            }
            guard let target = unit.joinedTarget, !target.hasNoText else {
                report.diagnostics.append(Diagnostic(.note, "import.no-target",
                    "unit \"\(unit.id)\" has no translation yet; it is left out", at: location, unit: unit.id))
                continue
            }
            guard InlineCodec.codeSignature(target) == InlineCodec.codeSignature(source) else {
                refuse("import.code-mismatch",
                    "the translation of unit \"\(unit.id)\" has the inline codes \(Self.describe(target)), but its source has \(Self.describe(source))",
                    "keep every tag of the source in the translation, each once")
                continue
            }
            let current = InlineCodec.encode(block.content, for: version)
            guard let renumbered = InlineCodec.remap(target, from: source, to: current.text) else {
                refuse("import.code-mismatch",
                    "the inline codes of unit \"\(unit.id)\" do not correspond to the markup of the original",
                    "export the block again with `kopru export-missing`")
                continue
            }
            let state = unit.leastAdvancedState
            items.append(Item(contribution: index, block: block, target: renumbered, version: version,
                confirmed: state == .translated, writtenState: unit.segments.last?.writtenState, location: location))
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

}
