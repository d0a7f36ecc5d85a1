internal import CLibXML2

/// The attributes and namespace declarations of the start tag being reported, read lazily from
/// libxml2's buffers.
///
/// Most handlers ask for two or three attributes by name; building Swift strings for every attribute
/// of every tag would cost more than the parse itself. The store answers lookups straight from the
/// parser's memory while the `startElement` call runs. If a handler keeps the tag beyond that call,
/// the session notices (the store is then shared) and copies everything into Swift values before the
/// parser's memory goes away, so a kept tag stays valid.
final class AttributeStore: @unchecked Sendable {
    private var rawLocal: UnsafePointer<xmlChar>?
    private var rawPrefix: UnsafePointer<xmlChar>?
    private var rawURI: UnsafePointer<xmlChar>?
    /// The element's name, once asked for (or given).
    private var materializedName: XMLName?
    private var raw: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    private var rawCount = 0
    private var rawNamespaces: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    private var rawNamespaceCount = 0
    /// The session whose parser the raw pointers belong to; it owns the store and outlives every use of
    /// it. Kept unmanaged so that the hot paths borrow it (``withSession(_:)``) without retaining it, as
    /// binding an `unowned(unsafe)` reference does.
    private var sessionReference: Unmanaged<ParseSession>?

    /// The session, for the paths that are not taken per tag.
    private var session: ParseSession? { sessionReference?.takeUnretainedValue() }
    private var materialized: [XMLAttribute]?
    /// The symbols of the materialized attributes (empty for a store made from values, whose names have none).
    private var materializedSymbols: [UInt16] = []
    /// The UTF-8 bytes of the materialized values one after another, made when ``forEachSymbol(_:)`` first
    /// needs them, with each value's range: their addresses stay valid until the store is reset or freed,
    /// as libxml2's do for the whole event (a string's `withUTF8` gives an address for its closure only,
    /// and a short string's bytes are a copy on the stack).
    private var valueBytes: UnsafeMutableRawBufferPointer?
    private var valueRanges: [Range<Int>] = []
    private var materializedNamespaces: [(prefix: String?, uri: String)]?
    /// The line and column of the tag's `<`, once asked for (0 while not yet known).
    private var line = 0
    private var column = 0

    /// A store that holds values from the start (no parser behind it).
    init(
        name: XMLName, attributes: [XMLAttribute], namespaceDeclarations: [(prefix: String?, uri: String)], line: Int,
        column: Int
    ) {
        materializedName = name
        materialized = attributes
        materializedNamespaces = namespaceDeclarations
        self.line = line
        self.column = column
    }

    /// A store for the tags of a parse.
    init(session: ParseSession) {
        sessionReference = .passUnretained(session)
    }

    deinit {
        valueBytes?.deallocate()
    }

    private func freeValueBytes() {
        valueBytes?.deallocate()
        valueBytes = nil
        valueRanges = []
    }

    /// The materialized values' bytes at stable addresses (see ``valueBytes``).
    private func stableValueBytes(_ attributes: [XMLAttribute]) -> UnsafeRawPointer {
        if let valueBytes { return UnsafeRawPointer(valueBytes.baseAddress!) }
        let total = attributes.reduce(0) { $0 + $1.value.utf8.count }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(total, 1), alignment: 1)
        var offset = 0
        valueRanges = attributes.map { attribute in
            let count = attribute.value.utf8.count
            UnsafeMutableRawBufferPointer(rebasing: buffer[offset..<(offset + count)]).copyBytes(from: attribute.value.utf8)
            defer { offset += count }
            return offset..<(offset + count)
        }
        valueBytes = buffer
        return UnsafeRawPointer(buffer.baseAddress!)
    }

    /// Points the store at the current tag's buffers.
    @inline(__always)
    func reset(
        name local: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?,
        attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int,
        namespaces: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, namespaceCount: Int
    ) {
        // Only what changed is written: storing `nil` over `nil` still costs a release call.
        rawLocal = local
        rawPrefix = prefix
        rawURI = uri
        if materializedName != nil { materializedName = nil }
        raw = attributes
        rawCount = attributes == nil ? 0 : count
        rawNamespaces = namespaces
        rawNamespaceCount = namespaces == nil ? 0 : namespaceCount
        if materialized != nil {
            materialized = nil
            materializedSymbols = []
        }
        if valueBytes != nil { freeValueBytes() }
        if materializedNamespaces != nil { materializedNamespaces = nil }
        line = 0
    }

    /// Where the tag starts. Found in the parser's input when first asked, while the `startElement`
    /// call runs (most tags of a large file, such as inline codes, are never asked), then kept.
    var position: (line: Int, column: Int) {
        if line == 0 {
            (line, column) = sessionReference?._withUnsafeGuaranteedRef { $0.startTagPosition() } ?? (1, 1)
        }
        return (line, column)
    }

    /// Copies everything into Swift values and forgets the parser's buffers.
    func detach() {
        _ = name
        _ = attributes
        _ = namespaceDeclarations
        _ = position
        raw = nil
        rawNamespaces = nil
        sessionReference = nil
    }

    /// The element's name.
    var name: XMLName {
        if let materializedName { return materializedName }
        let name = session?.qualifiedName(rawLocal, rawPrefix, rawURI) ?? XMLName(local: "")
        materializedName = name
        return name
    }

    /// The name of the attribute at `index` (in document order).
    func attributeName(at index: Int) -> XMLName {
        if let materialized { return materialized.indices.contains(index) ? materialized[index].name : XMLName(local: "") }
        guard let raw, let session, index >= 0, index < rawCount else { return XMLName(local: "") }
        return session.qualifiedName(raw[index * 5], raw[index * 5 + 1], raw[index * 5 + 2])
    }

    /// The number of attributes.
    var count: Int { materialized?.count ?? (raw == nil ? 0 : rawCount) }

    /// Whether any attribute has a namespace (`xml:lang`, a module's or an extension's attribute).
    var hasNamespacedAttributes: Bool {
        if let materialized { return materialized.contains { !$0.name.namespace.isEmpty } }
        guard let raw else { return false }
        for index in 0..<rawCount where raw[index * 5 + 2] != nil { return true }
        return false
    }

    var attributes: [XMLAttribute] {
        if let materialized { return materialized }
        var list: [XMLAttribute] = []
        var symbols: [UInt16] = []
        if let raw, let session {
            list.reserveCapacity(rawCount)
            symbols.reserveCapacity(rawCount)
            for index in 0..<rawCount {
                let base = index * 5
                list.append(XMLAttribute(name: session.qualifiedName(raw[base], raw[base + 1], raw[base + 2]),
                    value: Self.value(raw[base + 3], raw[base + 4])))
                symbols.append(session.symbol(raw[base], raw[base + 1], raw[base + 2]))
            }
        }
        materialized = list
        materializedSymbols = symbols
        return list
    }

    var namespaceDeclarations: [(prefix: String?, uri: String)] {
        if let materializedNamespaces { return materializedNamespaces }
        var list: [(prefix: String?, uri: String)] = []
        if let rawNamespaces, let session {
            for index in 0..<rawNamespaceCount {
                list.append((rawNamespaces[index * 2].map { session.name($0) },
                    rawNamespaces[index * 2 + 1].map { String(cString: $0) } ?? ""))
            }
        }
        materializedNamespaces = list
        return list
    }

    /// Calls `body` with the name and the UTF-8 bytes of the value of each attribute, in document order,
    /// without building strings for the values; the bytes are only valid during the call.
    @inline(__always)
    func forEach(_ body: (XMLName, UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        if let materialized {
            for attribute in materialized {
                var value = attribute.value
                try value.withUTF8 { try body(attribute.name, $0) }
            }
            return
        }
        guard let raw, rawCount > 0, let session else { return }
        for index in 0..<rawCount {
            let base = index * 5
            let name = session.qualifiedName(raw[base], raw[base + 1], raw[base + 2])
            try body(name, Self.bytes(raw[base + 3], raw[base + 4]))
        }
    }

    /// Calls `body` with the symbol, the index and the UTF-8 bytes of the value of each attribute, in
    /// document order, without building (or copying) names or values; the bytes stay valid until the store
    /// is reset for the next tag (libxml2's buffers for the event, or ``valueBytes``).
    @inline(__always)
    func forEachSymbol(_ body: (UInt16, Int, UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        if let materialized {
            let base = stableValueBytes(materialized).assumingMemoryBound(to: UInt8.self)
            for index in materialized.indices {
                let symbol = index < materializedSymbols.count ? materializedSymbols[index] : 0
                let range = valueRanges[index]
                try body(symbol, index, UnsafeBufferPointer(start: base + range.lowerBound, count: range.count))
            }
            return
        }
        guard let raw, rawCount > 0, let sessionReference else { return }
        try sessionReference._withUnsafeGuaranteedRef { session in
            for index in 0..<rawCount {
                let base = index * 5
                try body(session.symbol(raw[base], raw[base + 1], raw[base + 2]), index, Self.bytes(raw[base + 3], raw[base + 4]))
            }
        }
    }

    @inline(__always)
    private static func bytes(_ start: UnsafePointer<xmlChar>?, _ end: UnsafePointer<xmlChar>?) -> UnsafeBufferPointer<UInt8> {
        guard let start, let end, end > start else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: start, count: end - start)
    }

    /// The value of the attribute with this local name and namespace (`""` for none).
    func value(_ local: String, namespace: String) -> String? {
        if let materialized {
            for attribute in materialized where attribute.name.local == local && attribute.name.namespace == namespace {
                return attribute.value
            }
            return nil
        }
        guard let raw, rawCount > 0 else { return nil }
        var local = local
        return local.withUTF8 { wanted -> String? in
            for index in 0..<rawCount {
                let base = index * 5
                guard let name = raw[base], Self.equals(name, wanted) else { continue }
                if namespace.isEmpty {
                    if raw[base + 2] != nil { continue }
                } else {
                    guard let uri = raw[base + 2] else { continue }
                    var expected = namespace
                    let same = expected.withUTF8 { Self.equals(uri, $0) }
                    if !same { continue }
                }
                return Self.value(raw[base + 3], raw[base + 4])
            }
            return nil
        }
    }

    @inline(__always)
    private static func equals(_ cString: UnsafePointer<xmlChar>, _ wanted: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < wanted.count {
            if cString[index] != wanted[index] { return false }
            index += 1
        }
        return cString[index] == 0
    }

    /// An attribute value: the bytes are copied straight into the string's storage and checked there
    /// (invalid UTF-8 is repaired, as with `String(decoding:as:)`), which costs less than
    /// `String(decoding:as:)` for the short values of ids and states.
    @inline(__always)
    private static func value(_ start: UnsafePointer<xmlChar>?, _ end: UnsafePointer<xmlChar>?) -> String {
        guard let start, let end, end > start else { return "" }
        let count = end - start
        return String(unsafeUninitializedCapacity: count) { buffer in
            buffer.baseAddress!.update(from: start, count: count)
            return count
        }
    }
}
