import PublicationCore
import XMLSource

/// `<bx/>` and `<ex/>` are empty elements in XLIFF 1.2. A file that puts text inside one
/// (`<bx id="1">Text</bx>`) is malformed there, but the text is the translator's: it is kept as
/// text after the code, and a warning says where.
///
/// ```xml
/// <target>Der <bx id="1">Text</bx> bleibt.</target>   <!-- warning xliff.code-with-content; text "Der Text bleibt." -->
/// ```
extension XLIFF12Reader.Core {
    /// Where an open `<bx>` or `<ex>` started and how much its sink held then.
    struct EmptyCodeStart {
        var element: String
        var line: Int
        var column: Int
        var elements: Int
    }

    /// Adds the code of a `<bx>` or `<ex>` and keeps reading inside it, so that text in it is kept.
    /// The code is `nil` when units are not built (``UnitDetail/counts``).
    mutating func startEmptyCode(_ code: InlineCode?, _ element: XLIFF12Reader.Element, _ tag: XMLStartTag) {
        if let code { append(.code(code)) } else { appendCode() }
        emptyCodeStarts.append(EmptyCodeStart(element: element.name, line: tag.line, column: tag.column,
            elements: sinkElementCount))
        frames.append(.emptyCode)
    }

    /// Ends a `<bx>` or `<ex>`: a warning when it held text or elements.
    mutating func endEmptyCode() {
        guard let start = emptyCodeStarts.popLast() else { return }
        let hasText = keepsDetail
            ? pendingText.contains { !$0.isXMLWhitespace } : pendingHasText
        guard hasText || sinkElementCount > start.elements else { return }
        context.report(XLIFF12Diagnostics.codeWithContent(start.element, unit: unit.id,
            at: context.location(line: start.line, column: start.column)))
    }

    /// How many runs and codes the text being read holds so far.
    private var sinkElementCount: Int {
        if !keepsDetail {
            return switch sink {
            case .none: 0
            case .source: unit.sourceTally.elements
            case .sourceSegment: unit.sourceSegments.last?.tally.elements ?? 0
            case .target, .targetSegment: unit.targetTally.elements
            }
        }
        return switch sink {
        case .none: 0
        case .source: unit.source?.elements.count ?? 0
        case .sourceSegment: unit.sourceSegments.last?.text.elements.count ?? 0
        case .target, .targetSegment: unit.target?.elements.count ?? 0
        }
    }
}

extension XLIFF12Diagnostics {
    static func codeWithContent(_ element: String, unit: String?, at location: SourceLocation) -> Diagnostic {
        Diagnostic(XLIFF12Diagnostics.codeWithContent,
            "<\(element)> is an empty element in XLIFF 1.2 but holds text here; the text is kept after the code",
            remedy: "move the text out of the <\(element)/>, or use <g> for a code that encloses text", at: location,
            unit: unit)
    }
}
