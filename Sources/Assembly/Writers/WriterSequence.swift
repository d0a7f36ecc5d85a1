public import Foundation
public import PublicationCore

/// Runs the writers of one build so that the EPUB gets the print edition's page list.
///
/// The PDF writer runs before the EPUB writer and reports where its pages begin
/// (``PDFWriter/writeReportingPages(_:layout:to:)``); the EPUB writer then marks the same pages. A PDF
/// built without an EPUB is written without a page map. When the build writes an EPUB but no PDF, the
/// print edition is laid out for it only when ``laysOutPrintEdition`` asks (it costs as much as the
/// PDF; the PDF is not kept); otherwise, or when the PDF engine is not installed, the EPUB is written
/// without a page list, and ``Outcome/unavailable(_:)`` says why.
///
/// ```swift
/// let outcome = try WriterSequence(writers: [HTMLWriter(), EPUBWriter(), PDFWriter()])
///     .write(publication, layout: .parallel, to: folder)
/// // the PDF is written before the EPUB; outcome == .fromPDF(pages)
/// ```
public struct WriterSequence: Sendable {
    /// What the EPUB's page list came from.
    public enum Outcome: Hashable, Sendable {
        /// No EPUB was written.
        case noBook
        /// From the PDF written in the same build.
        case fromPDF(PrintPageMap)
        /// From a layout of the print edition made for the EPUB alone.
        case fromLayout(PrintPageMap)
        /// The EPUB has no page list; the reason, such as the engine's error.
        case unavailable(String)
    }

    /// The writers, in the order they were given (the PDF's is moved before the EPUB's).
    public var writers: [any PublicationWriter]
    /// Whether an EPUB built without a PDF lays out the print edition for its page list.
    public var laysOutPrintEdition: Bool

    /// Creates a sequence of writers.
    public init(writers: [any PublicationWriter], laysOutPrintEdition: Bool = false) {
        self.writers = writers
        self.laysOutPrintEdition = laysOutPrintEdition
    }

    /// The writers in the order they run: as given, except that a PDF writer comes before the first EPUB writer.
    public var ordered: [any PublicationWriter] {
        guard let pdf = writers.firstIndex(where: { $0 is PDFWriter }),
            let epub = writers.firstIndex(where: { $0 is EPUBWriter }), pdf > epub
        else { return writers }
        var result = writers
        let writer = result.remove(at: pdf)
        result.insert(writer, at: epub)
        return result
    }

    /// Runs every writer into `folder`.
    ///
    /// - Parameters:
    ///   - progress: called with each writer's file name before it runs.
    ///   - problems: called with what the writers report (``PublicationWriter/write(_:layout:to:)``), each
    ///     problem once however many writers report it.
    /// - Returns: where the EPUB's page list came from.
    /// - Throws: the first writer's error.
    @discardableResult
    public func write(
        _ publication: BilingualPublication, layout: PublicationLayout, to folder: URL,
        progress: (String) -> Void = { _ in }, problems: ([Diagnostic]) -> Void = { _ in }
    ) throws -> Outcome {
        var pages: PrintPageMap?
        var outcome = Outcome.noBook
        // Every writer reports the same missing image: each problem is passed on once.
        var reported = Set<Diagnostic>()
        func report(_ found: [Diagnostic]) {
            let new = found.filter { reported.insert($0).inserted }
            if !new.isEmpty { problems(new) }
        }
        // The engine reports where pages begin only when an EPUB will mark them.
        let needsPages = writers.contains { $0 is EPUBWriter }
        for writer in ordered {
            progress(writer.fileName)
            switch writer {
            case let pdf as PDFWriter where needsPages:
                pages = try pdf.writeReportingPages(publication, layout: layout, to: folder)
                report(ImageResource.problems(in: publication, directory: pdf.options.resourceDirectory))
            case let pdf as PDFWriter:
                report(try pdf.write(publication, layout: layout, to: folder))
            case var epub as EPUBWriter:
                if let pages {
                    outcome = .fromPDF(pages)
                } else if laysOutPrintEdition {
                    do {
                        pages = try PDFWriter(options: epub.options).pageMap(for: publication, layout: layout, scratch: folder)
                        outcome = pages.map(Outcome.fromLayout) ?? .unavailable("no page map")
                    } catch {
                        let reason = "\(error)"
                        outcome = .unavailable(reason.hasPrefix("error: ") ? String(reason.dropFirst(7)) : reason)
                    }
                } else {
                    outcome = .unavailable("the print edition was not laid out")
                }
                epub.pageMap = epub.pageMap ?? pages
                report(try epub.write(publication, layout: layout, to: folder))
            default:
                report(try writer.write(publication, layout: layout, to: folder))
            }
        }
        return outcome
    }
}
