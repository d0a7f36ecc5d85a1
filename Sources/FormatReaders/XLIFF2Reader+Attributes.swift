import PublicationCore
import XMLSource

/// The attributes of the core elements: which exist, which are required, and their values.
extension XLIFF2Reader.Core {
    /// The attributes without namespace that each core element may have.
    static let allowedAttributes: [String: [String]] = [
        "xliff": ["version", "srcLang", "trgLang"],
        "file": ["id", "canResegment", "original", "translate", "srcDir", "trgDir"],
        "skeleton": ["href"],
        "group": ["id", "name", "canResegment", "translate", "srcDir", "trgDir", "type"],
        "unit": ["id", "name", "canResegment", "translate", "srcDir", "trgDir", "type"],
        "notes": [],
        "note": ["id", "appliesTo", "category", "priority", "ref"],
        "originalData": [],
        "data": ["id", "dir"],
        "segment": ["id", "canResegment", "state", "subState"],
        "ignorable": ["id"],
        "source": [],
        "target": ["order"],
        "ph": ["id", "canCopy", "canDelete", "canReorder", "copyOf", "disp", "equiv", "dataRef", "subFlows", "subType", "type"],
        "pc": [
            "id", "canCopy", "canDelete", "canOverlap", "canReorder", "copyOf", "dispEnd", "dispStart", "equivEnd",
            "equivStart", "dataRefEnd", "dataRefStart", "subFlowsEnd", "subFlowsStart", "subType", "type", "dir",
        ],
        "sc": [
            "id", "canCopy", "canDelete", "canOverlap", "canReorder", "copyOf", "dataRef", "dir", "disp", "equiv",
            "isolated", "subFlows", "subType", "type",
        ],
        "ec": [
            "id", "canCopy", "canDelete", "canOverlap", "canReorder", "copyOf", "dataRef", "dir", "disp", "equiv",
            "isolated", "startRef", "subFlows", "subType", "type",
        ],
        "mrk": ["id", "translate", "type", "ref", "value"],
        "sm": ["id", "translate", "type", "ref", "value"],
        "em": ["startRef"],
        "cp": ["hex"],
    ]

    typealias CoreElement = XLIFF2Reader.CoreElement
    typealias CoreAttribute = XLIFF2Reader.CoreAttribute

    /// Elements that accept attributes of any other namespace (extension attributes).
    static let extensibleElements = elementSet([.xliff, .file, .group, .unit, .note, .mrk, .sm])
    /// Elements on which `xml:lang` may be written.
    static let languageElements = elementSet([.xliff, .file, .group, .unit, .source, .target])
    /// Elements on which `xml:space` may be written.
    static let spaceElements = elementSet([.xliff, .file, .group, .unit, .source, .target, .data])

    private static func elementSet(_ elements: [CoreElement]) -> UInt32 {
        elements.reduce(0) { $0 | $1.bit }
    }

    /// The attributes each core element may have (``allowedAttributes``) as a set of bits, by the
    /// element's number.
    static let allowedAttributeBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: Int(CoreElement.allCases.map(\.rawValue).max()!) + 1)
        for element in CoreElement.allCases {
            for name in allowedAttributes[element.name] ?? [] {
                bits[Int(element.rawValue)] |= CoreAttribute(local: name)!.bit
            }
        }
        return bits
    }()

    /// The values of the attributes with a fixed set of values: yes/no, directions, reorder.
    static func enumeratedValues(of attribute: CoreAttribute) -> [String]? {
        switch attribute {
        case .translate, .canResegment, .canCopy, .canDelete, .canOverlap: yesNo
        case .canReorder: reorderValues
        case .srcDir, .trgDir, .dir: directions
        case .appliesTo: sides
        default: nil
        }
    }

    private static let yesNo = ["no", "yes"]
    private static let reorderValues = ["firstNo", "no", "yes"]
    private static let directions = ["auto", "ltr", "rtl"]
    private static let sides = ["source", "target"]

    /// The core attribute the tag's attribute at `index` is, by its symbol; its name is looked at only
    /// when the tag came without symbols.
    @inline(__always)
    static func coreAttribute(_ symbol: UInt16, of tag: XMLStartTag, at index: Int) -> CoreAttribute? {
        if let attribute = CoreAttribute(rawValue: symbol) { return attribute }
        guard symbol == 0 else { return nil }
        let name = tag.attributeName(at: index)
        guard name.namespace.isEmpty else { return nil }
        return CoreAttribute(local: name.local)
    }

    /// The attributes without namespace whose value is an XLIFF id (an XML NMTOKEN): an element's own
    /// `id` and the references to ids, as a set of ``CoreAttribute/bit``s.
    static let idAttributes: UInt64 = [CoreAttribute.id, .copyOf, .dataRef, .startRef, .dataRefEnd, .dataRefStart]
        .reduce(0) { $0 | $1.bit }

    /// The attribute `element` must have (`ec` is checked with its pairing).
    static func requiredAttribute(of element: CoreElement) -> CoreAttribute? {
        switch element {
        case .data, .pc, .ph, .unit, .file, .group, .sc, .mrk, .sm: .id
        case .em: .startRef
        case .cp: .hex
        default: nil
        }
    }

    /// What the one pass over a core element's attributes keeps for the rest of the reader: the values it
    /// goes on to use, as the bytes in the parser's buffer (valid while the start tag is reported), so that
    /// neither a second pass nor a look-up by name is needed, and the record is copied without reference
    /// counting. ``string(_:)`` makes a value a string.
    struct CoreValues {
        var id: UnsafeBufferPointer<UInt8>?
        var name: UnsafeBufferPointer<UInt8>?
        var translate: UnsafeBufferPointer<UInt8>?
        var state: UnsafeBufferPointer<UInt8>?
        var subState: UnsafeBufferPointer<UInt8>?
        var dataRef: UnsafeBufferPointer<UInt8>?
        var dataRefStart: UnsafeBufferPointer<UInt8>?
        var dataRefEnd: UnsafeBufferPointer<UInt8>?
        /// Whether ``id`` is an XML NMTOKEN, as an id must be (checked once, with the attributes).
        var idIsToken = false
        /// Whether the tag has no attribute besides `id`, `startRef` and the data references (most inline
        /// codes): then none of the attributes that restrict copying, deleting and reordering, or give a
        /// type or sub-flows, needs to be looked up.
        var plain = true

        /// A value as a string.
        static func string(_ bytes: UnsafeBufferPointer<UInt8>?) -> String? {
            bytes.map { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// Checks the attributes of a core element and sets in `values` (empty when called) the values the
    /// reader uses (valid while the start tag is reported); `others`, when given, gets every attribute but
    /// `id` and `startRef`, by qualified name (an inline code's attributes, kept in the model). The values
    /// are filled in where the caller keeps them: the record is large, and returning it copies it.
    mutating func checkAttributes(
        _ tag: XMLStartTag, of element: CoreElement, into values: inout CoreValues,
        others: UnsafeMutablePointer<[String: String]>? = nil
    ) {
        let required = Self.requiredAttribute(of: element)
        if tag.attributeCount == 0 {
            if let required {
                error(XLIFF2Diagnostics.missingAttribute, "<\(element.name)> has no \(required.name) attribute",
                    remedy: "add the \(required.name) attribute", tag)
            }
            return
        }
        if let others, tag.attributeCount > 1 {
            // Room for every attribute at once: growing a dictionary from one entry to two rehashes it.
            others.pointee = Dictionary(minimumCapacity: tag.attributeCount)
        }
        let allowed = allowedAttributeBits[Int(element.rawValue)]
        var foundRequired = false
        // The values are read as bytes in the parser's buffer: a string is built only for a value that is
        // kept or reported.
        tag.forEachAttribute { symbol, index, value in
            guard let attribute = Self.coreAttribute(symbol, of: tag, at: index) else {
                values.plain = false
                let name = tag.attributeName(at: index)
                others?.pointee[name.qualified] = String(decoding: value, as: UTF8.self)
                checkOther(name, value, on: element, tag)
                return
            }
            var isValid = true
            if allowed & attribute.bit == 0 {
                unknownAttribute(tag.attributeName(at: index), on: element, tag)
                isValid = attribute != .id || XLIFF2Syntax.isNMToken(value)
            } else {
                if attribute == required { foundRequired = true }
                isValid = checkValue(of: attribute, value, on: element, tag)
            }
            switch attribute {
            case .id:
                values.id = value
                values.idIsToken = isValid
                return
            case .startRef:
                return
            case .dataRef:
                values.dataRef = value
            case .dataRefStart:
                values.dataRefStart = value
            case .dataRefEnd:
                values.dataRefEnd = value
            case .name: values.name = value; values.plain = false
            case .translate: values.translate = value; values.plain = false
            case .state: values.state = value; values.plain = false
            case .subState: values.subState = value; values.plain = false
            default: values.plain = false
            }
            others?.pointee[attribute.name] = String(decoding: value, as: UTF8.self)
        }
        if let required, !foundRequired {
            error(XLIFF2Diagnostics.missingAttribute, "<\(element.name)> has no \(required.name) attribute",
                remedy: "add the \(required.name) attribute", tag)
        }
    }

    /// Checks an attribute that is not one of the core's attributes without namespace.
    private mutating func checkOther(_ name: XMLName, _ value: UnsafeBufferPointer<UInt8>, on element: CoreElement, _ tag: XMLStartTag) {
        if name.namespace.isEmpty {
            unknownAttribute(name, on: element, tag)
        } else if name.namespace == XMLName.xmlNamespace {
            let allowedHere = (name.local == "lang" && Self.languageElements & element.bit != 0)
                || (name.local == "space" && Self.spaceElements & element.bit != 0)
            if !allowedHere, Self.extensibleElements & element.bit == 0 {
                error(XLIFF2Diagnostics.unknownAttribute, "<\(element.name)> may not have xml:\(name.local)",
                    remedy: "remove the attribute", tag)
            }
        } else if Self.moduleNamespaces[name.namespace] != nil {
            checkModuleAttribute(XMLAttribute(name: name, value: String(decoding: value, as: UTF8.self)), on: element.name, tag)
        } else if Self.extensibleElements & element.bit == 0 {
            error(XLIFF2Diagnostics.extensionNotAllowed,
                "<\(element.name)> may not carry the extension attribute \(name.qualified) (namespace \"\(name.namespace)\")",
                remedy: "extension attributes are allowed on <xliff>, <file>, <group>, <unit>, <note>, <mrk> and <sm>", tag)
        }
    }

    private mutating func unknownAttribute(_ name: XMLName, on element: CoreElement, _ tag: XMLStartTag) {
        error(XLIFF2Diagnostics.unknownAttribute, "<\(element.name)> has no attribute '\(name.local)' in XLIFF 2",
            remedy: "remove the attribute, or put it in a namespace of its own on an element that allows extensions", tag)
    }

    /// Checks the value of an allowed attribute; returns whether an id or id reference is an NMTOKEN (for
    /// other attributes, `true`).
    private mutating func checkValue(
        of attribute: CoreAttribute, _ bytes: UnsafeBufferPointer<UInt8>, on element: CoreElement, _ tag: XMLStartTag
    ) -> Bool {
        if Self.idAttributes & attribute.bit != 0 {
            if !XLIFF2Syntax.isNMToken(bytes) {
                let value = String(decoding: bytes, as: UTF8.self)
                error(XLIFF2Diagnostics.badId, "\(attribute.name)=\"\(value)\" on <\(element.name)> is not a valid XLIFF id (an XML NMTOKEN)",
                    remedy: "use letters, digits, '.', '-', '_' and ':' only", tag)
                return false
            }
            return true
        }
        if let values = Self.enumeratedValues(of: attribute), !values.contains(where: { $0.utf8.elementsEqual(bytes) }) {
            let value = String(decoding: bytes, as: UTF8.self)
            if !values.contains(value) {
                error(XLIFF2Diagnostics.badValue, "\(attribute.name)=\"\(value)\" on <\(element.name)> is not one of \(values.sorted().joined(separator: ", "))",
                    remedy: "use one of the allowed values", tag)
            }
        }
        if attribute == .priority, element == .note {
            let value = String(decoding: bytes, as: UTF8.self)
            if let number = Int(value), (1...10).contains(number) { return true }
            error(XLIFF2Diagnostics.badValue, "the note priority \"\(value)\" is not a number from 1 to 10",
                remedy: "write a priority from 1 (highest) to 10", tag)
        }
        return true
    }
}
