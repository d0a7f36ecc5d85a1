import Alignment
import ArgumentParser
import Assembly
import Foundation
import PublicationCore

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

            Exit status: 0 built; 1 refused by --strict; 2 an input or the PDF engine failed; 64 usage.
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

    @Option(help: ArgumentHelp("The manifest.", valueName: "FILE"))
    var manifest = "kopru.yaml"

    @Option(help: ArgumentHelp("The edition: reader (no review marks, a quiet line where a translation is missing) or editor (every mark) (default: the manifest's editor-marks).",
        valueName: "EDITION"))
    var edition: Edition?

    @Flag(help: "Refuse to build when the volume is less complete than --min-complete.")
    var strict = false

    @Option(name: .customLong("min-complete"),
        help: ArgumentHelp("With --strict: the required percentage of translated segments (default: the manifest's check.min-complete).",
            valueName: "PCT"))
    var minComplete: Double?

    @Flag(help: "Do not show progress on the terminal.")
    var quiet = false

    func validate() throws {
        if let layout, PublicationLayout(rawValue: layout) == nil {
            throw ValidationError("unknown layout \"\(layout)\"; use parallel, interleaved, sequential or sequential-volumes")
        }
        if let minComplete, !(0...100).contains(minComplete) {
            throw ValidationError("--min-complete must be a percentage between 0 and 100, not \(minComplete)")
        }
        for format in requestedFormats where Manifest.OutputFormat(rawValue: format) == nil {
            throw ValidationError("unknown format \"\(format)\" in --to; use html, pdf or epub, separated by commas")
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
            Terminal.writeError("error: \(manifest) not found [manifest.unreadable]\n    run kopru build in the folder of the publication's kopru.yaml, or name it with --manifest\n")
            throw ExitCode.unreadableInput
        }
        var loadedManifest = try ManifestLoader.load(manifestURL, displayPath: manifest)
        let base = manifestURL.deletingLastPathComponent()
        if !requestedFormats.isEmpty {
            loadedManifest.outputs = requestedFormats.compactMap(Manifest.OutputFormat.init(rawValue:))
        }
        let chosenLayout = layout.flatMap(PublicationLayout.init(rawValue:)) ?? loadedManifest.layout
        let lock = (try? LockFile.read(from: base.appendingPathComponent("kopru.lock"))) ?? LockFile()
        let progress = Progress(quiet: quiet, label: "reading contributions", total: loadedManifest.contributions.count)
        let loaded = PublicationLoader().load(loadedManifest, relativeTo: base, lock: lock) { done, _ in
            progress.update(done)
        }
        progress.finish()
        DiagnosticPrinter().print(loaded.diagnostics)
        let unreadable = loaded.diagnostics.contains { $0.severity == .error }

        let segments = loaded.contributions.reduce(0) { $0 + $1.alignment.counts.segments }
        let translated = loaded.contributions.reduce(0) { $0 + $1.alignment.counts.translated }
        let complete = segments == 0 ? 1 : Double(translated) / Double(segments)
        if strict {
            let required = minComplete ?? loadedManifest.check.minimumComplete ?? 100
            if complete * 100 < required - 1e-9 {
                var message = "refusing to build: the volume is \(CheckTextRenderer.percent(complete)) translated, below the required \(Self.format(required)) %\n"
                let holding = loaded.contributions.filter { $0.alignment.counts.complete < 1 }
                    .sorted { $0.alignment.counts.complete < $1.alignment.counts.complete }
                for contribution in holding {
                    let counts = contribution.alignment.counts
                    message += "    \(contribution.id): \(CheckTextRenderer.percent(counts.complete)) (\(counts.missing) missing, \(counts.needsReview) to review, \(counts.outdated) outdated)\n"
                }
                Terminal.writeError(message)
                throw ExitCode.findings
            }
        }

        var options = loadedManifest.writerOptions
        options.resourceDirectory = base
        if let edition { options.edition = edition.value }
        let writers: [any PublicationWriter] = loadedManifest.outputs.map { format -> any PublicationWriter in
            switch format {
            case .html: HTMLWriter(options: options)
            case .pdf: PDFWriter(options: options)
            case .epub: EPUBWriter(options: options)
            }
        }
        let outputFolder = URL(fileURLWithPath: out ?? loadedManifest.output, relativeTo: base).standardizedFileURL
        do {
            try PublicationOutput(destination: outputFolder).build { folder in
                for (writer, format) in zip(writers, loadedManifest.outputs) {
                    progress.show("writing \(format.rawValue)…")
                    try writer.write(loaded.publication, layout: chosenLayout, to: folder)
                }
            }
        } catch {
            progress.finish()
            Terminal.writeError("error: the publication could not be written: \(error) [build.failed]\n    the previous contents of \(out ?? loadedManifest.output) are unchanged\n")
            throw ExitCode.unreadableInput
        }
        progress.finish()
        let written = (try? FileManager.default.contentsOfDirectory(atPath: outputFolder.path))?.sorted() ?? []
        var summary = "built \(loaded.contributions.count) contributions (\(CheckTextRenderer.percent(complete)) translated, layout \(chosenLayout.rawValue)) in \(String(format: "%.1f", Date().timeIntervalSince(started))) s:\n"
        for name in written {
            let path = outputFolder.appendingPathComponent(name).path
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
            summary += "    \(out ?? loadedManifest.output)/\(name)" + (size.map { "  \(Self.bytes($0))" } ?? "") + "\n"
        }
        Terminal.writeOutput(summary)
        if unreadable { throw ExitCode.unreadableInput }
    }

    static func format(_ value: Double) -> String {
        value.rounded() == value ? "\(Int(value))" : String(format: "%.1f", value)
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
