import ArgumentParser
import Assembly
import Foundation
import Pairing
import Project
import PublicationCore
import QualityChecks

/// `kopru build`: the bilingual publication as HTML, PDF and EPUB.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the bilingual publication described by kopru.yaml (HTML, PDF, EPUB).",
        discussion: """
            Reads the manifest, pairs every contribution's original with its translation, and writes the \
            volume into the output folder (Output/ unless the manifest or --out says otherwise). The build \
            writes into a temporary folder and replaces the output folder only when every format was \
            written, so a failed or interrupted build leaves the previous publication intact.

            --edition reader (what `make publication` builds) shows no review marks, and where a translation \
            is missing one quiet line in the reader's language. --edition editor marks every outdated and \
            unconfirmed translation, says what changed, and frames each missing translation ("Übersetzung \
            folgt" / "Çeviri hazırlanıyor"), in the sequential layouts with the original text when the \
            manifest says `missing-translation: original`. Without --edition the manifest's `editor-marks` decides. With --strict the build refuses a volume that is less complete than --min-complete (or the \
            manifest's check.min-complete) and names the contributions that hold it back.

            The output folder must be Köprü's: a new or empty folder, or one an earlier build wrote (it holds \
            a .kopru-output marker listing what was written). The build refuses the project folder, a folder \
            above it, a folder holding kopru.yaml or a source, an existing file, and a folder holding anything \
            Köprü did not write (--force replaces such a folder, never a protected one). When an input cannot \
            be read, nothing is written. Ctrl-C ends the PDF engine and removes the temporary folder. See \
            docs/safety.md.

            With an EPUB, the PDF is written first, and the EPUB gets a page list with the PDF's page \
            numbers. An EPUB built without the PDF has no page list unless --page-list is given, which lays \
            out the print edition for it (as long as writing the PDF takes); a note says when the EPUB has none.

            Exit status: 0 built; 1 refused by --strict; 2 an input could not be read or the PDF engine failed \
            (nothing written); 64 usage; 73 the output folder is not Köprü's to replace; 74 the output cannot \
            be written (disk full, read-only); 75 another kopru process is changing the project; 130/143 \
            interrupted.
            """
    )

    @Option(help: ArgumentHelp("Layout: parallel, interleaved, sequential or sequential-volumes (default: the manifest's).",
        valueName: "LAYOUT"))
    var layout: String?

    @Option(name: .customLong("to"), parsing: .singleValue,
        help: ArgumentHelp("Formats to write, comma-separated: html, pdf, epub (default: the manifest's outputs).",
            valueName: "FORMATS"))
    var formats: [String] = []

    @Option(help: ArgumentHelp("The output folder (default: the manifest's, usually Output).", valueName: "DIR"))
    var out: String?

    @OptionGroup var manifestOptions: ManifestOptions

    /// The manifest: --manifest, or the nearest kopru.yaml.
    var manifest: String { manifestOptions.path }

    @Option(help: ArgumentHelp("The edition: reader (no review marks, a quiet line where a translation is missing) or editor (every mark) (default: the manifest's editor-marks).",
        valueName: "EDITION"))
    var edition: Edition?

    @Flag(help: "Refuse to build when the volume is less complete than --min-complete.")
    var strict = false

    @Option(name: .customLong("min-complete"),
        help: ArgumentHelp("With --strict: the required percentage of translated segments (default: the manifest's check.min-complete).",
            valueName: "PCT"), transform: ManifestOptions.percentage)
    var minComplete: Double?

    @Flag(help: "With --to epub but no pdf: lay out the print edition anyway, so that the EPUB gets a page list (runs the PDF engine).")
    var pageList = false

    @Flag(help: "Do not show progress on the terminal, nor the count of warnings.")
    var quiet = false

    @Flag(help: "Print every warning about the translations, as `kopru check` does.")
    var verbose = false

    @Flag(help: "Replace an output folder that holds files Köprü did not write (never the project, a source or a folder holding one).")
    var force = false

    func validate() throws {
        if let layout, PublicationLayout(rawValue: layout) == nil {
            throw ValidationError("unknown layout \"\(layout)\"; use parallel, interleaved, sequential or sequential-volumes")
        }
        for format in requestedFormats where Manifest.OutputFormat(rawValue: format) == nil {
            throw ValidationError("unknown format \"\(format)\" in --to; use html, pdf or epub, separated by commas")
        }
        if !formats.isEmpty && requestedFormats.isEmpty {
            throw ValidationError("--to names no format; use html, pdf or epub, separated by commas (without --to: the manifest's outputs)")
        }
    }

    var requestedFormats: [String] {
        formats.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() } }
            .filter { !$0.isEmpty }
    }

    func run() throws {
        let started = Date()
        let manifestURL = URL(fileURLWithPath: manifest)
        guard FileManager.default.fileExists(atPath: manifestURL.path) else {
            DiagnosticPrinter().print([Diagnostic(ProjectDiagnostics.manifestUnreadable, "\(manifest) not found",
                remedy: "run kopru build in the folder of the publication's kopru.yaml, or name it with --manifest")])
            throw ExitCode.unreadableInput
        }
        var loadedManifest = try ManifestLoader.load(manifestURL, displayPath: manifest)
        let base = manifestURL.deletingLastPathComponent()
        if !requestedFormats.isEmpty {
            loadedManifest.outputs = requestedFormats.compactMap(Manifest.OutputFormat.init(rawValue:))
        }
        let chosenLayout = layout.flatMap(PublicationLayout.init(rawValue:)) ?? loadedManifest.layout
        let outputPath = out ?? loadedManifest.output
        let outputFolder = URL(fileURLWithPath: outputPath, relativeTo: base).standardizedFileURL
        let output = PublicationOutput(destination: outputFolder, displayPath: outputPath,
            places: loadedManifest.protectedPlaces(base: base, manifestURL: manifestURL), force: force)
        do {
            try output.check()  // before anything is written, the lock file included
        } catch {
            throw ProjectAccess.fail(error)
        }
        let projectLock = try ProjectAccess.lock(base, purpose: "kopru build")
        defer { projectLock.release() }
        ProjectAccess.noteRemoved(FolderReplacement.removeLeftovers(beside: outputFolder),
            in: outputPath.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/"))
        let lock = try ProjectAccess.readLock(base)
        let progress = Progress(quiet: quiet, label: "reading contributions", total: loadedManifest.contributions.count)
        let loaded = PublicationLoader().load(loadedManifest, relativeTo: base, lock: lock) { done, _ in
            progress.update(done)
        }
        progress.finish()
        // The glossary is an input of the publication's checks: unreadable, it fails build as it fails check.
        let diagnostics = loaded.diagnostics + loadedManifest.glossary(relativeTo: base).1.filter { $0.severity == .error }
        if verbose {
            DiagnosticPrinter().print(diagnostics)
        } else {
            DiagnosticPrinter().print(diagnostics.filter { $0.severity == .error })
            let warnings = diagnostics.filter { $0.severity == .warning }.count
            if warnings > 0, !quiet {
                Terminal.writeError("\(warnings) warning\(warnings == 1 ? "" : "s") about missing, unconfirmed or outdated translations; `kopru check` lists them (or `kopru build --verbose`)\n")
            }
        }
        let unreadable = diagnostics.filter { $0.severity == .error }
        if !unreadable.isEmpty {
            let files = Array(Set(unreadable.compactMap { $0.location?.file })).sorted()
            let named = files.isEmpty ? "" : ": " + files.prefix(5).joined(separator: ", ") + (files.count > 5 ? " and \(files.count - 5) more" : "")
            DiagnosticPrinter().print([Diagnostic(ProjectDiagnostics.buildInputUnreadable,
                "the publication was not written because \(files.count == 1 ? "an input" : "\(max(files.count, 1)) inputs") could not be read\(named)",
                remedy: "repair the file\(files.count == 1 ? "" : "s") above (`kopru check` lists the problems); \(outputPath) is unchanged")])
            throw ExitCode.unreadableInput
        }

        if strict, let gate = loaded.completenessGate(minimum: minComplete ?? loadedManifest.check.minimumComplete ?? 100),
            !gate.passed
        {
            // The gate of `kopru check`, with the same rule for the volume and for each contribution.
            var message = "refusing to build: gate failed: \(gate.reason ?? "")\n"
            let counts = Dictionary(loaded.contributions.map { ($0.id, $0.alignment.counts) }, uniquingKeysWith: { first, _ in first })
            for shortfall in gate.holdingBack {
                guard let count = counts[shortfall.id] else { continue }
                message += "    \(shortfall.id): \(CheckTextRenderer.percent(count.complete)) (\(count.missing) missing, \(count.needsReview) to review, \(count.outdated) outdated)\n"
            }
            Terminal.writeError(message)
            throw ExitCode.findings
        }

        var options = loadedManifest.writerOptions
        options.resourceDirectory = base
        if let edition { options.edition = edition.value }
        let writers = loadedManifest.writers(options: options)
        var pageListOutcome = WriterSequence.Outcome.noBook
        var writerProblems: [Diagnostic] = []
        do {
            try output.build { folder in
                pageListOutcome = try WriterSequence(writers: writers, laysOutPrintEdition: pageList).write(loaded.publication, layout: chosenLayout, to: folder,
                    progress: { progress.show("writing \($0)…") },
                    problems: { writerProblems += $0 })
            }
        } catch let error as ProjectError {
            progress.finish()
            throw ProjectAccess.fail(error)
        } catch {
            Interruption.waitIfInterrupting()  // the writer failed because the handler removed its folder
            progress.finish()
            DiagnosticPrinter().print([Diagnostic(ProjectDiagnostics.buildFailed, "the publication could not be written: \(error)",
                remedy: "the previous contents of \(outputPath) are unchanged; repair the cause above and build again")])
            throw ExitCode.unreadableInput
        }
        progress.finish()
        if !quiet { DiagnosticPrinter().print(writerProblems) }
        if case .unavailable(let reason) = pageListOutcome, !quiet {
            DiagnosticPrinter().print([Diagnostic(AssemblyDiagnostics.noPageList,
                pageList
                    ? "the EPUB has no page list, because the print edition could not be laid out: \(reason.split(separator: "\n").first ?? "")"
                    : "the EPUB has no page list, because the PDF was not built",
                remedy: pageList ? nil : "build the PDF with it (`--to pdf,epub`), or add --page-list to lay out the print edition for the EPUB alone")])
        }
        let written = ((try? FileManager.default.contentsOfDirectory(atPath: outputFolder.path))?.sorted() ?? [])
            .filter { $0 != OutputMarker.fileName }
        let complete = loaded.complete
        var summary = "built \(loaded.contributions.count) contribution\(loaded.contributions.count == 1 ? "" : "s") (\(CheckTextRenderer.percent(complete)) translated, layout \(chosenLayout.rawValue)) in \(String(format: "%.1f", Date().timeIntervalSince(started))) s:\n"
        for name in written {
            let path = outputFolder.appendingPathComponent(name).path
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
            summary += "    \(outputPath)/\(name)" + (size.map { "  \(Self.bytes($0))" } ?? "") + "\n"
        }
        Terminal.writeOutput(summary)
    }

    static func bytes(_ count: Int) -> String {
        count < 1024 ? "\(count) B" : count < 1_048_576 ? "\(count / 1024) KiB" : String(format: "%.1f MiB", Double(count) / 1_048_576)
    }
}

extension BuildCommand {
    /// The values of `--edition`.
    enum Edition: String, ExpressibleByArgument, CaseIterable {
        case reader, editor

        var value: PublicationEdition { self == .reader ? .reader : .editor }
    }
}
