import XMLSource

/// The names of the XLIFF 2 core as numbers, so that the reader switches on numbers where it would
/// compare strings on every tag and attribute: the parser looks each distinct name of a file up in
/// ``XLIFF2Reader/symbols`` once.
extension XLIFF2Reader {
    /// The elements of the core (in any of the 2.0, 2.1 and 2.2 namespaces).
    enum CoreElement: UInt16, CaseIterable {
        case xliff = 1, file, skeleton, group, unit, notes, note, originalData, data, segment, ignorable, source, target
        case ph, pc, sc, ec, mrk, sm, em, cp

        /// The element's local name (a literal, so copying it costs nothing).
        var name: String {
            switch self {
            case .xliff: "xliff"
            case .file: "file"
            case .skeleton: "skeleton"
            case .group: "group"
            case .unit: "unit"
            case .notes: "notes"
            case .note: "note"
            case .originalData: "originalData"
            case .data: "data"
            case .segment: "segment"
            case .ignorable: "ignorable"
            case .source: "source"
            case .target: "target"
            case .ph: "ph"
            case .pc: "pc"
            case .sc: "sc"
            case .ec: "ec"
            case .mrk: "mrk"
            case .sm: "sm"
            case .em: "em"
            case .cp: "cp"
            }
        }

        /// The core element called `local`, when a tag came without a symbol.
        init?(local: String) {
            guard let element = Self.allCases.first(where: { $0.name == local }) else { return nil }
            self = element
        }

        /// The element's bit in a set of elements.
        var bit: UInt32 { 1 << UInt32(rawValue) }
    }

    /// The attributes without namespace that some core element has, numbered from 64 so that each has
    /// a bit in a 64-bit set (``bit``).
    enum CoreAttribute: UInt16, CaseIterable {
        case version = 64, srcLang, trgLang, id, canResegment, original, translate, srcDir, trgDir, href, name, type
        case appliesTo, category, priority, ref, dir, state, subState, order, canCopy, canDelete, canReorder, copyOf
        case disp, equiv, dataRef, subFlows, subType, canOverlap, dispEnd, dispStart, equivEnd, equivStart
        case dataRefEnd, dataRefStart, subFlowsEnd, subFlowsStart, isolated, startRef, value, hex

        /// The attribute's name.
        var name: String { Self.names[Int(rawValue - Self.version.rawValue)] }

        /// The names by number, spelt as the cases (made once: describing a case costs a reflection look-up).
        private static let names = allCases.map { "\($0)" }

        /// The attribute called `local` (without namespace), if the core has one.
        init?(local: String) {
            guard let attribute = Self.byName[local] else { return nil }
            self = attribute
        }

        private static let byName = Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) })

        /// The attribute's bit in a set of attributes.
        var bit: UInt64 { 1 << UInt64(rawValue - 64) }
    }

    /// The core namespaces whose elements get symbols.
    static let coreNamespaces = [
        "urn:oasis:names:tc:xliff:document:2.0", "urn:oasis:names:tc:xliff:document:2.1",
        "urn:oasis:names:tc:xliff:document:2.2",
    ]

    /// The table the parser numbers names by.
    static let symbolTable: XMLSymbols = {
        var table = XMLSymbols()
        for namespace in coreNamespaces {
            for element in CoreElement.allCases { table.add(element.rawValue, local: element.name, namespace: namespace) }
        }
        for attribute in CoreAttribute.allCases { table.add(attribute.rawValue, local: attribute.name) }
        return table
    }()
}
