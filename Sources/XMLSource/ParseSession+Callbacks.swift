internal import CLibXML2
import Foundation
import PublicationCore

/// The SAX2 callbacks. Each one finds its ``ParseSession`` through the user-data pointer.
extension ParseSession {
    static func session(_ pointer: UnsafeMutableRawPointer?) -> ParseSession? {
        guard let pointer else { return nil }
        return Unmanaged<ParseSession>.fromOpaque(pointer).takeUnretainedValue()
    }

    /// Runs `body` with the session behind `pointer` without retaining it (the parse holds it).
    @inline(__always)
    static func with(_ pointer: UnsafeMutableRawPointer?, _ body: (ParseSession) -> Void) {
        guard let pointer else { return }
        Unmanaged<ParseSession>.fromOpaque(pointer)._withUnsafeGuaranteedRef { session in
            if !session.stopped { body(session) }
        }
    }

    func configureHandler() {
        // Start from nothing: no tree building, no DTD handling, no entity resolution.
        saxHandler = xmlSAXHandler()
        saxHandler.initialized = UInt32(XML_SAX2_MAGIC)
        saxHandler.startElementNs = { context, localName, prefix, uri, namespaceCount, namespaces,
            attributeCount, _, attributes in
            ParseSession.with(context) { session in
                session.didStartElement(localName, prefix, uri, Int(namespaceCount), namespaces, Int(attributeCount),
                    attributes)
            }
        }
        saxHandler.endElementNs = { context, localName, prefix, uri in
            ParseSession.with(context) { session in
                session.depth -= 1
                let handler = session.handler
                guard handler.readsEndTags else {
                    handler.endElement(XMLName(local: ""), line: 0, column: 0)
                    return
                }
                let name = session.qualifiedName(localName, prefix, uri)
                let position = session.currentPosition()
                handler.endElement(name, line: position.line, column: position.column)
            }
        }
        saxHandler.characters = { context, characters, length in
            guard let characters else { return }
            ParseSession.with(context) { session in
                session.handler.characters(UnsafeRawBufferPointer(start: characters, count: Int(length)))
            }
        }
        saxHandler.cdataBlock = saxHandler.characters
        saxHandler.ignorableWhitespace = saxHandler.characters
        saxHandler.comment = { context, value in
            guard let session = ParseSession.session(context), !session.stopped, let value else { return }
            session.handler.comment(String(cString: value))
        }
        saxHandler.processingInstruction = { context, target, data in
            guard let session = ParseSession.session(context), !session.stopped, let target else { return }
            session.handler.processingInstruction(target: String(cString: target), data: data.map { String(cString: $0) })
        }
        // Only the five predefined entities exist (libxml2 resolves those itself); every entity a
        // DTD declares stays undefined, so nothing is ever expanded or fetched.
        saxHandler.getEntity = { _, _ in nil }
        saxHandler.getParameterEntity = { _, _ in nil }
        saxHandler.resolveEntity = { _, _, _ in nil }
        saxHandler.serror = { context, error in
            guard let session = ParseSession.session(context), let error else { return }
            session.didReceive(error.pointee)
        }
    }

    func didStartElement(
        _ localName: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?,
        _ namespaceCount: Int, _ namespaces: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
        _ attributeCount: Int, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        depth += 1
        sawElement = true
        if depth > options.maximumDepth {
            let position = startTagPosition()
            report(XMLSourceDiagnostics.tooDeep,
                "elements are nested more than \(options.maximumDepth) levels deep at <\(qualifiedName(localName, prefix, uri).qualified)>",
                remedy: "no translation file needs such nesting; check how the file was produced",
                line: position.line, column: position.column)
            fatal = true
            stop()
            return
        }
        // Reset the store without retaining it; the tag takes the one reference it needs.
        let store = Unmanaged.passUnretained(attributeStore)
        store._withUnsafeGuaranteedRef {
            $0.reset(name: localName, prefix, uri, attributes: attributes, count: attributeCount, namespaces: namespaces,
                namespaceCount: namespaceCount)
        }
        // The tag's name (and position) are built only if the handler asks for them; its symbol is a number.
        handler.startElement(XMLStartTag(symbol: symbol(localName, prefix, uri), store: store.takeUnretainedValue()))
        // A handler that kept the tag shares the store: copy its contents out of libxml2's buffers while
        // they are still valid, and use a fresh store from now on.
        if !isKnownUniquelyReferenced(&attributeStore) {
            attributeStore.detach()
            attributeStore = AttributeStore(session: self)
        }
        // After the root (and after a kept root tag has copied its attributes with the symbols it had).
        if depth == 1 { adoptSymbols() }
    }
}
