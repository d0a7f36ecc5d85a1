import PublicationCore
import XMLSource

/// Module and extension elements and attributes: they never stop reading; the simple constraints
/// of the modules (required attributes, values, id uniqueness, references) are checked.
extension XLIFF2Reader.Core {
    static let fsNamespace = "urn:oasis:names:tc:xliff:fs:2.0"
    static let slrNamespace = "urn:oasis:names:tc:xliff:sizerestriction:2.0"

    /// The namespaces of the XLIFF 2 modules (and ITS), with their usual prefixes.
    static let moduleNamespaces: [String: String] = [
        "urn:oasis:names:tc:xliff:matches:2.0": "mtc", "urn:oasis:names:tc:xliff:glossary:2.0": "gls",
        fsNamespace: "fs", "urn:oasis:names:tc:xliff:metadata:2.0": "mda",
        "urn:oasis:names:tc:xliff:resourcedata:2.0": "res", "urn:oasis:names:tc:xliff:changetracking:2.0": "ctr",
        slrNamespace: "slr", "urn:oasis:names:tc:xliff:validation:2.0": "val",
        "http://www.w3.org/2005/11/its": "its", "urn:oasis:names:tc:xliff:itsm:2.1": "itsm",
        "http://www.w3.org/ns/its-xliff/": "itsxlf", "urn:oasis:names:tc:xliff:pgs:1.0": "pgs",
    ]

    /// The elements each module defines (modules that define elements).
    static let moduleElements: [String: Set<String>] = [
        "mtc": ["matches", "match"], "gls": ["glossary", "glossEntry", "term", "translation", "definition"],
        "mda": ["metadata", "metaGroup", "meta"],
        "res": ["resourceData", "resourceItem", "resourceItemRef", "source", "target", "reference"],
        "ctr": ["changeTrack", "revisions", "revision", "item"], "slr": ["profiles", "normalization", "data"],
        "val": ["validation", "rule"],
    ]

    /// The element names of HTML that `fs:fs` may take.
    static let htmlElements: Set<String> = [
        "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "blockquote", "body",
        "br", "button", "canvas", "caption", "cite", "code", "col", "colgroup", "command", "datalist", "dd", "del",
        "details", "dfn", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "footer", "form", "h1",
        "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "img", "input", "ins",
        "kbd", "keygen", "label", "legend", "li", "link", "map", "mark", "menu", "meta", "meter", "nav", "noscript",
        "object", "ol", "optgroup", "option", "output", "p", "param", "pre", "progress", "q", "rp", "rt", "ruby", "s",
        "samp", "script", "section", "select", "small", "source", "span", "strong", "style", "sub", "summary", "sup",
        "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "u", "ul", "var",
        "video", "wbr",
    ]

    // MARK: Elements

    /// A non-core element whose parent is a core element.
    mutating func startExtension(_ tag: XMLStartTag) {
        let top = stack.count - 1
        let parent = stack[top]
        stack[top].hasContent = true
        var placed = true
        switch parent.kind {
        case .file:
            if parent.phase > 2 {
                error(XLIFF2Diagnostics.elementOrder, "the \(describe(tag.name)) <\(tag.name.qualified)> comes too late inside <file>: \(Self.orderRule["file"]!)",
                    remedy: "move it before the <notes>, <unit> and <group> elements", tag)
                placed = false
            } else {
                stack[top].phase = 2
            }
        case .group, .unit:
            if parent.phase > 1 {
                error(XLIFF2Diagnostics.elementOrder, "the \(describe(tag.name)) <\(tag.name.qualified)> comes too late inside <\(parent.name.local)>: \(Self.orderRule[parent.name.local]!)",
                    remedy: "move it before the notes and the content", tag)
                placed = false
            }
        case .xliff where isVersion22:
            if parent.phase > 1 {
                error(XLIFF2Diagnostics.elementOrder, "the \(describe(tag.name)) <\(tag.name.qualified)> comes too late inside <xliff>: it must come before the <notes> and <file> elements",
                    remedy: "move it before the first <file>", tag)
                placed = false
            } else {
                stack[top].phase = 1
            }
        case .skeleton:
            stack.append(Frame(foreign: tag.name, line: tag.line, column: tag.column))
            return
        default:
            error(XLIFF2Diagnostics.extensionNotAllowed, "the \(describe(tag.name)) <\(tag.name.qualified)> is not allowed inside <\(parent.name.local)>",
                remedy: "extension and module elements belong in <file>, <group> or <unit>, before their content", tag)
            placed = false
        }
        startForeign(tag, insideModule: false, checked: placed)
    }

    private mutating func describe(_ name: XMLName) -> String {
        Self.moduleNamespaces[name.namespace] != nil ? "module element" : "extension element"
    }

    /// Any element inside a module or extension element (or the element itself).
    mutating func startForeign(_ tag: XMLStartTag, insideModule: Bool, checked: Bool = true) {
        var frame = Frame(foreign: tag.name, line: tag.line, column: tag.column)
        for attribute in tag.attributes {
            frame.attributes[attribute.name.namespace.isEmpty ? attribute.name.local : attribute.name.qualified] = attribute.value
        }
        let module = Self.moduleNamespaces[tag.name.namespace]
        let parentModule = stack.last.flatMap { $0.kind == .foreign ? Self.moduleNamespaces[$0.name.namespace] : nil }
        if module == nil, !Self.isCoreNamespace(tag.name.namespace), parentModule == nil {
            registerExtensionID(tag)
        }
        if let module, checked {
            if let known = Self.moduleElements[module], !known.contains(tag.name.local) {
                error(XLIFF2Diagnostics.unknownElement, "<\(tag.name.qualified)> is not an element of the \(module) module",
                    remedy: "check the spelling against the module's elements: \(known.sorted().joined(separator: ", "))", tag)
            } else if let parentModule, parentModule != module, !(module == "mda" && parentModule == "mtc"),
                Self.moduleElements[module] != nil
            {
                error(XLIFF2Diagnostics.unexpectedElement, "the \(module) element <\(tag.name.qualified)> is not allowed inside the \(parentModule) element <\(stack.last!.name.qualified)>",
                    remedy: "move it out of the \(parentModule) element", tag)
            } else {
                startModuleElement(module, tag, &frame)
            }
        }
        if module == "slr", tag.name.local == "profiles" { hasSizeProfile = true }
        if slrDataDepth > 0 || (module == "slr" && tag.name.local == "data") {
            slrDataDepth += 1
            for attribute in tag.attributes where attribute.name.local == "id" {
                _ = fileScopeHashes.value(for: XLIFF2Syntax.hash("slr", attribute.value), insertingIfAbsent: 0)
            }
        }
        stack.append(frame)
    }

    /// Registers the id of an extension element in the nearest file, group or unit.
    private mutating func registerExtensionID(_ tag: XMLStartTag) {
        guard let id = tag.attribute("id") ?? tag.attribute("id", namespace: XMLName.xmlNamespace),
            let scope = stack.lastIndex(where: { $0.kind == .file || $0.kind == .group || $0.kind == .unit })
        else { return }
        if !stack[scope].childIDs.insert("x\u{0}\(tag.name.namespace)\u{0}\(id)") {
            error(XLIFF2Diagnostics.duplicateId, "the id \"\(id)\" of the extension element <\(tag.name.qualified)> is used by another extension element of the same <\(stack[scope].name.local)>",
                remedy: "give each extension element its own id", tag)
        }
    }

    mutating func endForeign(_ frame: Frame) {
        if slrDataDepth > 0 { slrDataDepth -= 1 }
        guard let module = Self.moduleNamespaces[frame.name.namespace] else { return }
        let local = frame.name.local
        switch (module, local) {
        case ("gls", "glossEntry"):
            if !frame.childNames.contains("translation") && !frame.childNames.contains("definition") {
                error(XLIFF2Diagnostics.moduleContent, "the glossary entry has neither a <gls:translation> nor a <gls:definition>",
                    remedy: "add a translation or a definition of the term", frame)
            }
        case ("mda", "metadata"):
            if !frame.childNames.contains("metaGroup") || frame.childNames.contains(where: { $0 != "metaGroup" }) {
                error(XLIFF2Diagnostics.moduleContent, "<mda:metadata> must hold one or more <mda:metaGroup> and nothing else",
                    remedy: "wrap the <mda:meta> elements in a <mda:metaGroup>", frame)
            }
        case ("res", "source"), ("res", "target"):
            if (frame.attributes["href"] != nil) == frame.hasContent {
                error(XLIFF2Diagnostics.moduleContent,
                    frame.hasContent ? "<res:\(local)> has content and an href as well" : "<res:\(local)> is empty and has no href",
                    remedy: "an empty resource points to it with href; a resource with content has no href", frame)
            }
        default:
            break
        }
    }

    private mutating func startModuleElement(_ module: String, _ tag: XMLStartTag, _ frame: inout Frame) {
        let local = tag.name.local
        let parentIndex = stack.count - 1
        func unique(_ id: String, in index: Int, _ what: String) {
            if !stack[index].childIDs.insert(id) {
                error(XLIFF2Diagnostics.duplicateId, "the id \"\(id)\" is used twice in \(what)", remedy: "give each one its own id", tag)
            }
        }
        func nmtoken(_ name: String) {
            if let value = tag.attribute(name), !XLIFF2Syntax.isNMToken(value) {
                error(XLIFF2Diagnostics.badId, "\(name)=\"\(value)\" on <\(tag.name.qualified)> is not a valid id (an XML NMTOKEN)",
                    remedy: "use letters, digits, '.', '-', '_' and ':' only", tag)
            }
        }
        func values(_ name: String, _ allowed: Set<String>) {
            if let value = tag.attribute(name), !allowed.contains(value) {
                error(XLIFF2Diagnostics.badValue, "\(name)=\"\(value)\" on <\(tag.name.qualified)> is not one of \(allowed.sorted().joined(separator: ", "))",
                    remedy: "use one of the allowed values", tag)
            }
        }
        switch (module, local) {
        case ("mtc", "match"):
            nmtoken("id")
            if let id = tag.attribute("id"), stack[parentIndex].name.local == "matches" { unique(id, in: parentIndex, "<mtc:matches>") }
            values("type", ["am", "mt", "icm", "idm", "tb", "tm", "other"])
            if tag.attribute("subType") != nil, tag.attribute("type") == nil {
                error(XLIFF2Diagnostics.subtypeWithoutType, "the match has a subType but no type", remedy: "add the type that subType refines", tag)
            }
            if tag.attribute("lang", namespace: XMLName.xmlNamespace) != nil {
                error(XLIFF2Diagnostics.moduleAttribute, "<mtc:match> may not have xml:lang", remedy: "remove xml:lang from the match", tag)
            }
            for name in ["similarity", "matchQuality", "matchSuitability"] {
                if let value = tag.attribute(name), !(Double(value).map { (0...100).contains($0) } ?? false) {
                    error(XLIFF2Diagnostics.badValue, "\(name)=\"\(value)\" is not a number from 0 to 100", remedy: "write a percentage such as 85", tag)
                }
            }
            if let ref = tag.attribute("ref") {
                if ref.hasPrefix("#"), case .success(let fragment) = XLIFF2Fragment.parse(ref), let leaf = fragment.leaf,
                    leaf.prefix == nil || leaf.prefix == "t"
                {
                    addPendingReference(.init(id: leaf.id, target: .segmentOrCode,
                        message: "the match's ref=\"\(ref)\" points to no segment or marked span of the unit", line: tag.line, column: tag.column))
                } else {
                    error(XLIFF2Diagnostics.badFragment, "the match's ref=\"\(ref)\" is not a fragment identifier of a span in the unit",
                        remedy: "write ref=\"#SEGMENT-ID\" or ref=\"#t=MARKER-ID\"", tag)
                }
            } else {
                error(XLIFF2Diagnostics.missingAttribute, "<mtc:match> has no ref", remedy: "point ref to the text the match is for", tag)
            }
        case ("gls", "glossEntry"), ("gls", "translation"):
            if let id = tag.attribute("id"), let glossary = stack.lastIndex(where: { $0.name.local == "glossary" }) {
                unique(id, in: glossary, "the <gls:glossary>")
            }
        case ("mda", "metadata"):
            nmtoken("id")
        case ("mda", "metaGroup"):
            nmtoken("id")
            values("appliesTo", ["source", "target", "ignorable"])
            if let id = tag.attribute("id"), let metadata = stack.lastIndex(where: { $0.name.local == "metadata" }) {
                unique(id, in: metadata, "the <mda:metadata>")
            }
        case ("mda", "meta"):
            if tag.attribute("type") == nil {
                error(XLIFF2Diagnostics.missingAttribute, "<mda:meta> has no type", remedy: "add the type of the metadata", tag)
            }
            if tag.attribute("appliesTo") != nil {
                error(XLIFF2Diagnostics.moduleAttribute, "<mda:meta> may not have appliesTo; it belongs on <mda:metaGroup>",
                    remedy: "move appliesTo to the enclosing metaGroup", tag)
            }
        case ("res", "resourceItem"), ("res", "resourceItemRef"):
            if let id = tag.attribute("id") { unique(id, in: parentIndex, "the <res:resourceData>") }
        case ("res", "source"):
            // Only the source's language is constrained; a resource's target may be in another locale.
            let expected = sourceLanguage
            if let language = tag.attribute("lang", namespace: XMLName.xmlNamespace), let expected,
                !XLIFF2Syntax.sameLanguage(language, expected)
            {
                error(XLIFF2Diagnostics.languageMismatch, "the resource's xml:lang=\"\(language)\" differs from srcLang=\"\(expected)\"",
                    remedy: "remove xml:lang or make it equal to the document's language", tag)
            }
        case ("ctr", "revisions"):
            if tag.attribute("appliesTo") == "note" {
                if let ref = tag.attribute("ref") {
                    addPendingReference(.init(id: ref, target: .note,
                        message: "the change-tracking ref=\"\(ref)\" names no <note> of the unit", line: tag.line, column: tag.column))
                } else if inUnit {
                    addPendingReference(.init(id: "", target: .singleNote,
                        message: "<ctr:revisions appliesTo=\"note\"> has no ref, but the unit has several notes",
                        line: tag.line, column: tag.column))
                }
            }
        case ("ctr", "item"):
            if let property = tag.attribute("property") {
                if property != "content", let revisions = stack.lastIndex(where: { $0.name.local == "revisions" }),
                    stack[revisions].attributes["appliesTo"] == "note", let note = stack[revisions].attributes["ref"]
                {
                    addPendingReference(.init(id: note, target: .noteAttribute(property),
                        message: "the change-tracking item names the property \"\(property)\", which the note \"\(note)\" does not have",
                        line: tag.line, column: tag.column))
                }
                if !stack[parentIndex].childIDs.insert(property) {
                    error(XLIFF2Diagnostics.duplicateId, "the revision has two items for the property \"\(property)\"",
                        remedy: "keep one item per property in a revision", tag)
                }
            } else {
                error(XLIFF2Diagnostics.missingAttribute, "<ctr:item> has no property", remedy: "add property=\"content\" or the attribute's name", tag)
            }
        case ("val", "rule"):
            checkValidationRule(tag)
        default:
            break
        }
    }

    private mutating func checkValidationRule(_ tag: XMLStartTag) {
        let kinds = ["isPresent", "isNotPresent", "startsWith", "endsWith"].filter { tag.attribute($0) != nil }
        let custom = tag.attributes.filter {
            !$0.name.namespace.isEmpty && $0.name.namespace != XMLName.xmlNamespace && $0.name.namespace != tag.name.namespace
        }
        if kinds.count + custom.count != 1 {
            error(XLIFF2Diagnostics.moduleContent, "a <val:rule> needs exactly one of isPresent, isNotPresent, startsWith, endsWith or a custom rule; it has \(kinds.count + custom.count)",
                remedy: "split the rule into one rule per test", tag)
        }
        if tag.attribute("existsInSource") != nil, !kinds.contains(where: { ["isPresent", "startsWith", "endsWith"].contains($0) }) {
            error(XLIFF2Diagnostics.moduleContent, "existsInSource is used without isPresent, startsWith or endsWith",
                remedy: "add the test whose text must exist in the source", tag)
        }
        for name in ["existsInSource", "caseSensitive", "disabled"] {
            if let value = tag.attribute(name), !XLIFF2Syntax.isYesNo(value) {
                error(XLIFF2Diagnostics.badValue, "\(name)=\"\(value)\" is neither yes nor no", remedy: "write yes or no", tag)
            }
        }
        if let value = tag.attribute("normalization"), !["none", "nfc", "nfd"].contains(value) {
            error(XLIFF2Diagnostics.badValue, "normalization=\"\(value)\" is not none, nfc or nfd", remedy: "write none, nfc or nfd", tag)
        }
        if let value = tag.attribute("occurs"), !(Int(value).map { $0 >= 1 } ?? false) {
            error(XLIFF2Diagnostics.badValue, "occurs=\"\(value)\" is not a whole number of at least 1", remedy: "write how often the text must occur", tag)
        }
    }

    // MARK: Attributes

    /// Checks an attribute of a module (fs, slr, …) on a core element.
    mutating func checkModuleAttribute(_ attribute: XMLAttribute, on element: String, _ tag: XMLStartTag) {
        let local = attribute.name.local
        let value = attribute.value
        switch Self.moduleNamespaces[attribute.name.namespace] {
        case "fs":
            switch local {
            case "fs":
                if !Self.htmlElements.contains(value) {
                    error(XLIFF2Diagnostics.badValue, "fs:fs=\"\(value)\" is not the name of an HTML element",
                        remedy: "use an HTML element name such as \"p\", \"b\" or \"html\"", tag)
                }
            case "subFs":
                if tag.attribute("fs", namespace: Self.fsNamespace) == nil {
                    error(XLIFF2Diagnostics.moduleAttribute, "fs:subFs is used without fs:fs", remedy: "add the fs:fs that subFs refines", tag)
                }
            default:
                error(XLIFF2Diagnostics.unknownAttribute, "the format style module has no attribute fs:\(local)", remedy: "use fs:fs or fs:subFs", tag)
            }
        case "slr":
            switch local {
            case "sizeRestriction", "storageRestriction":
                if !Self.isRestriction(value) {
                    error(XLIFF2Diagnostics.badValue, "slr:\(local)=\"\(value)\" is not a size such as \"90\", \"10,90\" or \"*\"",
                        remedy: "write a maximum, or a minimum and a maximum separated by a comma", tag)
                }
            case "sizeInfo", "equivStorage":
                if !XLIFF2Syntax.isNonNegativeInteger(value) {
                    // The profiles give sizes as whole numbers. Without a declared profile the OASIS core suite
                    // accepts other text in sizeInfo (withModulesAttributesInEc.xlf), so that has a code of its
                    // own, a warning; the catalog entry of each code gives its severity.
                    let entry = local == "sizeInfo" && !hasSizeProfile ? XLIFF2Diagnostics.sizeInfo : XLIFF2Diagnostics.badValue
                    error(entry, "slr:\(local)=\"\(value)\" is not a whole number", remedy: "write a whole number such as 7", tag)
                }
                if local == "sizeInfo", tag.attribute("sizeInfoRef", namespace: Self.slrNamespace) != nil {
                    error(XLIFF2Diagnostics.moduleAttribute, "slr:sizeInfo and slr:sizeInfoRef are both used", remedy: "keep one of them", tag)
                }
            case "sizeInfoRef":
                if fileScopeHashes.value(for: XLIFF2Syntax.hash("slr", value)) == nil {
                    error(XLIFF2Diagnostics.badReference, "slr:sizeInfoRef=\"\(value)\" names no element of an <slr:data> before it",
                        remedy: "point sizeInfoRef to the id of an element inside <slr:data>", tag)
                }
            case "profile":
                break
            default:
                error(XLIFF2Diagnostics.unknownAttribute, "the size restriction module has no attribute slr:\(local)",
                    remedy: "check the spelling", tag)
            }
        default:
            break
        }
    }

    /// `*`, `N`, `N,M` or `N,*`.
    static func isRestriction(_ value: String) -> Bool {
        if value == "*" { return true }
        let parts = value.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        switch parts.count {
        case 1: return XLIFF2Syntax.isNonNegativeInteger(parts[0])
        case 2: return XLIFF2Syntax.isNonNegativeInteger(parts[0]) && (parts[1] == "*" || XLIFF2Syntax.isNonNegativeInteger(parts[1]))
        default: return false
        }
    }
}
