import ArgumentParser
import Assembly
import FormatReaders
import Foundation
import Pairing
import Project
import PublicationCore
import QualityChecks

/// `kopru check`: completeness counts and findings for files, folders or the publication.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report translation completeness and problems of XLIFF, DocBook, Word and OpenDocument files.",
        discussion: """
            Without a path, in the folder of kopru.yaml, checks the publication: every contribution's \
            original against its translation (DocBook by xml:id or by structure, XLIFF by unit id), with the \
            completeness of each contribution, every missing, unconfirmed, outdated or added block, and the QA \
            checks (docs/checks.md) with the manifest's glossary, severities and suppressions. --accept records \
            the current originals in kopru.lock, so that a later change of an original marks its translation \
            outdated.

            With paths, reads every file given (folders are searched for .xlf, .xliff, .xlz, .xml, .dbk, .docx, \
            .docm and .odt files) and prints, \
            per file, the units, segments, translated, needs-review, untranslated, empty and missing segments, the \
            source words and the states as written (docs/state-mapping.md). Files whose names differ only by a \
            language token (x.de.xlf, x.tr.xlf, x.en.xlf) are paired unit by unit through their common source.

            Problems are printed on standard error as FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE] \
            (docs/diagnostics.md lists the codes).

            Exit status: 0 when everything was read and is complete (at least --min-complete percent) with no \
            error finding; 1 when something is incomplete or a QA or pairing finding is an error; 2 when some \
            input could not be read (not XML, malformed, invalid XLIFF, a broken manifest); 64 for a usage error; \
            73 when --output names a file Köprü did not write.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif, github, html
    }

    @Argument(help: "Files or folders to check (default: the publication of kopru.yaml, or else Sources-de and Sources-tr).")
    var paths: [String] = []

    @Option(help: ArgumentHelp("""
        Output format: text (tables), json (one object), sarif (SARIF 2.1.0, for code-scanning tools), \
        github (workflow annotations on files and lines, then the tables) or html (the editors' report: one \
        self-contained page; give --output).
        """, valueName: "FORMAT"))
    var format: Format = .text

    @Option(name: .customLong("output"), help: ArgumentHelp(
        "Write the report (json, sarif or html) to FILE instead of standard output; an existing file only if Köprü wrote it.",
        valueName: "FILE"))
    var outputFile: String?

    @Option(name: .customLong("min-complete"), help: ArgumentHelp(
        "The percentage of translated segments below which the check fails (0–100), for the volume and for each contribution (default: the manifest's check.min-complete, else 100).",
        valueName: "PCT"), transform: ManifestOptions.percentage)
    var minComplete: Double?

    @Flag(help: "Treat warnings as errors for the exit status.")
    var warningsAsErrors = false

    @Flag(help: "Print only errors, the verdict line and the report: no warnings, notes or progress.")
    var quiet = false

    @Flag(help: "List every file, also the monolingual documents of a publication.")
    var verbose = false

    @OptionGroup var manifestOptions: ManifestOptions

    /// The manifest: --manifest, or the nearest kopru.yaml.
    var manifest: String { manifestOptions.path }

    @Option(help: ArgumentHelp("""
        The QA checks (numbers, inline codes, quotes, Turkish i, glossary, consistency, …; docs/checks.md): \
        auto runs them on the publication and on files up to 8 MB, on runs them on every file, off skips them.
        """, valueName: "auto|on|off"))
    var qa: QualityMode = .auto

    @Option(name: .customLong("accept"), parsing: .upToNextOption, help: ArgumentHelp("""
        Confirm translations as they are now, recording their originals in kopru.lock so that a later change \
        of an original marks its translation outdated: the named blocks or contributions (ids), or `all`. \
        `all` leaves an outdated block outdated when its translation has not changed since it was confirmed; \
        name it to confirm it anyway. A translation kept in XLIFF is confirmed by its units (their state and \
        source), not by kopru.lock: nothing of it is recorded, earlier records of the blocks named are removed, \
        and its outdated blocks stay outdated until their units are updated. A named block without a \
        translation is listed as not confirmed.
        """, valueName: "ID|all"))
    var accept: [String] = []

    func validate() throws {
        if format == .html && outputFile == nil {
            throw ValidationError("--format html writes a page; name it with --output, such as --output report.html")
        }
        if outputFile != nil && [.text, .github].contains(format) {
            throw ValidationError("--output writes a json, sarif or html report; choose one with --format")
        }
    }

    func run() throws {
        // A manifest named with --manifest is the one to check, also when it cannot be read (a typo
        // must not turn into a check of whatever files lie around).
        if paths.isEmpty, manifestOptions.explicitPath != nil || FileManager.default.fileExists(atPath: manifest) {
            try runPublication()
            return
        }
        if !accept.isEmpty {
            throw usageError("--accept confirms the translations of a publication; run it in the folder of kopru.yaml without paths")
        }
        if paths.isEmpty, !InputCollector.defaultFolders.contains(where: { FileManager.default.fileExists(atPath: $0) }) {
            throw usageError("""
                there is no kopru.yaml here or in a folder above, and no \(InputCollector.defaultFolders.joined(separator: " or ")) folder: \
                run kopru check in the folder of a publication, name the files or folders to check, or start a \
                publication with `kopru init`
                """)
        }
        try runFiles()
    }

    /// A usage error found while running, printed as one found while parsing is: the message, then
    /// this command's usage; exit status 64.
    func usageError(_ message: String) -> ExitCode {
        Terminal.writeError("Error: \(message)\nUsage: \(KopruCommand.usageString(for: Self.self))\n"
            + "  See 'kopru check --help' for more information.\n")
        return .validationFailure
    }

    /// Checks files and folders: counts per file, pairs of files named by a language token, QA checks.
    func runFiles() throws {
        let progress = Progress(quiet: quiet, label: "reading files", total: 0)
        let outcome = FileCheck(quality: qa).run(paths) { done, total in progress.update(done, total: total) }
        progress.finish()
        if !outcome.foundInputs {
            let kinds = InputCollector.extensions.sorted().map { "." + $0 }.joined(separator: ", ")
            let places = paths.isEmpty ? InputCollector.defaultFolders : paths
            throw usageError("no file to check in \(places.joined(separator: " or ")): Köprü reads \(kinds) files")
        }
        try finish(outcome.report, diagnostics: outcome.diagnostics)
    }

    /// Checks the publication a manifest describes: every contribution's original against its
    /// translation.
    func runPublication() throws {
        let manifestURL = URL(fileURLWithPath: manifest)
        let loadedManifest: Manifest
        switch ManifestLoader.read(manifestURL, displayPath: manifest, named: manifestOptions.explicitPath != nil) {
        case .success(let read): loadedManifest = read
        case .failure(let problem):
            // Every format still reports: a CI script's JSON parser gets one object with the finding.
            let report = CheckReport(files: [], diagnostics: [problem.diagnostic], unreadableInputs: 1)
            try finish(report, diagnostics: [problem.diagnostic], minimum: minComplete ?? 100)
            return
        }
        let base = manifestURL.deletingLastPathComponent()
        let check = PublicationCheck(manifest: loadedManifest, base: base, quality: qa)
        let progress = Progress(quiet: quiet, label: "reading contributions", total: loadedManifest.contributions.count)
        let outcome: PublicationCheck.Outcome
        if accept.isEmpty {
            let lock = try ProjectAccess.readLock(base)
            outcome = check.run(lock: lock) { done, _ in progress.update(done) }
        } else {
            // --accept changes kopru.lock: the library takes the project's write lock, one writer at a time.
            let acceptance: LoadedPublication.Acceptance = accept == ["all"] ? .all : .named(Set(accept))
            outcome = try ProjectAccess.reporting {
                try check.run(accepting: acceptance) { done, _ in progress.update(done) }
            }
        }
        progress.finish()
        if let accepted = outcome.acceptance {
            if !accepted.unknownNames.isEmpty {
                throw usageError("--accept names \(accepted.unknownNames.map { "\"\($0)\"" }.joined(separator: ", ")), which \(accepted.unknownNames.count == 1 ? "is" : "are") no block or contribution of the publication; name block ids (such as osn-p1), contribution ids, or all")
            }
            Terminal.writeError("kopru.lock: \(accepted.confirmed.count) translated block\(accepted.confirmed.count == 1 ? "" : "s") confirmed\n")
            if !accepted.leftOutdated.isEmpty {
                Terminal.writeError("kopru.lock: left outdated, because the translation has not changed since the original did: \(accepted.leftOutdated.joined(separator: ", "))\n    update the translation, or confirm it as it is with `kopru check --accept \(accepted.leftOutdated.map { String($0.split(separator: "#").last ?? "") }.joined(separator: " "))`\n")
            }
            if !accepted.untranslated.isEmpty {
                Terminal.writeError("kopru.lock: not confirmed, because there is no translation yet: \(accepted.untranslated.joined(separator: ", "))\n    translate it first (in the translation file, or export it with `kopru export-missing`, translate it and `kopru import` it), then confirm it with `kopru check --accept \(accepted.untranslated.map { String($0.split(separator: "#").last ?? "") }.joined(separator: " "))`\n")
            }
            Terminal.writeError(Self.xliffLines(accepted))
        }
        let gaps = CheckReportPage.Contribution.all(of: outcome.publication)
        try finish(outcome.report, diagnostics: outcome.diagnostics,
            minimum: minComplete ?? loadedManifest.check.minimumComplete ?? 100,
            title: loadedManifest.metadata.title.german, gaps: gaps)
    }

    /// What `--accept` tells about blocks of XLIFF translations, which the XLIFF file confirms and kopru.lock
    /// cannot: never to name them in `--accept`, but what to do in the XLIFF file, or that their unit
    /// already confirms them.
    static func xliffLines(_ accepted: LoadedPublication.AcceptanceResult) -> String {
        var text = xliffLines(accepted.decidedByXLIFF)
        if !accepted.keptInXLIFF.isEmpty {
            let list = accepted.keptInXLIFF.map { "\($0.contribution) (\($0.path))" }.joined(separator: ", ")
            text += "kopru.lock: nothing recorded for translations kept in XLIFF, whose units' sources and states decide: \(list)\n"
        }
        if !accepted.removedXLIFFKeys.isEmpty {
            let count = accepted.removedXLIFFKeys.count
            text += "kopru.lock: \(count) earlier record\(count == 1 ? "" : "s") of translations kept in XLIFF removed, since their units decide\n"
        }
        return text
    }

    /// The lines for the listed blocks, by how they stand.
    static func xliffLines(_ blocks: [LoadedPublication.XLIFFBlock]) -> String {
        // The blocks of each XLIFF file, then the file: `07-x#x-p1, 07-x#x-p2 (Sources-de/07-x.xlf)`.
        func list(_ blocks: [LoadedPublication.XLIFFBlock]) -> String {
            var paths: [String] = []
            for block in blocks where !paths.contains(block.path) { paths.append(block.path) }
            return paths.map { path in
                blocks.filter { $0.path == path }.map(\.block).joined(separator: ", ") + " (\(path))"
            }.joined(separator: ", ")
        }
        var text = ""
        let outdated = blocks.filter { $0.status == .outdated }
        if !outdated.isEmpty {
            text += "kopru.lock: left outdated, because the translation is kept in XLIFF, where the unit's source says which original it was made from and kopru.lock cannot confirm it: \(list(outdated))\n"
            text += "    update the unit in the translation tool so that its source is the current original, or export it with `kopru export-missing`, translate it and `kopru import` it\n"
        }
        let confirmed = blocks.filter { $0.status == .current }
        if !confirmed.isEmpty {
            text += "kopru.lock: not recorded, because the translation is kept in XLIFF and is already confirmed by its unit (state translated or final): \(list(confirmed))\n"
        }
        let untranslated = blocks.filter { $0.status.hasNoTranslation }
        if !untranslated.isEmpty {
            text += "kopru.lock: not confirmed, because there is no translation yet in the XLIFF file: \(list(untranslated))\n"
            text += "    translate the unit in the translation tool (state translated or final), or export it with `kopru export-missing`, translate it and `kopru import` it\n"
        }
        let others = blocks.filter { $0.status == .needsReview }
        if !others.isEmpty {
            text += "kopru.lock: not recorded, because the translation is kept in XLIFF, where the unit's state confirms it: \(list(others))\n"
            text += "    a unit with the state translated or final is confirmed: set it in the translation tool, or `kopru import` the returned file\n"
        }
        return text
    }

    func finish(_ report: CheckReport, diagnostics: [Diagnostic], minimum: Double? = nil, title: String? = nil,
        gaps: [CheckReportPage.Contribution] = []) throws
    {
        var report = report
        report.applyGate(minimum: minimum ?? minComplete ?? 100, warningsAsErrors: warningsAsErrors)
        if format != .github { DiagnosticPrinter().print(quiet ? diagnostics.filter { $0.severity == .error } : diagnostics) }
        switch format {
        case .json:
            // The encoded bytes are written as they are, with one newline: no string copies of a large report.
            var data = try report.jsonData()
            data.append(0x0A)
            try emit(data)
        case .sarif:
            var data = try report.sarif(catalog: DiagnosticCodes.all, version: KopruCommand.version)
            data.append(0x0A)
            try emit(data)
        case .html:
            let page = CheckReportPage(title: title ?? paths.joined(separator: ", ")).render(report, contributions: gaps)
            try emit(Data(page.utf8))
        case .github:
            Terminal.writeOutput(report.workflowAnnotations())
            Terminal.writeOutput(CheckTextRenderer(useColour: false).render(report))
        case .text:
            if !diagnostics.isEmpty && !quiet { Terminal.writeError("\n") }
            Terminal.writeOutput(CheckTextRenderer(useColour: Terminal.isTerminal(STDOUT_FILENO), verbose: verbose).render(report))
        }
        switch CheckVerdict(report: report, diagnostics: diagnostics, warningsAsErrors: warningsAsErrors) {
        case .passed: throw ExitCode.success
        case .findings: throw ExitCode.findings
        case .unreadable: throw ExitCode.unreadableInput
        }
    }

    /// Whether `url` is a JSON or SARIF report `kopru check` wrote: a regular file of at most 64 MiB whose
    /// top-level `generator` is ``CheckReport/generatorName``, or whose first run's tool is Köprü. Any other
    /// JSON (one with the same keys, or a `"name": "Köprü"` of its own) is the user's and is not overwritten.
    static func isJSONReport(_ url: URL) -> Bool {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
            attributes[.type] as? FileAttributeType == .typeRegular,
            let size = attributes[.size] as? Int, size <= 64 << 20,
            let data = try? Data(contentsOf: url),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return false }
        if object["generator"] as? String == CheckReport.generatorName { return true }
        let runs = object["runs"] as? [[String: Any]]
        let driver = (runs?.first?["tool"] as? [String: Any])?["driver"] as? [String: Any]
        return object["version"] as? String == "2.1.0" && driver?["name"] as? String == "Köprü"
    }

    /// Writes a report to --output (only a new file or one Köprü wrote), or to standard output.
    func emit(_ data: Data) throws {
        guard let outputFile else {
            Terminal.writeOutput(data)
            return
        }
        let url = URL(fileURLWithPath: outputFile)
        let ours = FileHead.text(of: url, count: 4096).map {
            $0.contains("<meta name=\"generator\" content=\"\(CheckReport.generatorName)\">")
                || ($0.hasPrefix("{") && Self.isJSONReport(url))
        } ?? false
        let manifestURL = URL(fileURLWithPath: manifest)
        // Through the manifest loader, which reads only a regular file (a named pipe would wait for ever).
        let places = (try? ManifestLoader.read(manifestURL, displayPath: manifest).get())
            .map { $0.protectedPlaces(base: manifestURL.deletingLastPathComponent(), manifestURL: manifestURL) }
            ?? ProtectedPlaces(project: URL(fileURLWithPath: FileManager.default.currentDirectoryPath), manifest: nil, sources: [])
        try ProjectAccess.reporting {
            // `check` has no --force: a file it did not write is never overwritten.
            try places.checkWritableFile(url, displayPath: outputFile, force: nil, writtenByKopru: ours)
            try AtomicFile.write(data, to: url, displayPath: outputFile)
        }
        Terminal.writeError("wrote \(outputFile)\n")
    }
}
