import PublicationCore
import XMLSource

/// The attributes of the core elements: which exist, which are required, and their values.
extension XLIFF2Reader {
    /// The attributes without namespace that each core element may have.
    static let allowedAttributes: [String: Set<String>] = [
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

    /// The attributes each core element must have (`ec` is checked with its pairing).
    static let requiredAttributes: [String: [String]] = [
        "file": ["id"], "group": ["id"], "unit": ["id"], "data": ["id"], "ph": ["id"], "pc": ["id"], "sc": ["id"],
        "mrk": ["id"], "sm": ["id"], "em": ["startRef"], "cp": ["hex"],
    ]

    /// Elements that accept attributes of any other namespace (extension attributes).
    static let extensibleElements: Set<String> = ["xliff", "file", "group", "unit", "note", "mrk", "sm"]
    /// Elements on which `xml:lang` may be written.
    static let languageElements: Set<String> = ["xliff", "file", "group", "unit", "source", "target"]
    /// Elements on which `xml:space` may be written.
    static let spaceElements: Set<String> = ["xliff", "file", "group", "unit", "source", "target", "data"]

    /// Attributes with these values: yes/no, directions, reorder.
    static let enumeratedAttributes: [String: Set<String>] = [
        "translate": XLIFF2Syntax.yesNo, "canResegment": XLIFF2Syntax.yesNo, "canCopy": XLIFF2Syntax.yesNo,
        "canDelete": XLIFF2Syntax.yesNo, "canOverlap": XLIFF2Syntax.yesNo, "canReorder": XLIFF2Syntax.reorderValues,
        "srcDir": XLIFF2Syntax.directions, "trgDir": XLIFF2Syntax.directions, "dir": XLIFF2Syntax.directions,
        "appliesTo": ["source", "target"],
    ]

    /// Attributes whose value is an id (NMTOKEN).
    static let idAttributes: Set<String> = ["id", "startRef", "copyOf", "dataRef", "dataRefStart", "dataRefEnd"]

    /// Checks the attributes of a core element.
    func checkAttributes(_ tag: XMLStartTag, of element: String) {
        let allowed = Self.allowedAttributes[element] ?? []
        for attribute in tag.attributes {
            let name = attribute.name
            if name.namespace.isEmpty {
                if !allowed.contains(name.local) {
                    error("xliff2.unknown-attribute", "<\(element)> has no attribute '\(name.local)' in XLIFF 2",
                        remedy: "remove the attribute, or put it in a namespace of its own on an element that allows extensions", tag)
                    continue
                }
                checkValue(of: name.local, attribute.value, on: element, tag)
            } else if name.namespace == XMLName.xmlNamespace {
                let allowedHere = (name.local == "lang" && Self.languageElements.contains(element))
                    || (name.local == "space" && Self.spaceElements.contains(element))
                if !allowedHere, !Self.extensibleElements.contains(element) {
                    error("xliff2.unknown-attribute", "<\(element)> may not have xml:\(name.local)",
                        remedy: "remove the attribute", tag)
                }
            } else if Self.moduleNamespaces[name.namespace] != nil {
                checkModuleAttribute(attribute, on: element, tag)
            } else if !Self.extensibleElements.contains(element) {
                error("xliff2.extension-not-allowed",
                    "<\(element)> may not carry the extension attribute \(name.qualified) (namespace \"\(name.namespace)\")",
                    remedy: "extension attributes are allowed on <xliff>, <file>, <group>, <unit>, <note>, <mrk> and <sm>", tag)
            }
        }
        for name in Self.requiredAttributes[element] ?? [] where tag.attribute(name) == nil {
            error("xliff2.missing-attribute", "<\(element)> has no \(name) attribute", remedy: "add the \(name) attribute", tag)
        }
    }

    private func checkValue(of name: String, _ value: String, on element: String, _ tag: XMLStartTag) {
        if let values = Self.enumeratedAttributes[name], !values.contains(value) {
            error("xliff2.bad-value", "\(name)=\"\(value)\" on <\(element)> is not one of \(values.sorted().joined(separator: ", "))",
                remedy: "use one of the allowed values", tag)
        }
        if Self.idAttributes.contains(name), !XLIFF2Syntax.isNMToken(value) {
            error("xliff2.bad-id", "\(name)=\"\(value)\" on <\(element)> is not a valid XLIFF id (an XML NMTOKEN)",
                remedy: "use letters, digits, '.', '-', '_' and ':' only", tag)
        }
        if name == "priority", element == "note" {
            if let number = Int(value), (1...10).contains(number) { return }
            error("xliff2.bad-value", "the note priority \"\(value)\" is not a number from 1 to 10",
                remedy: "write a priority from 1 (highest) to 10", tag)
        }
    }
}
