import ArgumentParser
import Exchange
import Foundation
import Pairing
import Project
import PublicationCore
import QualityChecks

/// `kopru import`: merges returned XLIFF into the sources; refuses conflicts; loses nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Write the translations of returned XLIFF files into the publication's sources.",
        discussion: """
            Reads each XLIFF file (from `kopru export-missing`, or any XLIFF 1.2/2.x whose unit ids are block \
            ids of the publication) and writes its translations into the translation files kopru.yaml names: \
            targets and states of an XLIFF translation, blocks of a DocBook translation (created if it does \
            not exist yet). Confirmed translations are recorded in kopru.lock, except those kept in XLIFF, which \
            their units' states confirm (as for `kopru check --accept`): nothing of those is recorded, and earlier \
            records of the blocks imported into them (or found unchanged there) are removed. Refused, and listed: units \
            whose original changed since the export, units whose block's translation was changed in the sources \
            since the export (the export's kopru-translation note records it), a block returned twice with \
            different translations, units that match no block, targets whose inline codes \
            differ from the source's. A returned translation equal to the one in the sources is unchanged: nothing \
            is written for it, so importing the same file twice changes nothing the second time.

            Writing is all or nothing: every file is first written beside its target, each source is checked \
            not to have changed since it was read, previous versions are copied to .kopru-backup/TIME-RANDOM/, \
            and only then are the files renamed into place, kopru.lock last. A rewritten file keeps its \
            permissions; a read-only source is refused. Only one kopru process changes a project at a time \
            (.kopru/lock). See docs/safety.md.

            Exit status: 0 when every unit was imported or unchanged, 1 when some were refused, 2 when a file \
            could not be read (then nothing is written), 74 when a file could not be written (the message \
            lists what was), 75 when another kopru process is changing the project.
            """
    )

    @Argument(help: "The returned XLIFF files.")
    var files: [String]

    @Flag(help: "Show what would change, and write nothing.")
    var dryRun = false

    @OptionGroup var manifestOptions: ManifestOptions

    /// The manifest: --manifest, or the nearest kopru.yaml.
    var manifest: String { manifestOptions.path }

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one XLIFF file to import") }
    }

    func run() throws {
        let manifestURL = URL(fileURLWithPath: manifest)
        let projectLock = try ProjectAccess.lock(manifestURL.deletingLastPathComponent(), purpose: "kopru import")
        defer { projectLock.release() }
        let volume = try VolumeLoader.load(manifest: manifest).volume
        let report: ImportReport
        do {
            report = try TranslationImporter().importFiles(
                files.map { (URL(fileURLWithPath: $0), $0) }, into: volume, dryRun: dryRun)
        } catch {
            if case .invalid(let diagnostics) = error {
                DiagnosticPrinter().print(diagnostics)
                Terminal.writeError("nothing was imported\n")
                throw ExitCode.unreadableInput
            }
            DiagnosticPrinter().print([Diagnostic(.error, error.code, error.description, remedy: error.remedy)])
            switch error {
            case .unreadable, .invalid: throw ExitCode.unreadableInput
            default: throw ExitCode.cannotWrite
            }
        }
        DiagnosticPrinter().print(report.diagnostics)
        let verb = dryRun ? "would write" : "wrote"
        for change in report.changes {
            Terminal.writeOutput("\(change.path): \(verb) \(change.units.count) unit\(change.units.count == 1 ? "" : "s")\(change.created ? " (new file)" : ""): \(change.units.joined(separator: ", "))\n")
        }
        let refused = report.refused.count
        var summary = "\(dryRun ? "Would import" : "Imported") \(report.applied.count) unit\(report.applied.count == 1 ? "" : "s")"
        if !report.unchanged.isEmpty { summary += " (\(report.unchanged.count) unchanged)" }
        summary += " into \(report.changes.count) file\(report.changes.count == 1 ? "" : "s")"
        summary += "; \(report.confirmedInLock.count) confirmed in kopru.lock"
        if !report.removedFromLock.isEmpty {
            let count = report.removedFromLock.count
            summary += "; \(count) earlier record\(count == 1 ? "" : "s") of translations kept in XLIFF "
                + "\(dryRun ? "to be removed" : "removed") from kopru.lock"
        }
        if refused > 0 { summary += "; refused \(refused)" }
        if let backup = report.backupFolder { summary += "; previous versions in \(backup)/" }
        if dryRun { summary += " (dry run: nothing written)" }
        Terminal.writeOutput(summary + ".\n")
        if refused > 0 { throw ExitCode.findings }
    }
}
