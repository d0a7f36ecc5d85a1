/// The names a handler compares on nearly every tag, each given a small number by the handler.
///
/// A handler that answers ``XMLEventHandler/symbols`` with a table gets, from the element after the
/// root on, each start tag's ``XMLStartTag/symbol`` and each attribute's symbol
/// (``XMLStartTag/forEachAttribute(symbols:)``) as numbers: the parser looks a name up in the table
/// once per distinct name of the parse, not once per tag, so the handler can switch on numbers
/// instead of comparing strings.
///
/// ```swift
/// var symbols = XMLSymbols()
/// symbols.add(1, local: "unit", namespace: "urn:oasis:names:tc:xliff:document:2.0")
/// symbols.add(2, local: "id")             // an attribute without namespace
/// ```
///
/// Symbol 0 means "not in the table"; several names may share a symbol (an element in each of the
/// namespaces of a format's versions, for instance).
public struct XMLSymbols: Sendable {
    private var table: [String: [String: UInt16]] = [:]

    /// An empty table.
    public init() {}

    /// Gives the name `local` in `namespace` (`""` for none) the number `symbol`, which must not be 0.
    public mutating func add(_ symbol: UInt16, local: String, namespace: String = "") {
        precondition(symbol != 0, "symbol 0 means a name that is not in the table")
        table[namespace, default: [:]][local] = symbol
    }

    /// The number of a name, or 0.
    public func symbol(local: String, namespace: String) -> UInt16 {
        table[namespace]?[local] ?? 0
    }
}
