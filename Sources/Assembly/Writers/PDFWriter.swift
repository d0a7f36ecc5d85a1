public import Foundation
import Project
public import PublicationCore

/// Writes a publication as PDF through WeasyPrint, an external HTML/CSS print engine.
///
/// The writer builds one HTML page with a print style sheet (A4, margins, page numbers, running heads
/// with the volume and contribution titles, a table of contents with page numbers, PDF bookmarks,
/// DejaVu fonts that carry every German and Turkish letter) and runs WeasyPrint on it from the
/// ``PDFEngine``'s virtual environment, as a tagged PDF/UA-1 whose structure elements carry the
/// `/Lang` of their blocks. German is hyphenated by the engine (`lang="de"`, `hyphens: auto`);
/// Turkish text gets soft hyphens from ``TurkishHyphenator``, because the engine has no Turkish patterns.
///
/// ```swift
/// try PDFWriter().write(publication, layout: .parallel, to: output)   // output/publication.pdf
/// ```
public struct PDFWriter: PublicationWriter {
    /// Placeholders, editor marks and where images are found.
    public var options: PublicationWriterOptions
    /// The PDF's file name.
    public var fileName: String
    /// The engine; `nil` to find it with ``PDFEngine/locate(environment:currentDirectory:executable:)`` when writing.
    public var engine: PDFEngine?

    /// Creates a PDF writer.
    public init(
        options: PublicationWriterOptions = PublicationWriterOptions(), fileName: String = "publication.pdf",
        engine: PDFEngine? = nil
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

    @discardableResult
    public func write(_ publication: BilingualPublication, layout: PublicationLayout, to folder: URL) throws -> [Diagnostic] {
        _ = try render(publication, layout: layout, to: folder, reportingPages: false)
        return ImageResource.problems(in: publication, directory: options.resourceDirectory)
    }

    /// Writes the PDF and, when `reportingPages` is set, returns where its pages begin (``PrintPageMap``).
    func render(
        _ publication: BilingualPublication, layout: PublicationLayout, to folder: URL, reportingPages: Bool
    ) throws -> PrintPageMap? {
        let engine = try self.engine ?? PDFEngine.locate().get()
        // The engine's input and script live beside its output, in the build's temporary folder (so an
        // interrupted build leaves nothing in a shared /tmp), and are removed when the engine is done.
        let work = folder.appendingPathComponent(".kopru-pdf-work", isDirectory: true)
        // Not withIntermediateDirectories: a build's temporary folder removed by the interrupt handler
        // must not be made again here.
        if mkdir(work.path, 0o755) != 0, errno != EEXIST {
            throw PublicationWriterError.cannotWrite(path: work.path, reason: String(cString: strerror(errno)))
        }
        defer { try? FileManager.default.removeItem(at: work) }
        let input = work.appendingPathComponent("publication.html")
        try Data(printDocument(for: publication, layout: layout).utf8).write(to: input)
        let script = work.appendingPathComponent("kopru_pdf.py")
        try Data(Self.engineScript.utf8).write(to: script)
        let output = folder.appendingPathComponent(fileName)
        let pageMap = reportingPages ? work.appendingPathComponent("pages.json") : nil
        try Self.runEngine(engine, script: script.path, input: input.path, output: output.path, pageMap: pageMap?.path)
        return try pageMap.map { try Self.readPageMap($0, publication: publication, layout: layout) }
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
