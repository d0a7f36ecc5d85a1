import Foundation
@testable import FormatReaders
import PublicationCore
import TestSupport
import Testing
import XMLSource

/// The XLIFF readers switch on the numbers the parser gives names (``XMLSymbols``), and compare the
/// names themselves only when a parse gives none. Both ways must read every file alike: each XLIFF file
/// of the corpus and the fixtures is read once through the loader (with symbols) and once through a
/// handler that hides the readers' symbols, and the units and diagnostics are compared.
@Suite struct SymbolFallbackTests {
    /// Forwards every event to a dispatcher but gives the parser no symbols.
    final class WithoutSymbols: XMLEventHandler {
        let dispatcher: FormatDispatcher
        init(_ dispatcher: FormatDispatcher) { self.dispatcher = dispatcher }
        func startElement(_ tag: XMLStartTag) { dispatcher.startElement(tag) }
        func endElement(_ name: XMLName, line: Int, column: Int) { dispatcher.endElement(name, line: line, column: column) }
        func characters(_ text: UnsafeRawBufferPointer) { dispatcher.characters(text) }
        var symbols: XMLSymbols? { nil }
    }

    static var files: [URL] { UnitDetailTests.allFiles }

    @Test("units and diagnostics are the same with and without symbols", arguments: files)
    func sameWithoutSymbols(_ url: URL) throws {
        var withSymbols: [TranslationUnit] = []
        let document = DocumentLoader().load(contentsOf: url, displayPath: url.lastPathComponent) { withSymbols.append($0) }

        var withoutSymbols: [TranslationUnit] = []
        let context = ReadContext(displayPath: url.lastPathComponent) { withoutSymbols.append($0) }
        let dispatcher = FormatDispatcher(context: context)
        let data = try Data(contentsOf: url)
        let result = XMLStreamParser().parse(data, displayPath: url.lastPathComponent, handler: WithoutSymbols(dispatcher))
        dispatcher.finish(isWellFormed: result.isWellFormed)

        #expect(document.statistics.format == .xliff1 || document.statistics.format == .xliff2)
        #expect(withSymbols == withoutSymbols)
        // The loader adds the parser's own diagnostics and sorts them by place; the readers' are the rest.
        func sorted(_ list: [Diagnostic]) -> [String] {
            list.map { "\($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.code) \($0.message) \($0.unit ?? "-")" }.sorted()
        }
        let parserCodes = Set(result.diagnostics.map(\.code))
        #expect(sorted(document.diagnostics.filter { !parserCodes.contains($0.code) })
            == sorted(context.diagnostics.filter { !parserCodes.contains($0.code) }))
    }
}
