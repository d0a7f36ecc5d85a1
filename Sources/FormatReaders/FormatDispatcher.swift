import PublicationCore
import XMLSource

/// Looks at the root element, picks the format's handler and forwards every event to it.
final class FormatDispatcher: XMLEventHandler {
    static let xliff1Namespaces: Set<String> = [
        "urn:oasis:names:tc:xliff:document:1.2", "urn:oasis:names:tc:xliff:document:1.1",
        "urn:oasis:names:tc:xliff:document:1.0", "",
    ]
    static let xliff2Namespaces: Set<String> = [
        "urn:oasis:names:tc:xliff:document:2.0", "urn:oasis:names:tc:xliff:document:2.1",
        "urn:oasis:names:tc:xliff:document:2.2",
    ]
    static let docbookNamespace = "http://docbook.org/ns/docbook"

    /// Where the events go, by the handler's concrete type where it is known, so that the hot path
    /// calls it directly and without reference counting (`target` keeps the handler alive).
    private enum Route {
        case none
        case xliff12(Unmanaged<XLIFF12Reader>)
        case xliff2(Unmanaged<XLIFF2Reader>)
        case docbook(Unmanaged<DocBookReader>)
        /// Any other handler, called through `target`.
        case other
    }

    let context: ReadContext
    var target: (any FormatEventHandler)?
    private var route = Route.none
    var sawRoot = false

    init(context: ReadContext) {
        self.context = context
    }

    func startElement(_ tag: XMLStartTag) {
        if !sawRoot {
            sawRoot = true
            let handler = handler(forRoot: tag)
            target = handler
            switch handler {
            case let reader as XLIFF12Reader: route = .xliff12(.passUnretained(reader))
            case let reader as XLIFF2Reader: route = .xliff2(.passUnretained(reader))
            case let reader as DocBookReader: route = .docbook(.passUnretained(reader))
            case .some: route = .other
            case nil: route = .none
            }
        }
        switch route {
        case .none: break
        case .xliff12(let reader): reader._withUnsafeGuaranteedRef { $0.startElement(tag) }
        case .xliff2(let reader): reader._withUnsafeGuaranteedRef { $0.startElement(tag) }
        case .docbook(let reader): reader._withUnsafeGuaranteedRef { $0.startElement(tag) }
        case .other: target?.startElement(tag)
        }
    }

    func endElement(_ name: XMLName, line: Int, column: Int) {
        switch route {
        case .none: break
        case .xliff12(let reader): reader._withUnsafeGuaranteedRef { $0.endElement(name, line: line, column: column) }
        case .xliff2(let reader): reader._withUnsafeGuaranteedRef { $0.endElement(name, line: line, column: column) }
        case .docbook(let reader): reader._withUnsafeGuaranteedRef { $0.endElement(name, line: line, column: column) }
        case .other: target?.endElement(name, line: line, column: column)
        }
    }

    func characters(_ text: UnsafeRawBufferPointer) {
        switch route {
        case .none: break
        case .xliff12(let reader): reader._withUnsafeGuaranteedRef { $0.characters(text) }
        case .xliff2(let reader): reader._withUnsafeGuaranteedRef { $0.characters(text) }
        case .docbook(let reader): reader._withUnsafeGuaranteedRef { $0.characters(text) }
        case .other: target?.characters(text)
        }
    }

    /// The XLIFF readers keep their own stacks of open elements and read neither the name nor the
    /// position of an end tag (XLIFF 2 reports a problem found at an end tag at its element's start).
    var readsEndTags: Bool {
        switch route {
        case .xliff12, .xliff2: false
        default: true
        }
    }

    /// The symbols of the reader picked at the root.
    var symbols: XMLSymbols? { target?.symbols }

    func comment(_ text: String) {
        target?.comment(text)
    }

    func processingInstruction(target name: String, data: String?) {
        target?.processingInstruction(target: name, data: data)
    }

    func finish(isWellFormed: Bool) {
        target?.finish(isWellFormed: isWellFormed)
    }

    private func handler(forRoot tag: XMLStartTag) -> (any FormatEventHandler)? {
        let name = tag.name
        if name.local == "xliff" {
            if Self.xliff2Namespaces.contains(name.namespace) {
                context.statistics.format = .xliff2
                return XLIFF2Reader(context: context)
            }
            if Self.xliff1Namespaces.contains(name.namespace) {
                if name.namespace.isEmpty, let version = tag.attribute("version"), version.hasPrefix("2") {
                    context.report(FormatReaderDiagnostics.xliffNamespace,
                        "this XLIFF \(version) document has no namespace; XLIFF 2 requires xmlns=\"urn:oasis:names:tc:xliff:document:\(version.prefix(3))\"",
                        remedy: "add the namespace declaration to the <xliff> element", line: tag.line, column: tag.column)
                    return nil
                }
                context.statistics.format = .xliff1
                return XLIFF12Reader(context: context)
            }
            context.report(FormatReaderDiagnostics.xliffNamespace,
                "the <xliff> element is in the unknown namespace \"\(name.namespace)\"",
                remedy: "use urn:oasis:names:tc:xliff:document:1.2 for XLIFF 1.2 or …:2.0 for XLIFF 2",
                line: tag.line, column: tag.column)
            return nil
        }
        if name.local == "article" || name.local == "book" || name.local == "chapter" {
            if name.namespace == Self.docbookNamespace {
                context.statistics.format = .docbook
                return DocBookReader(context: context)
            }
            context.report(FormatReaderDiagnostics.docbookNamespace,
                "the <\(name.local)> element is not in the DocBook 5 namespace",
                remedy: "add xmlns=\"http://docbook.org/ns/docbook\" and version=\"5.0\" to the root element",
                line: tag.line, column: tag.column)
            return nil
        }
        context.report(FormatReaderDiagnostics.unknownFormat,
            "Köprü does not know documents whose root element is <\(name.qualified)>",
            remedy: "Köprü reads XLIFF 1.2 and 2.x (<xliff>) and DocBook 5 articles (<article>)",
            line: tag.line, column: tag.column)
        return nil
    }
}
