import ArgumentParser
import Assembly
import Exchange
import Foundation
import Pairing
import Project
import PublicationCore
import QualityChecks

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
            `kopru import`. Exact matches from a translation memory (--tm FILE.tmx, or the volume's kopru.tmx \
            written by `kopru export-tmx`) pre-fill missing translations as unconfirmed targets with a note; \
            segments with inline codes are not pre-filled. A complete publication exports nothing. See docs/exchange.md.

            Each file is written atomically. A file of the same name is overwritten only when Köprü exported it \
            (or with --force); nothing is written when one of them is refused. The folder is created when \
            missing; nothing else in it is touched. Exit status: 0 written; 2 the manifest cannot be read; \
            73 a file is not Köprü's to overwrite; 74 it cannot be written; 75 another kopru process is \
            changing the project.
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

    @OptionGroup var manifestOptions: ManifestOptions

    /// The manifest: --manifest, or the nearest kopru.yaml.
    var manifest: String { manifestOptions.path }

    @Flag(help: "Overwrite files of the same name that Köprü did not export (never the manifest, kopru.lock or a source).")
    var force = false

    @Option(name: .customLong("tm"), help: ArgumentHelp(
        "A TMX translation memory whose exact matches pre-fill missing translations, as unconfirmed targets (repeatable; default: the volume's kopru.tmx when it exists).",
        valueName: "FILE"))
    var memories: [String] = []

    @Flag(name: .customLong("no-tm"), help: "Do not pre-fill from a translation memory.")
    var noMemory = false

    func run() throws {
        let manifestURL = URL(fileURLWithPath: manifest)
        let projectLock = try ProjectAccess.lock(manifestURL.deletingLastPathComponent(), purpose: "kopru export-missing")
        defer { projectLock.release() }
        let (loadedManifest, volume) = try VolumeLoader.load(manifest: manifest)
        DiagnosticPrinter().print(volume.diagnostics)
        let version: XLIFFVersion = xliff == .v1_2 ? .v1_2 : .v2_1
        let language: LanguageTag? = to.map { $0 == .de ? .german : .turkish }
        var files = MissingExporter(version: version).export(volume, to: language)
        var memory = TranslationMemory()
        if !noMemory {
            var named = memories.map { (URL(fileURLWithPath: $0), $0) }
            let own = volume.base.appendingPathComponent("kopru.tmx")
            if named.isEmpty, FileManager.default.fileExists(atPath: own.path) { named = [(own, "kopru.tmx")] }
            for (url, display) in named {
                let problems = memory.load(contentsOf: url, displayPath: display)
                if !problems.isEmpty {
                    DiagnosticPrinter().print(problems)
                    throw ExitCode.unreadableInput
                }
            }
        }
        var prefilled: [String: Int] = [:]
        if memory.count > 0 {
            for index in files.indices { prefilled[files[index].contribution] = files[index].prefill(from: memory) }
        }
        guard !files.isEmpty else {
            Terminal.writeOutput("Nothing to export: every translation\(language.map { " into \($0.englishName)" } ?? "") is there, confirmed and current.\n")
            return
        }
        let folder = URL(fileURLWithPath: out)
        let places = loadedManifest.protectedPlaces(base: volume.base, manifestURL: manifestURL)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw ProjectAccess.fail(.refused(path: out, reason: "it is a file, not a folder",
                remedy: "name a folder for the exported files, such as to-translate"))
        }
        let writer = XLIFFExportWriter(version: version)
        let outputs = files.map { (file: $0, url: folder.appendingPathComponent($0.fileName),
            display: out.hasSuffix("/") ? out + $0.fileName : out + "/" + $0.fileName) }
        try ProjectAccess.reporting {
            for output in outputs {
                try places.checkWritableFile(output.url, displayPath: output.display, force: force,
                    writtenByKopru: Self.exportedByKopru(output.url))
            }
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw ProjectError.unwritable(path: out, reason: error.localizedDescription)
            }
        }
        for (file, url, display) in outputs {
            try ProjectAccess.reporting {
                try AtomicFile.write(writer.write(file), to: url, displayPath: display)
            }
            var counts: [BlockState.Status: Int] = [:]
            for unit in file.units { counts[unit.status, default: 0] += 1 }
            let detail = [BlockState.Status.missing, .empty, .needsReview, .outdated].compactMap { status in
                counts[status].map { "\($0) \(Self.word(for: status))" }
            }.joined(separator: ", ") + ((prefilled[file.contribution] ?? 0) > 0
                ? "; \(prefilled[file.contribution]!) pre-translated from the memory" : "")
            Terminal.writeOutput("\(display): \(file.units.count) unit\(file.units.count == 1 ? "" : "s") (\(detail))\n")
            // Said before the translator starts: the import will not be able to write the file's units.
            if let contribution = volume.contributions.first(where: { $0.id == file.contribution }),
                let refusal = ImportRefusal(contribution)
            {
                Terminal.writeOutput("    `kopru import` cannot write these units: \(refusal.reason)\n    \(refusal.remedy)\n")
            }
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

    /// Whether `url` is an XLIFF file that `kopru export-missing` wrote.
    static func exportedByKopru(_ url: URL) -> Bool {
        FileHead.text(of: url).map { $0.contains("<xliff") && $0.contains("Exported by Köprü") } ?? false
    }
}
