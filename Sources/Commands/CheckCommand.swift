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
        abstract: "Report translation completeness and problems of XLIFF and DocBook files.",
        discussion: """
            Without a path, in the folder of kopru.yaml, checks the publication: every contribution's \
            original against its translation (DocBook by xml:id or by structure, XLIFF by unit id), with the \
            completeness of each contribution, every missing, unconfirmed, outdated or added block, and the QA \
            checks (docs/checks.md) with the manifest's glossary, severities and suppressions. --accept records \
            the current originals in kopru.lock, so that a later change of an original marks its translation \
            outdated.

            With paths, reads every file given (folders are searched for .xml, .xlf and .xliff files) and prints, \
            per file, the units, segments, translated, needs-review, untranslated, empty and missing segments, the \
            source words and the states as written (docs/state-mapping.md). Files whose names differ only by a \
            language token (x.de.xlf, x.tr.xlf, x.en.xlf) are paired unit by unit through their common source.

            Problems are printed on standard error as FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE] \
            (docs/diagnostics.md lists the codes).

            Exit status: 0 when everything was read and is complete (at least --min-complete percent) with no \
            error finding; 1 when something is incomplete or a QA or pairing finding is an error; 2 when some \
            input could not be read (not XML, malformed, invalid XLIFF, a broken manifest); 64 for a usage error.
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
        valueName: "PCT"))
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

    enum QualityChecks: String, ExpressibleByArgument, CaseIterable {
        case auto, on, off
    }

    @Option(help: ArgumentHelp("""
        The QA checks (numbers, inline codes, quotes, Turkish i, glossary, consistency, …; docs/checks.md): \
        auto runs them on the publication and on files up to 8 MB, on runs them on every file, off skips them.
        """, valueName: "auto|on|off"))
    var qa: QualityChecks = .auto

    /// Files larger than this are only counted unless `--qa on` is given.
    static let automaticQualityLimit = 8_000_000

    @Option(name: .customLong("accept"), parsing: .upToNextOption, help: ArgumentHelp("""
        Confirm translations as they are now, recording their originals in kopru.lock so that a later change \
        of an original marks its translation outdated: the named blocks or contributions (ids), or `all`. \
        `all` leaves an outdated block outdated when its translation has not changed since it was confirmed; \
        name it to confirm it anyway.
        """, valueName: "ID|all"))
    var accept: [String] = []

    func validate() throws {
        if format == .html && outputFile == nil {
            throw ValidationError("--format html writes a page; name it with --output, such as --output report.html")
        }
        if outputFile != nil && [.text, .github].contains(format) {
            throw ValidationError("--output writes a json, sarif or html report; choose one with --format")
        }
        if let minComplete, !(0...100).contains(minComplete) {
            throw ValidationError("--min-complete must be a percentage between 0 and 100, not \(minComplete)")
        }
    }

    func run() throws {
        if paths.isEmpty, FileManager.default.fileExists(atPath: manifest) {
            try runPublication()
            return
        }
        if !accept.isEmpty {
            throw ValidationError("--accept confirms the translations of a publication; run it in the folder of kopru.yaml without paths")
        }
        try runFiles()
    }

    /// Checks files and folders: counts per file, pairs of files named by a language token, QA checks.
    func runFiles() throws {
        var collector = InputCollector()
        let inputs = collector.collect(paths)
        var diagnostics: [Diagnostic] = collector.missing.map {
            Diagnostic(.error, "input.unreadable", "\($0): no such file or folder", remedy: "check the path")
        }
        diagnostics += collector.emptyFolders.map {
            Diagnostic(.warning, "input.empty-folder", "the folder \($0) holds no .xml, .xlf or .xliff file",
                remedy: "check the path; Köprü reads XLIFF (.xlf, .xliff) and DocBook (.xml) files")
        }
        if inputs.isEmpty && collector.missing.isEmpty && collector.emptyFolders.isEmpty {
            throw ValidationError("no .xml, .xlf or .xliff files found in \(paths.isEmpty ? "Sources-de or Sources-tr" : paths.joined(separator: ", "))")
        }
        let progress = Progress(quiet: quiet, label: "reading files", total: inputs.count)
        // Files whose paths differ only by a language token are versions of the same content: their units
        // are kept for pairing. Every other file streams through and is only counted.
        let groups = FileGrouper().group(inputs.map(\.displayPath))
        let indexByPath = Dictionary(inputs.enumerated().map { ($1.displayPath, $0) }, uniquingKeysWith: { first, _ in first })
        let kept = Set(groups.flatMap { $0.members.compactMap { indexByPath[$0.path] } })
        let checks = qa == .off ? nil : CheckRunner()
        let sizes = inputs.map { (try? FileManager.default.attributesOfItem(atPath: $0.url.path)[.size] as? Int) ?? 0 }
        let qualityFiles = Set(inputs.indices.filter { index in
            qa == .on || (qa == .auto && sizes[index] <= Self.automaticQualityLimit)
        })
        for index in inputs.indices where qa == .auto && sizes[index] > Self.automaticQualityLimit {
            diagnostics.append(Diagnostic(.note, "qa.skipped-large-file",
                "the QA checks were not run on this \(sizes[index] / 1_000_000) MB file; its counts are complete",
                remedy: "run `kopru check --qa on` to check every segment of large files too",
                at: SourceLocation(file: inputs[index].displayPath, line: 1, column: 1)))
        }
        let loaded = FileBatchReader().read(inputs.map { ($0.url, $0.displayPath) }, keepingUnitsOf: kept,
            observers: { index in
                CombinedObserver([CompletenessObserver()] + (qualityFiles.contains(index) ? [QualityObserver()] : []))
            }) { done in
            progress.update(done)
        }
        progress.finish()
        var entries: [CheckReport.FileEntry] = []
        for (index, (document, units, findings)) in loaded.enumerated() {
            diagnostics.append(contentsOf: document.diagnostics)
            diagnostics.append(contentsOf: CombinedObserver.listing(findings, units: units, of: document))
            // A file kept for pairing is also checked against its own source (often English), as a
            // translator made it; its German–Turkish pairs through that source are checked below.
            if let checks, let units, kept.contains(index), qualityFiles.contains(index) {
                let statistics = document.statistics
                let pairs = units.flatMap {
                    $0.checkPairs(sourceLanguage: statistics.sourceLanguage, targetLanguage: statistics.targetLanguage)
                }
                diagnostics.append(contentsOf: checks.run(pairs))
            }
            entries.append(CheckReport.FileEntry(document.statistics, readable: document.isReadable))
        }
        var contributions: [CheckReport.ContributionEntry] = []
        for group in groups {
            let sets: [TranslationFileSet] = group.members.compactMap { member in
                // A file with errors (a duplicate id, say) still takes part with the units it has.
                guard let index = indexByPath[member.path], let units = loaded[index].units,
                    let format = loaded[index].document.format, !format.isContribution
                else { return nil }
                let statistics = loaded[index].document.statistics
                return TranslationFileSet(path: member.path, sourceLanguage: statistics.sourceLanguage,
                    targetLanguage: statistics.targetLanguage, units: units)
            }
            guard sets.contains(where: { !$0.isSourceOnly }) else { continue }
            let result = PivotPairer().pair(sets, group: group.key)
            diagnostics.append(contentsOf: result.diagnostics)
            // Each translation was checked against its own source above; the German–Turkish pairs through
            // that source are checked only for what needs both languages.
            if checks != nil { diagnostics.append(contentsOf: CheckRunner(checks: CheckCatalog.pivotChecks()).run(result.pairs)) }
            for language in [LanguageTag.german, .turkish] {
                guard let counts = result.languages[language] else { continue }
                contributions.append(CheckReport.ContributionEntry(
                    id: "\(group.key) → \(language.code)", originLanguage: result.pivotLanguage?.code ?? "?",
                    segments: counts.segments, translated: counts.translated, missing: counts.missing,
                    outdated: counts.outdated, needsReview: counts.needsReview))
            }
        }
        diagnostics = CombinedObserver.withoutRepeats(diagnostics)
        let report = CheckReport(files: entries, contributions: contributions, diagnostics: diagnostics,
            unreadableInputs: collector.missing.count)
        try finish(report, diagnostics: diagnostics)
    }

    /// Checks the publication a manifest describes: every contribution's original against its
    /// translation.
    func runPublication() throws {
        let manifestURL = URL(fileURLWithPath: manifest)
        let loadedManifest: Manifest
        switch ManifestLoader.read(manifestURL, displayPath: manifest) {
        case .success(let read): loadedManifest = read
        case .failure(let problem):
            // Every format still reports: a CI script's JSON parser gets one object with the finding.
            let report = CheckReport(files: [], diagnostics: [problem.diagnostic], unreadableInputs: 1)
            try finish(report, diagnostics: [problem.diagnostic], minimum: minComplete ?? 100)
            return
        }
        let base = manifestURL.deletingLastPathComponent()
        let lockURL = base.appendingPathComponent("kopru.lock")
        // --accept changes kopru.lock: one writer at a time.
        let projectLock = accept.isEmpty ? nil : try ProjectAccess.lock(base, purpose: "kopru check --accept")
        defer { projectLock?.release() }
        let lock: LockFile
        do {
            lock = try LockFile.read(from: lockURL)
        } catch {
            Terminal.writeError("error: \(error.description) [publication.lock]\n    delete kopru.lock and run `kopru check --accept` to write it anew\n")
            throw ExitCode.unreadableInput
        }
        let progress = Progress(quiet: quiet, label: "reading contributions", total: loadedManifest.contributions.count)
        var diagnostics: [Diagnostic] = []
        var loaded = PublicationLoader().load(loadedManifest, relativeTo: base, lock: lock) { done, _ in
            progress.update(done)
        }
        progress.finish()
        if !accept.isEmpty {
            let acceptance: LoadedPublication.Acceptance = accept == ["all"] ? .all : .named(Set(accept))
            let accepted = loaded.accepting(acceptance, into: lock)
            if !accepted.unknownNames.isEmpty {
                throw ValidationError("--accept names \(accepted.unknownNames.map { "\"\($0)\"" }.joined(separator: ", ")), which \(accepted.unknownNames.count == 1 ? "is" : "are") no block or contribution of the publication; name block ids (such as osn-p1), contribution ids, or all")
            }
            do {
                try AtomicFile.write(Data(accepted.lock.text.utf8), to: lockURL, displayPath: "kopru.lock")
            } catch {
                throw ProjectAccess.fail(error)
            }
            Terminal.writeError("kopru.lock: \(accepted.confirmed.count) translated block\(accepted.confirmed.count == 1 ? "" : "s") confirmed\n")
            if !accepted.leftOutdated.isEmpty {
                Terminal.writeError("kopru.lock: left outdated, because the translation has not changed since the original did: \(accepted.leftOutdated.joined(separator: ", "))\n    update the translation, or confirm it as it is with `kopru check --accept \(accepted.leftOutdated.map { String($0.split(separator: "#").last ?? "") }.joined(separator: " "))`\n")
            }
            // Report the publication as it stands with the translations just confirmed.
            loaded = PublicationLoader().load(loadedManifest, relativeTo: base, lock: accepted.lock)
        }
        diagnostics += loaded.diagnostics
        if qa != .off {
            diagnostics += qualityFindings(loaded, manifest: loadedManifest, base: base)
        }
        diagnostics = applySeverities(diagnostics, loadedManifest.check.severities)
        let entries = loaded.files.map { CheckReport.FileEntry($0.statistics, readable: $0.isReadable) }
        let contributions = loaded.contributions.map { result in
            let counts = result.alignment.counts
            return CheckReport.ContributionEntry(id: result.id, originLanguage: result.originalLanguage.code,
                segments: counts.segments, translated: counts.translated, missing: counts.missing,
                outdated: counts.outdated, needsReview: counts.needsReview)
        }
        let report = CheckReport(files: entries, contributions: contributions, diagnostics: diagnostics)
        let gaps = loaded.contributions.map { result in
            CheckReportPage.Contribution(id: result.id, originalLanguage: result.originalLanguage,
                files: [result.originalPath] + (result.translationPath.map { [$0] } ?? []),
                gaps: result.alignment.rows.filter { $0.status != .translated })
        }
        try finish(report, diagnostics: diagnostics, minimum: minComplete ?? loadedManifest.check.minimumComplete ?? 100,
            title: loadedManifest.metadata.title.german, gaps: gaps)
    }

    /// The QA findings of a publication: its pairs, with the manifest's glossary, severities and
    /// suppressions.
    func qualityFindings(_ loaded: LoadedPublication, manifest: Manifest, base: URL) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var severities: [String: String] = [:]
        for (code, setting) in manifest.check.severities where CheckCatalog.codes.contains(code) {
            severities[code.rawValue] = setting.rawValue
        }
        var (configuration, configurationProblems) = CheckConfiguration.parse(severities: severities)
        problems += configurationProblems
        let (suppressions, suppressionProblems) = CheckConfiguration.parse(suppressions: manifest.check.suppressions)
        configuration.suppressions = suppressions
        problems += suppressionProblems
        let (glossary, glossaryProblems) = manifest.glossary(relativeTo: base)
        problems += glossaryProblems
        let runner = CheckRunner(
            checks: CheckCatalog.defaultChecks(glossary: glossary, placeholders: manifest.check.placeholders),
            configuration: configuration)
        return problems + runner.run(loaded.pairs)
    }

    /// Applies the manifest's severity settings to every diagnostic (the QA runner applies them to
    /// its own findings already; this covers the pairing's codes such as align.missing).
    func applySeverities(_ diagnostics: [Diagnostic], _ settings: [DiagnosticCode: Manifest.SeveritySetting]) -> [Diagnostic] {
        guard !settings.isEmpty else { return diagnostics }
        return diagnostics.compactMap { diagnostic in
            guard let setting = settings[diagnostic.code] else { return diagnostic }
            guard let severity = setting.severity else { return nil }
            var changed = diagnostic
            changed.severity = severity
            return changed
        }
    }

    func finish(_ report: CheckReport, diagnostics: [Diagnostic], minimum: Double? = nil, title: String? = nil,
        gaps: [CheckReportPage.Contribution] = []) throws
    {
        var report = report
        report.applyGate(minimum: minimum ?? minComplete ?? 100, warningsAsErrors: warningsAsErrors)
        if format != .github { DiagnosticPrinter().print(quiet ? diagnostics.filter { $0.severity == .error } : diagnostics) }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(report)
            try emit(Data((String(decoding: data, as: UTF8.self) + "\n").utf8))
        case .sarif:
            let data = try report.sarif(catalog: DiagnosticCodes.all, version: KopruCommand.version)
            try emit(Data((String(decoding: data, as: UTF8.self) + "\n").utf8))
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
        throw ExitCode(exitStatus(report: report, diagnostics: diagnostics))
    }

    /// Writes a report to --output (only a new file or one Köprü wrote), or to standard output.
    func emit(_ data: Data) throws {
        guard let outputFile else {
            Terminal.writeOutput(String(decoding: data, as: UTF8.self))
            return
        }
        let url = URL(fileURLWithPath: outputFile)
        let ours = FileHead.text(of: url, count: 4096).map {
            $0.contains("<meta name=\"generator\" content=\"Köprü check report\">") || $0.contains("\"name\" : \"Köprü\"")
                || ($0.hasPrefix("{") && $0.contains("\"contributions\"") && $0.contains("\"findings\""))
        } ?? false
        let manifestURL = URL(fileURLWithPath: manifest)
        let places = (try? Manifest(yaml: String(contentsOf: manifestURL, encoding: .utf8), file: manifest))
            .map { $0.protectedPlaces(base: manifestURL.deletingLastPathComponent(), manifestURL: manifestURL) }
            ?? ProtectedPlaces(project: URL(fileURLWithPath: FileManager.default.currentDirectoryPath), manifest: nil, sources: [])
        try ProjectAccess.reporting {
            try places.checkWritableFile(url, displayPath: outputFile, writtenByKopru: ours)
            try AtomicFile.write(data, to: url, displayPath: outputFile)
        }
        Terminal.writeError("wrote \(outputFile)\n")
    }

    func exitStatus(report: CheckReport, diagnostics: [Diagnostic]) -> Int32 {
        if report.summary.unreadableFiles > 0 || diagnostics.contains(where: { $0.code.rawValue == "input.unreadable" }) {
            return ExitCode.unreadableInput.rawValue
        }
        let findingPrefixes = ["qa.", "align."]
        let readingErrors = diagnostics.filter { diagnostic in
            diagnostic.severity == .error && !findingPrefixes.contains { diagnostic.code.rawValue.hasPrefix($0) }
        }
        if !readingErrors.isEmpty { return ExitCode.unreadableInput.rawValue }
        if report.summary.errors > 0 { return ExitCode.findings.rawValue }
        if warningsAsErrors && report.summary.warnings > 0 { return ExitCode.findings.rawValue }
        if report.gate?.passed == false { return ExitCode.findings.rawValue }
        return 0
    }
}
