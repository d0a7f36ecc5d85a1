import Alignment
import ArgumentParser
import Foundation
import FormatReaders
import PublicationCore

/// `kopru check`: completeness counts and findings for files, folders or the publication.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report translation completeness and problems of XLIFF and DocBook files.",
        discussion: """
            Reads every file given (folders are searched for .xml, .xlf and .xliff files; with no path, \
            Sources-de/ and Sources-tr/ of the publication in the current folder) and prints, per file, the \
            units, segments, translated, needs-review, untranslated, empty and missing segments, the source \
            words and the states as written. Problems are printed on standard error as \
            FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE].

            Exit status: 0 when everything was read and is complete (at least --min-complete percent), \
            1 when something is incomplete or an error finding exists, 2 when some input could not be \
            read (not XML, malformed, invalid XLIFF), 64 for a usage error.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Files or folders to check (default: Sources-de and Sources-tr).")
    var paths: [String] = []

    @Option(help: "Output format: text (tables) or json (one object on standard output).")
    var format: Format = .text

    @Option(name: .customLong("min-complete"), help: ArgumentHelp(
        "The percentage of translated segments below which the check fails (0–100).", valueName: "PCT"))
    var minComplete: Double = 100

    @Flag(help: "Treat warnings as errors for the exit status.")
    var warningsAsErrors = false

    @Flag(help: "Do not show progress on the terminal.")
    var quiet = false

    func validate() throws {
        guard (0...100).contains(minComplete) else {
            throw ValidationError("--min-complete must be a percentage between 0 and 100, not \(minComplete)")
        }
    }

    func run() throws {
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
        let progress = Progress(enabled: !quiet && Terminal.isTerminal(STDERR_FILENO), total: inputs.count)
        let loaded = FileBatchReader().read(inputs.map { ($0.url, $0.displayPath) }) { done in
            progress.update(done)
        }
        progress.finish()
        var entries: [CheckReport.FileEntry] = []
        for document in loaded {
            diagnostics.append(contentsOf: document.diagnostics)
            entries.append(CheckReport.FileEntry(document.statistics, readable: document.isReadable))
        }
        let report = CheckReport(files: entries, diagnostics: diagnostics)
        DiagnosticPrinter().print(diagnostics)
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(report)
            Terminal.writeOutput(String(decoding: data, as: UTF8.self) + "\n")
        case .text:
            if !diagnostics.isEmpty { Terminal.writeError("\n") }
            Terminal.writeOutput(CheckTextRenderer(useColour: Terminal.isTerminal(STDOUT_FILENO)).render(report))
        }
        throw ExitCode(exitStatus(report: report, diagnostics: diagnostics))
    }

    func exitStatus(report: CheckReport, diagnostics: [Diagnostic]) -> Int32 {
        if report.summary.unreadableFiles > 0 || diagnostics.contains(where: { $0.code.rawValue == "input.unreadable" }) {
            return ExitCode.unreadableInput.rawValue
        }
        if report.summary.errors > 0 { return ExitCode.unreadableInput.rawValue }
        if warningsAsErrors && report.summary.warnings > 0 { return ExitCode.findings.rawValue }
        let bilingual = report.files.filter { $0.targetLanguage != nil || $0.format != "docbook5" }
        let segments = bilingual.reduce(0) { $0 + $1.segments }
        let translated = bilingual.reduce(0) { $0 + $1.translated }
        let complete = segments == 0 ? 1.0 : Double(translated) / Double(segments)
        if complete * 100 < minComplete - 1e-9 { return ExitCode.findings.rawValue }
        return 0
    }
}
