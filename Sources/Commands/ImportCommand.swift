import ArgumentParser
import Exchange
import Foundation
import PublicationCore

/// `kopru import`: merges returned XLIFF into the sources; refuses conflicts; loses nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Write the translations of returned XLIFF files into the publication's sources.",
        discussion: """
            Reads each XLIFF file (from `kopru export-missing`, or any XLIFF 1.2/2.x whose unit ids are block \
            ids of the publication) and writes its translations into the translation files kopru.yaml names: \
            targets and states of an XLIFF translation, blocks of a DocBook translation (created if it does \
            not exist yet). Confirmed translations are recorded in kopru.lock. Refused, and listed: units \
            whose original changed since the export, units that match no block, targets whose inline codes \
            differ from the source's. Every file is written atomically; its previous version is copied to \
            .kopru-backup/TIME/.

            Exit status: 0 when every unit was imported, 1 when some were refused, 2 when a file could not be \
            read (then nothing is written).
            """
    )

    @Argument(help: "The returned XLIFF files.")
    var files: [String]

    @Flag(help: "Show what would change, and write nothing.")
    var dryRun = false

    @Option(help: ArgumentHelp("The publication's manifest.", valueName: "FILE"))
    var manifest = "kopru.yaml"

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one XLIFF file to import") }
    }

    func run() throws {
        let volume = try ExportMissingCommand.loadVolume(manifest: manifest)
        let report: ImportReport
        do {
            report = try TranslationImporter().importFiles(
                files.map { (URL(fileURLWithPath: $0), $0) }, into: volume, dryRun: dryRun)
        } catch .invalid(let diagnostics) {
            DiagnosticPrinter().print(diagnostics)
            Terminal.writeError("nothing was imported\n")
            throw ExitCode.unreadableInput
        } catch {
            Terminal.writeError("error: \(error.description) [input.unreadable]\n    nothing was imported\n")
            throw ExitCode.unreadableInput
        }
        DiagnosticPrinter().print(report.diagnostics)
        let verb = dryRun ? "would write" : "wrote"
        for change in report.changes {
            Terminal.writeOutput("\(change.path): \(verb) \(change.units.count) unit\(change.units.count == 1 ? "" : "s")\(change.created ? " (new file)" : ""): \(change.units.joined(separator: ", "))\n")
        }
        let refused = report.refused.count
        var summary = "\(dryRun ? "Would import" : "Imported") \(report.applied.count) unit\(report.applied.count == 1 ? "" : "s")"
        summary += " into \(report.changes.count) file\(report.changes.count == 1 ? "" : "s")"
        summary += "; \(report.confirmedInLock.count) confirmed in kopru.lock"
        if refused > 0 { summary += "; refused \(refused)" }
        if let backup = report.backupFolder, !report.changes.isEmpty { summary += "; previous versions in \(backup)/" }
        if dryRun { summary += " (dry run: nothing written)" }
        Terminal.writeOutput(summary + ".\n")
        if refused > 0 { throw ExitCode.findings }
    }
}
