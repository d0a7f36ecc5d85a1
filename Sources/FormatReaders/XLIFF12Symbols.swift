import XMLSource

/// The XLIFF 1.2 elements the reader acts on, as numbers: the parser gives each tag its element's
/// number (``XLIFF12Reader/symbols``), so the reader switches on numbers instead of comparing names.
extension XLIFF12Reader {
    /// An element of XLIFF 1.0–1.2 that the reader acts on.
    enum Element: UInt16, CaseIterable {
        case file = 1, body, transUnit, group, binUnit, source, target, note, segSource, altTrans
        case g, x, bx, ex, bpt, ept, ph, it, mrk, sub

        /// The element's local name (a literal, so copying it costs nothing).
        var name: String {
            switch self {
            case .file: "file"
            case .body: "body"
            case .transUnit: "trans-unit"
            case .group: "group"
            case .binUnit: "bin-unit"
            case .source: "source"
            case .target: "target"
            case .note: "note"
            case .segSource: "seg-source"
            case .altTrans: "alt-trans"
            case .g: "g"
            case .x: "x"
            case .bx: "bx"
            case .ex: "ex"
            case .bpt: "bpt"
            case .ept: "ept"
            case .ph: "ph"
            case .it: "it"
            case .mrk: "mrk"
            case .sub: "sub"
            }
        }

        /// The element called `local`.
        init?(local: String) {
            guard let element = Self.allCases.first(where: { $0.name == local }) else { return nil }
            self = element
        }
    }

    /// The table for a document whose root is in `namespace`: its elements are in that namespace (or
    /// in none, for XLIFF files without a namespace), and every other element is an extension.
    static func symbolTable(namespace: String) -> XMLSymbols {
        if let table = commonTables[namespace] { return table }
        return makeTable(namespace: namespace)
    }

    /// The tables of the namespaces XLIFF 1.x files use (and none), made once.
    private static let commonTables: [String: XMLSymbols] = Dictionary(uniqueKeysWithValues:
        FormatDispatcher.xliff1Namespaces.map { ($0, makeTable(namespace: $0)) })

    private static func makeTable(namespace: String) -> XMLSymbols {
        var table = XMLSymbols()
        for element in Element.allCases { table.add(element.rawValue, local: element.name, namespace: namespace) }
        return table
    }
}
