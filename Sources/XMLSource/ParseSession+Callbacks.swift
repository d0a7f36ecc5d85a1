internal import CLibXML2
import Foundation
import PublicationCore

/// The SAX2 callbacks. Each one finds its ``ParseSession`` through the user-data pointer.
extension ParseSession {
    static func session(_ pointer: UnsafeMutableRawPointer?) -> ParseSession? {
        guard let pointer else { return nil }
        return Unmanaged<ParseSession>.fromOpaque(pointer).takeUnretainedValue()
    }

    func configureHandler() {
        // Start from nothing: no tree building, no DTD handling, no entity resolution.
        saxHandler = xmlSAXHandler()
        saxHandler.initialized = UInt32(XML_SAX2_MAGIC)
        saxHandler.startElementNs = { context, localName, prefix, uri, namespaceCount, namespaces,
            attributeCount, _, attributes in
            guard let session = ParseSession.session(context), !session.stopped else { return }
            session.didStartElement(localName, prefix, uri, Int(namespaceCount), namespaces, Int(attributeCount),
                attributes)
        }
        saxHandler.endElementNs = { context, localName, prefix, uri in
            guard let session = ParseSession.session(context), !session.stopped else { return }
            session.depth -= 1
            let name = XMLName(namespace: session.name(uri), local: session.name(localName),
                prefix: prefix.map { session.name($0) })
            let position = session.currentPosition()
            session.handler.endElement(name, line: position.line, column: position.column)
        }
        saxHandler.characters = { context, characters, length in
            guard let session = ParseSession.session(context), !session.stopped, let characters else { return }
            session.handler.characters(UnsafeRawBufferPointer(start: characters, count: Int(length)))
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
        let position = startTagPosition()
        let elementName = XMLName(namespace: name(uri), local: name(localName), prefix: prefix.map { name($0) })
        if depth > options.maximumDepth {
            report(.error, "xml.too-deep",
                "elements are nested more than \(options.maximumDepth) levels deep at <\(elementName.qualified)>",
                remedy: "no translation file needs such nesting; check how the file was produced",
                line: position.line, column: position.column)
            fatal = true
            stop()
            return
        }
        var declarations: [(prefix: String?, uri: String)] = []
        if let namespaces, namespaceCount > 0 {
            declarations.reserveCapacity(namespaceCount)
            for index in 0..<namespaceCount {
                let declaredPrefix = namespaces[index * 2].map { name($0) }
                let declaredURI = namespaces[index * 2 + 1].map { String(cString: $0) } ?? ""
                declarations.append((declaredPrefix, declaredURI))
            }
        }
        var list: [XMLAttribute] = []
        if let attributes, attributeCount > 0 {
            list.reserveCapacity(attributeCount)
            for index in 0..<attributeCount {
                let base = index * 5
                let attributeName = XMLName(namespace: name(attributes[base + 2]), local: name(attributes[base]),
                    prefix: attributes[base + 1].map { name($0) })
                var value = ""
                if let start = attributes[base + 3], let end = attributes[base + 4] {
                    let count = end - start
                    value = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
                }
                list.append(XMLAttribute(name: attributeName, value: value))
            }
        }
        handler.startElement(XMLStartTag(name: elementName, attributes: list, namespaceDeclarations: declarations,
            line: position.line, column: position.column))
    }
}
