/// The expanded name of an XML element or attribute: namespace URI and local name.
public struct XMLName: Hashable, Sendable, CustomStringConvertible {
    /// The namespace URI, or the empty string for no namespace.
    public var namespace: String
    /// The local name.
    public var local: String
    /// The prefix as written, if any (kept for writing back, never for comparing).
    public var prefix: String?

    /// Creates a name.
    public init(namespace: String = "", local: String, prefix: String? = nil) {
        self.namespace = namespace
        self.local = local
        self.prefix = prefix
    }

    /// The name as written: `prefix:local` or `local`.
    public var qualified: String {
        if let prefix, !prefix.isEmpty { "\(prefix):\(local)" } else { local }
    }

    public var description: String { namespace.isEmpty ? local : "{\(namespace)}\(local)" }

    public static func == (lhs: XMLName, rhs: XMLName) -> Bool {
        lhs.local == rhs.local && lhs.namespace == rhs.namespace
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(local)
        hasher.combine(namespace)
    }

    /// The namespace of `xml:lang`, `xml:space` and `xml:id`.
    public static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"
}

/// One attribute of a start tag.
public struct XMLAttribute: Hashable, Sendable {
    /// The attribute's name.
    public var name: XMLName
    /// The attribute's value, with entities and character references resolved.
    public var value: String

    /// Creates an attribute.
    public init(name: XMLName, value: String) {
        self.name = name
        self.value = value
    }
}

/// A start tag as the parser saw it.
///
/// Attributes are read lazily from the parser's buffers: ``attribute(_:)`` builds a string only for
/// the attribute asked for. A tag may be kept after ``XMLEventHandler/startElement(_:)`` returns; it
/// then holds its own copy of everything.
public struct XMLStartTag: @unchecked Sendable {
    /// The element's name (built when first asked: a handler that goes by ``symbol`` never needs it).
    public var name: XMLName { store.name }
    /// The number the handler's ``XMLSymbols`` give the element's name, or 0 (a name not in the table,
    /// the root element, or a handler without symbols).
    public var symbol: UInt16
    /// The 1-based line of the `<` (found in the parser's input when first asked, with ``column``).
    public var line: Int { store.position.line }
    /// The 1-based column of the `<`.
    public var column: Int { store.position.column }
    private let store: AttributeStore

    init(symbol: UInt16, store: AttributeStore) {
        self.symbol = symbol
        self.store = store
    }

    /// Creates a tag from values (for tests and for handlers that synthesise events).
    public init(
        name: XMLName, attributes: [XMLAttribute] = [], namespaceDeclarations: [(prefix: String?, uri: String)] = [],
        line: Int = 1, column: Int = 1, symbol: UInt16 = 0
    ) {
        self.symbol = symbol
        self.store = AttributeStore(name: name, attributes: attributes, namespaceDeclarations: namespaceDeclarations,
            line: line, column: column)
    }

    /// All attributes, in document order.
    public var attributes: [XMLAttribute] { store.attributes }

    /// The number of attributes, without building any of them.
    public var attributeCount: Int { store.count }

    /// Whether any attribute is in a namespace (such as `xml:lang`), found without building names or
    /// values: a handler can skip its lookups of namespaced attributes on the many tags without one.
    public var hasNamespacedAttributes: Bool { store.hasNamespacedAttributes }

    /// Namespace declarations made on this element: (prefix or `nil` for the default, URI).
    public var namespaceDeclarations: [(prefix: String?, uri: String)] { store.namespaceDeclarations }

    /// Calls `body` for each attribute, in document order, with its name and the UTF-8 bytes of its value
    /// (the same value as in ``attributes``).
    ///
    /// No string is built for the values, so a handler that only checks values (or needs few of them)
    /// spends less than with ``attributes``. The bytes are valid only while `body` runs; build a
    /// `String` from them to keep a value. The tag itself stays valid after the call, as always.
    ///
    /// ```swift
    /// tag.forEachAttribute { name, value in
    ///     if name.local == "id", name.namespace.isEmpty, value.isEmpty { print("empty id") }
    /// }
    /// ```
    public func forEachAttribute(_ body: (XMLName, UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        try store.forEach(body)
    }

    /// Calls `body` for each attribute, in document order, with the number the handler's ``XMLSymbols``
    /// give its name (0 for a name not in the table), its index for ``attributeName(at:)``, and the UTF-8
    /// bytes of its value. The bytes stay valid while ``XMLEventHandler/startElement(_:)`` runs for this
    /// tag (as long as the tag, for a tag kept or made from values), so a handler may keep their addresses
    /// until it has finished with the tag. No name is built or copied: a handler that goes by symbols asks
    /// for the name only where it needs it.
    public func forEachAttribute(symbols body: (UInt16, Int, UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        try store.forEachSymbol(body)
    }

    /// The name of the attribute at `index` (as given by ``forEachAttribute(symbols:)``); an empty name for
    /// an index out of range.
    public func attributeName(at index: Int) -> XMLName {
        store.attributeName(at: index)
    }

    /// The value of the attribute with this local name and no namespace.
    public func attribute(_ local: String) -> String? {
        store.value(local, namespace: "")
    }

    /// The value of the attribute with this local name in this namespace.
    public func attribute(_ local: String, namespace: String) -> String? {
        store.value(local, namespace: namespace)
    }
}
