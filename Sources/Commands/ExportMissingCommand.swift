import Alignment
import ArgumentParser
import Assembly
import Exchange
import Foundation
import PublicationCore

/// `kopru export-missing`: XLIFF for translators, only what is missing or outdated, with context.
struct ExportMissingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-missing",
        abstract: "Export the segments whose translation is missing, empty, unconfirmed or outdated as XLIFF.",
        discussion: """
            Writes one XLIFF file per contribution of the publication in the current folder (kopru.yaml) that \
            has something to translate, named CONTRIBUTION.SOURCE-TARGET.xlf, in the direction of that \
            contribution (a Turkish original exports tr→de). Unit ids are the block ids; notes give the \
            contribution's title, the section, the blocks before and after with their translations, and for \
            an outdated segment the old original and translation. Return the translated files with \
            `kopru import`. A complete publication exports nothing. See docs/exchange.md.
            """
    )

    enum Version: String, ExpressibleByArgument, CaseIterable {
        case v2_1 = "2.1"
        case v1_2 = "1.2"
    }

    enum Language: String, ExpressibleByArgument, CaseIterable {
        case de, tr
    }

    @Option(help: "Only contributions translated into this language (de or tr).")
    var to: Language?

    @Option(help: "The XLIFF version to write: 2.1 or 1.2.")
    var xliff: Version = .v2_1

    @Option(help: ArgumentHelp("The folder to write the XLIFF files to.", valueName: "DIR"))
    var out: String

    @Option(help: ArgumentHelp("The publication's manifest.", valueName: "FILE"))
    var manifest = "kopru.yaml"

    func run() throws {
        let volume = try Self.loadVolume(manifest: manifest)
        DiagnosticPrinter().print(volume.diagnostics)
        let version: XLIFFVersion = xliff == .v1_2 ? .v1_2 : .v2_1
        let language: LanguageTag? = to.map { $0 == .de ? .german : .turkish }
        let files = MissingExporter(version: version).export(volume, to: language)
        guard !files.isEmpty else {
            Terminal.writeOutput("Nothing to export: every translation\(language.map { " into \($0.englishName)" } ?? "") is there, confirmed and current.\n")
            return
        }
        let folder = URL(fileURLWithPath: out)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            Terminal.writeError("error: \(out): the folder cannot be created: \(error.localizedDescription)\n")
            throw ExitCode.unreadableInput
        }
        let writer = XLIFFExportWriter(version: version)
        for file in files {
            let url = folder.appendingPathComponent(file.fileName)
            do {
                try SafeFileWriter.writeAtomically(writer.write(file), to: url)
            } catch {
                Terminal.writeError("error: \(error.description)\n")
                throw ExitCode.unreadableInput
            }
            var counts: [BlockState.Status: Int] = [:]
            for unit in file.units { counts[unit.status, default: 0] += 1 }
            let detail = [BlockState.Status.missing, .empty, .needsReview, .outdated].compactMap { status in
                counts[status].map { "\($0) \(Self.word(for: status))" }
            }.joined(separator: ", ")
            Terminal.writeOutput("\((out as NSString).appendingPathComponent(file.fileName)): \(file.units.count) unit\(file.units.count == 1 ? "" : "s") (\(detail))\n")
        }
    }

    static func word(for status: BlockState.Status) -> String {
        switch status {
        case .missing: "missing"
        case .empty: "empty"
        case .needsReview: "needs review"
        case .outdated: "outdated"
        case .current: "current"
        }
    }

    /// Reads the publication for the exchange commands.
    static func loadVolume(manifest: String) throws -> ExchangeVolume {
        let manifestURL = URL(fileURLWithPath: manifest)
        let loaded = try ManifestLoader.load(manifestURL, displayPath: manifest)
        let base = manifestURL.deletingLastPathComponent()
        let lock: LockFile
        do {
            lock = try LockFile.read(from: base.appendingPathComponent("kopru.lock"))
        } catch {
            Terminal.writeError("error: \(error.description) [publication.lock]\n")
            throw ExitCode.unreadableInput
        }
        return ExchangeVolume.load(loaded, relativeTo: base, lock: lock)
    }
}
