import Foundation
@testable import FormatReaders
import PublicationCore
import TestSupport
import Testing
import XMLSource

/// The XLIFF readers switch on the numbers the parser gives names (``XMLSymbols``), and compare the
/// names themselves only when a tag has none. Both ways must read every file alike, and so must tags
/// that were kept beyond their event (whose attributes are then copies): each XLIFF file of the corpus
/// and the fixtures is read through the loader, through a handler that hides the readers' symbols, and
/// by replaying kept tags to a fresh reader, at both levels of detail, and the units and diagnostics are
/// compared.
@Suite struct SymbolFallbackTests {
    /// Forwards every event to a dispatcher, giving the parser no symbols when `hidesSymbols`, and
    /// records the events with the tags kept (so that their attributes are copied out of the parser).
    final class Forwarder: XMLEventHandler {
        enum Event {
            case start(XMLStartTag)
            case end
            case text([UInt8])
        }
        let dispatcher: FormatDispatcher
        let hidesSymbols: Bool
        var events: [Event] = []
        init(_ dispatcher: FormatDispatcher, hidesSymbols: Bool) {
            self.dispatcher = dispatcher
            self.hidesSymbols = hidesSymbols
        }
        func startElement(_ tag: XMLStartTag) {
            dispatcher.startElement(tag)
            events.append(.start(tag))
        }
        func endElement(_ name: XMLName, line: Int, column: Int) {
            dispatcher.endElement(name, line: line, column: column)
            events.append(.end)
        }
        func characters(_ text: UnsafeRawBufferPointer) {
            dispatcher.characters(text)
            events.append(.text(Array(text)))
        }
        var symbols: XMLSymbols? { hidesSymbols ? nil : dispatcher.symbols }
    }

    static var files: [URL] { UnitDetailTests.allFiles }

    struct Reading {
        var units: [TranslationUnit] = []
        var diagnostics: [String] = []
    }

    /// The readers' own diagnostics (the loader adds the parser's and sorts them by place), comparable.
    static func described(_ list: [Diagnostic], without codes: Set<DiagnosticCode> = []) -> [String] {
        list.filter { !codes.contains($0.code) }
            .map { "\($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.code) \($0.message) \($0.unit ?? "-")" }
            .sorted()
    }

    /// A context that hands each unit (full detail) or each tally (counts) to `sink`.
    private static func context(_ path: String, _ detail: UnitDetail, _ sink: @escaping (AnyHashable) -> Void) -> ReadContext {
        detail == .full
            ? ReadContext(displayPath: path, unitSink: { sink($0) })
            : ReadContext.tallying(displayPath: path) { sink($0) }
    }

    @Test func theFilesAreThere() {
        #expect(Self.files.count >= 150)
    }

    @Test("units and diagnostics are the same with symbols, without them, and from kept tags",
        arguments: files, [UnitDetail.full, .counts])
    func sameEveryWay(_ url: URL, _ detail: UnitDetail) throws {
        var loaderUnits: [AnyHashable] = []
        let document = detail == .full
            ? DocumentLoader().load(contentsOf: url, displayPath: url.lastPathComponent, unitSink: { loaderUnits.append($0) })
            : DocumentLoader().tally(contentsOf: url, displayPath: url.lastPathComponent) { loaderUnits.append($0) }
        #expect(document.statistics.format == .xliff1 || document.statistics.format == .xliff2)
        let data = try Data(contentsOf: url)

        for hidesSymbols in [true, false] {
            var units: [AnyHashable] = []
            let context = Self.context(url.lastPathComponent, detail) { units.append($0) }
            let dispatcher = FormatDispatcher(context: context)
            let forwarder = Forwarder(dispatcher, hidesSymbols: hidesSymbols)
            let result = XMLStreamParser().parse(data, displayPath: url.lastPathComponent, handler: forwarder)
            dispatcher.finish(isWellFormed: result.isWellFormed)
            let parserCodes = Set(result.diagnostics.map(\.code))
            #expect(units == loaderUnits, "hides symbols: \(hidesSymbols)")
            #expect(Self.described(context.diagnostics, without: parserCodes)
                == Self.described(document.diagnostics, without: parserCodes), "hides symbols: \(hidesSymbols)")

            // The kept tags, replayed to a fresh reader: their attributes are now copies.
            var replayed: [AnyHashable] = []
            let replayContext = Self.context(url.lastPathComponent, detail) { replayed.append($0) }
            let replay = FormatDispatcher(context: replayContext)
            for event in forwarder.events {
                switch event {
                case .start(let tag): replay.startElement(tag)
                case .end: replay.endElement(XMLName(local: ""), line: 0, column: 0)
                case .text(let bytes): bytes.withUnsafeBytes { replay.characters($0) }
                }
            }
            replay.finish(isWellFormed: result.isWellFormed)
            #expect(replayed == loaderUnits, "replayed, symbols hidden: \(hidesSymbols)")
            #expect(Self.described(replayContext.diagnostics, without: parserCodes)
                == Self.described(document.diagnostics, without: parserCodes), "replayed, symbols hidden: \(hidesSymbols)")
        }
    }
}
