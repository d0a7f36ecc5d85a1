public import Foundation
public import PublicationCore
public import XMLSource

/// Reads any supported file, choosing the reader from the root element, in one streaming pass;
/// Word (.docx) and OpenDocument (.odt) containers are recognised by their first bytes and read part
/// by part.
///
/// ```swift
/// let loaded = DocumentLoader().load(contentsOf: url, displayPath: "Sources-tr/sisli.xlf") { unit in
///     // each TranslationUnit, as it is read
/// }
/// loaded.statistics.translated   // counts
/// loaded.diagnostics             // problems, with file:line:column
/// ```
public struct DocumentLoader: Sendable {
    /// The XML parser's settings.
    public var parserOptions: XMLStreamParser.Options

    /// Creates a loader.
    public init(parserOptions: XMLStreamParser.Options = .init()) {
        self.parserOptions = parserOptions
    }

    /// Reads a file.
    ///
    /// Problems in the file (malformed XML, invalid XLIFF) are diagnostics in the result, never
    /// thrown; a file that cannot be opened at all gives a single error diagnostic too.
    ///
    /// - Parameters:
    ///   - url: the file.
    ///   - displayPath: the path to show in diagnostics.
    ///   - unitSink: receives each translation unit as soon as it is complete.
    /// - Returns: format, counts, diagnostics and, for DocBook, the contribution.
    public func load(
        contentsOf url: URL, displayPath: String, unitSink: ((TranslationUnit) -> Void)? = nil
    ) -> LoadedDocument {
        load(contentsOf: url, displayPath: displayPath) {
            ReadContext(displayPath: displayPath, unitSink: unitSink)
        }
    }

    /// Reads a file building no unit, only a tally of each (``UnitDetail/counts``), handed to `sink`:
    /// the counts and the diagnostics are those of a full read.
    ///
    /// ```swift
    /// let loaded = DocumentLoader().tally(contentsOf: url, displayPath: "04-saarbruecken.xlf") { tally in
    ///     print(tally.id, tally.segments.map(\.state))
    /// }
    /// ```
    public func tally(contentsOf url: URL, displayPath: String, _ sink: ((UnitTally) -> Void)?) -> LoadedDocument {
        load(contentsOf: url, displayPath: displayPath) { ReadContext.tallying(displayPath: displayPath, sink) }
    }

    private func load(contentsOf url: URL, displayPath: String, makeContext: () -> ReadContext) -> LoadedDocument {
        // Word and OpenDocument files are ZIP containers: recognised by their first bytes or name.
        if let office = OfficeDocumentLoader(parserOptions: parserOptions).load(contentsOf: url, displayPath: displayPath) {
            return office
        }
        let context = makeContext()
        let dispatcher = FormatDispatcher(context: context)
        do {
            let result = try XMLStreamParser(options: parserOptions).parse(contentsOf: url, displayPath: displayPath,
                handler: dispatcher)
            return finish(dispatcher, context, result)
        } catch {
            if case .notRegularFile = error {
                context.report(FormatReaderDiagnostics.notAFile, error.description, remedy: error.remedy, line: 1, column: 1)
            } else {
                context.report(FormatReaderDiagnostics.unreadable, error.description, remedy: error.remedy, line: 1, column: 1)
            }
            return LoadedDocument(path: displayPath, statistics: context.statistics, diagnostics: context.diagnostics)
        }
    }

    /// Reads a file and shows every unit to an observer, with the file's languages; the units carry
    /// what the observer reads (its ``UnitObserver/unitDetail``).
    public func load(contentsOf url: URL, displayPath: String, observer: any UnitObserver) -> LoadedDocument {
        load(contentsOf: url, displayPath: displayPath) { ReadContext(displayPath: displayPath, observer: observer) }
    }

    /// Reads a document held in memory (for tests and for callers that already have the bytes).
    public func load(_ data: Data, displayPath: String, unitSink: ((TranslationUnit) -> Void)? = nil) -> LoadedDocument {
        load(data, displayPath: displayPath, context: ReadContext(displayPath: displayPath, unitSink: unitSink))
    }

    /// Reads a document held in memory building a tally of each unit only (``UnitDetail/counts``).
    public func tally(_ data: Data, displayPath: String, _ sink: ((UnitTally) -> Void)?) -> LoadedDocument {
        load(data, displayPath: displayPath, context: ReadContext.tallying(displayPath: displayPath, sink))
    }

    private func load(_ data: Data, displayPath: String, context: ReadContext) -> LoadedDocument {
        if let office = OfficeDocumentLoader(parserOptions: parserOptions).load(data, displayPath: displayPath) {
            return office
        }
        let dispatcher = FormatDispatcher(context: context)
        let result = XMLStreamParser(options: parserOptions).parse(data, displayPath: displayPath, handler: dispatcher)
        return finish(dispatcher, context, result)
    }

    private func finish(_ dispatcher: FormatDispatcher, _ context: ReadContext, _ result: XMLStreamParser.Result)
        -> LoadedDocument
    {
        dispatcher.finish(isWellFormed: result.isWellFormed)
        // Parser diagnostics first (they explain why the format reader may have stopped early).
        let diagnostics = (result.diagnostics + context.diagnostics).sorted { lhs, rhs in
            let left = (lhs.location?.line ?? 0, lhs.location?.column ?? 0)
            let right = (rhs.location?.line ?? 0, rhs.location?.column ?? 0)
            return left < right
        }
        return LoadedDocument(path: context.displayPath, format: context.statistics.format,
            statistics: context.statistics, files: context.files, contribution: context.contribution,
            diagnostics: diagnostics)
    }
}

extension XMLSourceError {
    var remedy: String {
        switch self {
        case .fileNotFound: "check the path"
        case .isDirectory: "name the files inside it, or pass the folder to `kopru check` without a file name"
        case .unreadable: "check the file's permissions"
        case .notRegularFile: "Köprü reads only regular files; remove it from the folder or rename it if it is not a document"
        }
    }
}
