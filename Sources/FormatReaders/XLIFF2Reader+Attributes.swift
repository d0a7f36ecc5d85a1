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

    /// Elements that accept attributes of any other namespace (extension attributes).
    static let extensibleElements: Set<String> = ["xliff", "file", "group", "unit", "note", "mrk", "sm"]
    /// Elements on which `xml:lang` may be written.
    static let languageElements: Set<String> = ["xliff", "file", "group", "unit", "source", "target"]
    /// Elements on which `xml:space` may be written.
    static let spaceElements: Set<String> = ["xliff", "file", "group", "unit", "source", "target", "data"]

    /// The values of the attributes with a fixed set of values: yes/no, directions, reorder.
    static func enumeratedValues(of name: String) -> [String]? {
        // Only names of these lengths have enumerated values: most attributes are ruled out by
        // their length, without comparing strings.
        switch name.utf8.count {
        case 3, 6, 7, 8, 9, 10, 12: break
        default: return nil
        }
        return switch name {
        case "translate", "canResegment", "canCopy", "canDelete", "canOverlap": ["no", "yes"]
        case "canReorder": ["firstNo", "no", "yes"]
        case "srcDir", "trgDir", "dir": ["auto", "ltr", "rtl"]
        case "appliesTo": ["source", "target"]
        default: nil
        }
    }

    /// The attributes without namespace whose value is an XLIFF id (an XML NMTOKEN): an element's own
    /// `id` and the references to ids. The one list of them: the value check of `checkAttributes(_:of:)`
    /// and the single pass of `startCode(_:_:_:)` over an inline code's attributes both ask it.
    enum IDAttribute: String, CaseIterable {
        case id, copyOf, dataRef, startRef, dataRefEnd, dataRefStart

        /// The id attribute named `name`, or `nil`: one string comparison at most, as the names differ in
        /// length. A function rather than an initialiser: it borrows the name instead of taking it over, so
        /// the per-attribute call costs no retain and release.
        static func named(_ name: String) -> IDAttribute? {
            switch name.utf8.count {
            case 2 where name == Self.id.rawValue: .id
            case 6 where name == Self.copyOf.rawValue: .copyOf
            case 7 where name == Self.dataRef.rawValue: .dataRef
            case 8 where name == Self.startRef.rawValue: .startRef
            case 10 where name == Self.dataRefEnd.rawValue: .dataRefEnd
            case 12 where name == Self.dataRefStart.rawValue: .dataRefStart
            default: nil
            }
        }
    }

    /// The attributes without namespace that `element` may have, found without hashing the names.
    static func allowedAttributes(of element: String) -> [String] {
        switch element {
        case "ph": phAttributes
        case "pc": pcAttributes
        case "source": []
        case "target": targetAttributes
        case "segment": segmentAttributes
        case "unit": unitAttributes
        case "note": noteAttributes
        case "data": dataAttributes
        default: allowedAttributes[element] ?? []
        }
    }

    private static let phAttributes = allowedAttributes["ph"]!
    private static let pcAttributes = allowedAttributes["pc"]!
    private static let targetAttributes = allowedAttributes["target"]!
    private static let segmentAttributes = allowedAttributes["segment"]!
    private static let unitAttributes = allowedAttributes["unit"]!
    private static let noteAttributes = allowedAttributes["note"]!
    private static let dataAttributes = allowedAttributes["data"]!

    /// The attributes `element` must have (`ec` is checked with its pairing), found without hashing the name.
    static func requiredAttributes(of element: String) -> [String] {
        // The elements of every unit come first.
        // The lists are built once: an array literal here would be allocated on every call.
        switch element {
        case "data", "pc", "ph", "unit": requiresID
        case "source", "target", "segment", "note", "notes", "originalData": []
        case "file", "group", "sc", "mrk", "sm": requiresID
        case "em": requiresStartRef
        case "cp": requiresHex
        default: []
        }
    }

    private static let requiresID = ["id"]
    private static let requiresStartRef = ["startRef"]
    private static let requiresHex = ["hex"]

    /// Checks the attributes of a core element.
    mutating func checkAttributes(_ tag: XMLStartTag, of element: String) {
        if tag.attributeCount == 0 {
            for name in Self.requiredAttributes(of: element) {
                error(XLIFF2Diagnostics.missingAttribute, "<\(element)> has no \(name) attribute", remedy: "add the \(name) attribute", tag)
            }
            return
        }
        let allowed = Self.allowedAttributes(of: element)
        let required = Self.requiredAttributes(of: element)
        // How many of the required attributes (at most one per element) the tag has, counted on the way.
        var requiredFound = 0
        // The values are read as bytes in the parser's buffer: a string is built only for a value that is reported.
        tag.forEachAttribute { name, value in
            if name.namespace.isEmpty {
                // Comparing the lengths first spares most string comparisons.
                let length = name.local.utf8.count
                if !allowed.contains(where: { $0.utf8.count == length && $0 == name.local }) {
                    error(XLIFF2Diagnostics.unknownAttribute, "<\(element)> has no attribute '\(name.local)' in XLIFF 2",
                        remedy: "remove the attribute, or put it in a namespace of its own on an element that allows extensions", tag)
                    return
                }
                if !required.isEmpty, required.contains(name.local) { requiredFound += 1 }
                checkValue(of: name.local, value, on: element, tag)
            } else if name.namespace == XMLName.xmlNamespace {
                let allowedHere = (name.local == "lang" && Self.languageElements.contains(element))
                    || (name.local == "space" && Self.spaceElements.contains(element))
                if !allowedHere, !Self.extensibleElements.contains(element) {
                    error(XLIFF2Diagnostics.unknownAttribute, "<\(element)> may not have xml:\(name.local)",
                        remedy: "remove the attribute", tag)
                }
            } else if Self.moduleNamespaces[name.namespace] != nil {
                checkModuleAttribute(XMLAttribute(name: name, value: String(decoding: value, as: UTF8.self)), on: element, tag)
            } else if !Self.extensibleElements.contains(element) {
                error(XLIFF2Diagnostics.extensionNotAllowed,
                    "<\(element)> may not carry the extension attribute \(name.qualified) (namespace \"\(name.namespace)\")",
                    remedy: "extension attributes are allowed on <xliff>, <file>, <group>, <unit>, <note>, <mrk> and <sm>", tag)
            }
        }
        guard requiredFound < required.count else { return }
        for name in required where tag.attribute(name) == nil {
            error(XLIFF2Diagnostics.missingAttribute, "<\(element)> has no \(name) attribute", remedy: "add the \(name) attribute", tag)
        }
    }

    private mutating func checkValue(
        of name: String, _ bytes: UnsafeBufferPointer<UInt8>, on element: String, _ tag: XMLStartTag
    ) {
        // Id attributes are the most frequent and have no enumerated values: they are checked first.
        if IDAttribute.named(name) != nil {
            if !XLIFF2Syntax.isNMToken(bytes) {
                let value = String(decoding: bytes, as: UTF8.self)
                error(XLIFF2Diagnostics.badId, "\(name)=\"\(value)\" on <\(element)> is not a valid XLIFF id (an XML NMTOKEN)",
                    remedy: "use letters, digits, '.', '-', '_' and ':' only", tag)
            }
            return
        }
        if let values = Self.enumeratedValues(of: name), !values.contains(where: { $0.utf8.elementsEqual(bytes) }) {
            let value = String(decoding: bytes, as: UTF8.self)
            if !values.contains(value) {
                error(XLIFF2Diagnostics.badValue, "\(name)=\"\(value)\" on <\(element)> is not one of \(values.sorted().joined(separator: ", "))",
                    remedy: "use one of the allowed values", tag)
            }
        }
        if name == "priority", element == "note" {
            let value = String(decoding: bytes, as: UTF8.self)
            if let number = Int(value), (1...10).contains(number) { return }
            error(XLIFF2Diagnostics.badValue, "the note priority \"\(value)\" is not a number from 1 to 10",
                remedy: "write a priority from 1 (highest) to 10", tag)
        }
    }
}
