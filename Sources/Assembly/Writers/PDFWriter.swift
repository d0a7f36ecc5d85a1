public import Foundation
import Project
public import PublicationCore

/// Writes a publication as PDF through WeasyPrint, an external HTML/CSS print engine.
///
/// The writer builds one HTML page with a print style sheet (A4, margins, page numbers, running heads
/// with the volume and contribution titles, a table of contents with page numbers, PDF bookmarks,
/// DejaVu fonts that carry every German and Turkish letter) and runs `weasyprint` from `PATH` on it.
/// German is hyphenated by the engine (`lang="de"`, `hyphens: auto`); Turkish text gets soft hyphens
/// from ``TurkishHyphenator``, because the engine has no Turkish patterns.
///
/// ```swift
/// try PDFWriter().write(publication, layout: .parallel, to: output)   // output/publication.pdf
/// ```
public struct PDFWriter: PublicationWriter {
    /// Placeholders, editor marks and where images are found.
    public var options: PublicationWriterOptions
    /// The PDF's file name.
    public var fileName: String
    /// The engine's program name or path.
    public var engine: String

    /// Creates a PDF writer.
    public init(
        options: PublicationWriterOptions = PublicationWriterOptions(), fileName: String = "publication.pdf",
        engine: String = "weasyprint"
    ) {
        self.options = options
        self.fileName = fileName
        self.engine = engine
    }

    /// The HTML and CSS handed to the engine.
    public func printDocument(for publication: BilingualPublication, layout: PublicationLayout) -> String {
        let renderer = MarkupRenderer(flavor: .print, options: options) { figure in
            ImageResource.file(for: figure, in: options.resourceDirectory)?.absoluteString
        }
        return PublicationMarkup(renderer: renderer, layout: layout).page(publication, styleSheet: Self.styleSheet)
    }

    public func write(_ publication: BilingualPublication, layout: PublicationLayout, to folder: URL) throws {
        guard let program = Self.locate(engine) else {
            throw PublicationWriterError.engineMissing(program: engine, installCommand: "apt-get install weasyprint")
        }
        // The engine's input lives beside its output (in the build's temporary folder, so an interrupted
        // build leaves nothing in a shared /tmp) and is removed when the engine is done.
        let input = folder.appendingPathComponent(".\(fileName).input.html")
        defer { try? FileManager.default.removeItem(at: input) }
        try Data(printDocument(for: publication, layout: layout).utf8).write(to: input)
        let output = folder.appendingPathComponent(fileName)
        try Self.run(program, arguments: [input.path, output.path])
    }

    /// The engine's full path: `name` itself when it contains a slash, otherwise the first match on `PATH`.
    static func locate(_ name: String) -> URL? {
        let fileManager = FileManager.default
        if name.contains("/") { return fileManager.isExecutableFile(atPath: name) ? URL(fileURLWithPath: name) : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
            if fileManager.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// Runs the engine, keeping its standard error for the error report. The engine is ended with
    /// Köprü, whether Köprü is interrupted or killed (``ChildProcess``).
    static func run(_ program: URL, arguments: [String]) throws {
        let result: ChildProcess.Result
        do {
            result = try ChildProcess.run(program, arguments: arguments)
        } catch {
            throw PublicationWriterError.engineFailed(program: program.lastPathComponent, status: -1,
                standardError: "\(error.localizedDescription)")
        }
        guard result.status == 0 else {
            throw PublicationWriterError.engineFailed(program: program.lastPathComponent, status: result.status,
                standardError: String(decoding: result.standardError, as: UTF8.self))
        }
    }
}
