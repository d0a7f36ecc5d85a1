import PublicationCore
import XMLSource

/// Inline content: `ph`, `pc`, `sc`, `ec`, `mrk`, `sm`, `em` and `cp` become ``InlineCode``s (or
/// characters), with the checks of pairing, ids, data references, copying and reordering.
extension XLIFF2Reader.Core {
    mutating func startCode(
        _ element: XLIFF2Reader.InlineElement, _ tag: XMLStartTag, _ values: CoreValues, _ others: [String: String],
        _ frame: inout Frame
    ) {
        if element == .cp {
            appendCodePoint(tag)
            return
        }
        guard inUnit else { return }
        // The one pass of `checkAttributes` over the tag took the id, the data references and (when the
        // model keeps them) the other attributes; `id` and `startRef` are kept in the model's own fields.
        let attributes = others
        let plain = values.plain
        let id = CoreValues.string(values.id)
        let isolated = plain ? nil : tag.attribute("isolated")
        if let isolated, !XLIFF2Syntax.isYesNo(isolated) {
            error(XLIFF2Diagnostics.badValue, "isolated=\"\(isolated)\" is neither yes nor no", remedy: "write isolated=\"yes\" or leave it out", tag)
        }
        switch element {
        case .ph, .pc, .sc:
            if !plain { checkCode(element.name, tag, id: id) }
            if let id { register(id, tag, isToken: values.idIsToken) }
            let kind: InlineCode.Kind = element == .ph ? .placeholder : (element == .sc && isolated == "yes" ? .isolated : .opening)
            let data = element == .pc ? dataReference(values.dataRefStart, "dataRefStart", tag)
                : dataReference(values.dataRef, "dataRef", tag)
            if element == .pc { _ = dataReference(values.dataRefEnd, "dataRefEnd", tag) }
            if let id {
                sequence.codes[id] = .init(isPlaceholder: element == .ph, canCopy: plain || tag.attribute("canCopy") != "no")
                if !plain, tag.attribute("canDelete") == "no", !inTarget {
                    unit.protectedCodes.append(.init(part: unit.partCount - 1, id: id, line: tag.line, column: tag.column))
                }
            }
            if element == .sc, let id {
                if isolated == "yes" {
                    sequence.isolatedStarts.insert(id)
                } else {
                    sequence.openCodes[id] = .init(attributes: Self.pairedAttributes(tag), line: tag.line, column: tag.column)
                }
            }
            if element == .pc {
                if let id { pushCodeID(id, &frame) }
                // An empty list is not stored: storing it would make the frame's box of rare parts.
                if !attributes.isEmpty { frame.attributes = attributes }
            }
            reorder(id: id ?? "", token: element == .ph ? "p:" : "o:", tag, isClosing: false, plain: plain)
            appendCode(kind, element, id: id, attributes: attributes, data: data)
        case .ec:
            if !plain { checkCode(element.name, tag, id: id) }
            startEndCode(tag, id: id, isToken: values.idIsToken, isolated: isolated == "yes", attributes: attributes)
        case .mrk, .sm:
            checkMarker(element.name, tag)
            if let id { register(id, tag, isToken: values.idIsToken) }
            if element == .sm, let id {
                sequence.openMarkers[id] = .init(attributes: [:], line: tag.line, column: tag.column)
            }
            if element == .mrk {
                if let id { pushCodeID(id, &frame) }
                // As for `pc`: an empty list is not stored, which would make the frame's box of rare parts.
                if !attributes.isEmpty { frame.attributes = attributes }
            }
            appendCode(.markerStart, element, id: id, attributes: attributes)
        case .em:
            let startRef = tag.attribute("startRef")
            if let startRef {
                if sequence.openMarkers.removeValue(forKey: startRef) == nil {
                    error(XLIFF2Diagnostics.unpairedMarker, "<em startRef=\"\(startRef)\"> ends a marker that was not started before it in the unit",
                        remedy: "put <sm id=\"\(startRef)\"/> before the <em>, or remove the <em>", tag)
                }
            }
            appendCode(.markerEnd, .em, id: startRef, attributes: attributes)
        case .cp:
            break
        }
    }

    mutating func endCode(_ element: XLIFF2Reader.InlineElement, _ frame: Frame, codeID: String?) {
        switch element {
        case .pc:
            var data: String?
            if keepsDetail, let reference = frame.attributes["dataRefEnd"] { data = inUnit ? unit.data[reference] : nil }
            if let id = codeID { reorder(id: id, token: "c:", nil, isClosing: true) }
            appendCode(.closing, .pc, id: codeID, attributes: frame.attributes, data: data)
        case .mrk:
            appendCode(.markerEnd, .mrk, id: codeID, attributes: frame.attributes)
        default:
            break
        }
    }

    /// Adds a code to the inline content being read (or, counts only, to its tally) and, when it has an
    /// id, records it for the correspondence check. The ``PublicationCore/InlineCode`` is built only when
    /// the unit keeps its text.
    mutating func appendCode(
        _ kind: InlineCode.Kind, _ element: XLIFF2Reader.InlineElement, id: String?, attributes: [String: String] = [:],
        data: String? = nil
    ) {
        if let id, part != nil, inUnit {
            let startsMarker = kind == .markerStart
            let markKind: XLIFF2UnitState.CodeMark.Kind = startsMarker || kind == .markerEnd ? .marker
                : element == .ph ? .placeholder : .paired
            let mark = XLIFF2UnitState.CodeMark(id: id, kind: markKind, element: element, startsMarker: startsMarker,
                translate: startsMarker ? attributes["translate"] : nil, part: unit.partCount - 1)
            if inTarget { unit.targetMarks.append(mark) } else { unit.sourceMarks.append(mark) }
        }
        if keepsDetail {
            content.append(.code(InlineCode(kind: kind, element: element.name, id: id, attributes: attributes, data: data)))
        } else {
            contentTally.addCode()
        }
    }

    /// The sequence of the side being read.
    ///
    /// Reads and changes go straight to the unit's storage: no copy of the sequence is made (and written back).
    var sequence: XLIFF2CodeSequence {
        _read {
            if inTarget { yield unit.target } else { yield unit.source }
        }
        _modify {
            if inTarget { yield &unit.target } else { yield &unit.source }
        }
    }

    /// The pairing attributes that have a default, so an `<ec>` without them still differs from an `<sc>`
    /// that sets them; the others (`copyOf`, `dir`, `type`, `subType`) are compared only when the `<ec>` has them.
    static let defaultedPairAttributes: Set<String> = ["canCopy", "canDelete", "canOverlap", "canReorder"]

    /// The attributes an `<ec>` must repeat from its `<sc>`, with their defaults.
    static func pairedAttributes(_ tag: XMLStartTag) -> [String: String] {
        var result: [String: String] = [
            "canCopy": tag.attribute("canCopy") ?? "yes", "canDelete": tag.attribute("canDelete") ?? "yes",
            "canOverlap": tag.attribute("canOverlap") ?? "yes",
        ]
        let reorder = tag.attribute("canReorder") ?? "yes"
        result["canReorder"] = reorder == "firstNo" ? "no" : reorder
        for name in ["copyOf", "dir", "type", "subType"] {
            if let value = tag.attribute(name) { result[name] = value }
        }
        return result
    }

    private mutating func startEndCode(_ tag: XMLStartTag, id: String?, isToken: Bool, isolated: Bool, attributes: [String: String]) {
        let startRef = tag.attribute("startRef")
        if isolated {
            if startRef != nil {
                error(XLIFF2Diagnostics.isolatedCode, "an isolated <ec> uses startRef; an isolated end code has an id instead",
                    remedy: "replace startRef by id", tag)
            }
            guard let id else {
                error(XLIFF2Diagnostics.missingAttribute, "the isolated <ec> has no id", remedy: "add the id of the code", tag)
                return
            }
            register(id, tag, isToken: isToken)
            if sequence.openCodes[id] != nil || sequence.codes[id] != nil {
                error(XLIFF2Diagnostics.isolatedCode, "<ec id=\"\(id)\"> is marked isolated but its start code is in the same unit",
                    remedy: "remove isolated=\"yes\" and refer to the start with startRef", tag)
            }
            sequence.codes[id] = .init(isPlaceholder: false, canCopy: tag.attribute("canCopy") != "no")
            reorder(id: id, token: "o:", tag, isClosing: false)
            appendCode(.isolated, .ec, id: id, attributes: attributes)
            return
        }
        if id != nil {
            error(XLIFF2Diagnostics.isolatedCode,
                startRef == nil ? "the <ec> has an id but is not isolated; an end code in the same unit as its start refers to it with startRef"
                    : "the <ec> has both an id and a startRef",
                remedy: startRef == nil ? "replace id by startRef, or add isolated=\"yes\" if the start is outside the unit" : "remove the id", tag)
        }
        for (module, name) in [("fs", "fs"), ("slr", "sizeInfo"), ("slr", "sizeInfoRef"), ("slr", "equivStorage")] {
            let namespace = module == "fs" ? Self.fsNamespace : Self.slrNamespace
            if tag.attribute(name, namespace: namespace) != nil {
                error(XLIFF2Diagnostics.moduleAttribute, "\(module):\(name) is only allowed on an isolated <ec>",
                    remedy: "put \(module):\(name) on the start code <sc> instead", tag)
            }
        }
        guard let startRef else {
            if id == nil {
                error(XLIFF2Diagnostics.missingAttribute, "the <ec> has no startRef", remedy: "add startRef with the id of its <sc>", tag)
            }
            appendCode(.closing, .ec, id: id, attributes: attributes)
            return
        }
        if let open = sequence.openCodes.removeValue(forKey: startRef) {
            let mine = Self.pairedAttributes(tag)
            for name in ["canCopy", "canDelete", "canOverlap", "canReorder", "copyOf", "dir", "type", "subType"]
            where mine[name] != open.attributes[name] && (Self.defaultedPairAttributes.contains(name) || mine[name] != nil) {
                let theirs = open.attributes[name] ?? "(none)"
                error(XLIFF2Diagnostics.codeMismatch,
                    "<ec startRef=\"\(startRef)\"> has \(name)=\"\(mine[name] ?? "(none)")\" but its <sc> has \(name)=\"\(theirs)\"",
                    remedy: "give the end code the same \(name) as its start code", tag)
            }
        } else if sequence.isolatedStarts.contains(startRef) {
            error(XLIFF2Diagnostics.isolatedCode, "<ec startRef=\"\(startRef)\"> ends a start code marked isolated=\"yes\"",
                remedy: "remove isolated=\"yes\" from the <sc>, since its end is in the unit", tag)
        } else {
            error(XLIFF2Diagnostics.unpairedCode, "<ec startRef=\"\(startRef)\"> ends a code that was not started before it in the unit",
                remedy: "put <sc id=\"\(startRef)\"/> before the <ec>, or mark the <ec> isolated with an id", tag)
        }
        reorder(id: startRef, token: "c:", tag, isClosing: true)
        appendCode(.closing, .ec, id: startRef, attributes: attributes)
    }

    /// Records an inline id; reports it when the side of the unit already has it. An id that is not an
    /// NMTOKEN (`isToken` false, reported with the attributes) is not recorded.
    private mutating func register(_ id: String, _ tag: XMLStartTag, isToken: Bool) {
        if !isToken { return }
        if !sequence.ids.insert(id) {
            error(XLIFF2Diagnostics.duplicateId, "the inline id \"\(id)\" is used twice in the unit's \(inTarget ? "target" : "source")",
                remedy: "give each inline code and marker of a unit its own id", tag)
        } else if unit.partIDs.contains(id) {
            error(XLIFF2Diagnostics.duplicateId, "the inline id \"\(id)\" is also the id of a segment or ignorable of the unit",
                remedy: "give inline codes ids that differ from the segment ids", tag)
        }
    }

    /// The text of the `<data>` an attribute (its value's bytes) refers to, when the unit keeps its text;
    /// reports a reference to no data.
    private mutating func dataReference(_ value: UnsafeBufferPointer<UInt8>?, _ name: String, _ tag: XMLStartTag) -> String? {
        guard let value else { return nil }
        if inUnit, let index = unit.data.position(of: value) { return keepsDetail ? unit.data.values[index] : nil }
        let reference = String(decoding: value, as: UTF8.self)
        error(XLIFF2Diagnostics.badReference, "\(name)=\"\(reference)\" names no <data> in the unit's <originalData>",
            remedy: "add <data id=\"\(reference)\"> to <originalData>, or correct the reference", tag)
        return nil
    }

    /// Checks the attributes shared by `ph`, `pc`, `sc` and `ec`.
    private mutating func checkCode(_ element: String, _ tag: XMLStartTag, id: String?) {
        let canCopy = tag.attribute("canCopy") ?? "yes"
        let canDelete = tag.attribute("canDelete") ?? "yes"
        if let reorder = tag.attribute("canReorder"), reorder != "yes", element != "ec" || tag.attribute("isolated") == "yes",
            canCopy != "no" || canDelete != "no"
        {
            error(XLIFF2Diagnostics.badValue, "<\(element)> has canReorder=\"\(reorder)\" but can still be copied or deleted",
                remedy: "a code that may not be reordered needs canCopy=\"no\" and canDelete=\"no\"", tag)
        }
        if let type = tag.attribute("type"), !XLIFF2Syntax.isCodeType(type) {
            error(XLIFF2Diagnostics.badValue, "type=\"\(type)\" is not one of fmt, ui, quote, link, image, other",
                remedy: "use one of the six types and put the detail in subType", tag)
        }
        if let subType = tag.attribute("subType") {
            let type = tag.attribute("type")
            if type == nil {
                error(XLIFF2Diagnostics.subtypeWithoutType, "subType=\"\(subType)\" is used without a type",
                    remedy: "add the type that subType refines", tag)
            }
            if !XLIFF2Syntax.isPrefixedValue(subType) {
                error(XLIFF2Diagnostics.badValue, "subType=\"\(subType)\" is not of the form prefix:value", remedy: "write e.g. \"xlf:b\"", tag)
            } else if subType.hasPrefix("xlf:") {
                if let required = XLIFF2Syntax.reservedSubTypes[subType] {
                    if let type, type != required {
                        error(XLIFF2Diagnostics.badValue, "subType=\"\(subType)\" requires type=\"\(required)\", not \"\(type)\"",
                            remedy: "write type=\"\(required)\"", tag)
                    }
                } else {
                    error(XLIFF2Diagnostics.badValue, "subType=\"\(subType)\" is not a value the xlf: prefix defines",
                        remedy: "use xlf:lb, xlf:pb, xlf:b, xlf:i, xlf:u or xlf:var, or a prefix of your own", tag)
                }
            }
        }
        if let copyOf = tag.attribute("copyOf") {
            for name in ["dataRef", "dataRefStart", "dataRefEnd"] where tag.attribute(name) != nil {
                error(XLIFF2Diagnostics.badReference, "a code with copyOf=\"\(copyOf)\" also has \(name); a copy takes the original's data",
                    remedy: "remove \(name)", tag)
            }
            if element != "ec" {
                if inUnit { unit.copyReferences.append(.init(id: copyOf, isPlaceholder: element == "ph", line: tag.line, column: tag.column)) }
            }
        }
        for name in ["subFlows", "subFlowsStart", "subFlowsEnd"] {
            guard let value = tag.attribute(name) else { continue }
            for flow in value.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
                if XLIFF2Syntax.isNMToken(flow) {
                    pendingSubFlows.append((flow, tag.line, tag.column, inUnit ? unit.unit.id : nil))
                } else {
                    error(XLIFF2Diagnostics.badValue, "\(name)=\"\(value)\" is not a list of unit ids separated by spaces",
                        remedy: "write the ids separated by single spaces, without commas", tag)
                    break
                }
            }
        }
    }

    /// Checks `mrk` and `sm`: type, `translate`, and the `value`/`ref` of comments.
    private mutating func checkMarker(_ element: String, _ tag: XMLStartTag) {
        let type = tag.attribute("type") ?? "generic"
        if !["generic", "comment", "term"].contains(type), !XLIFF2Syntax.isPrefixedValue(type) {
            error(XLIFF2Diagnostics.badValue, "the marker type \"\(type)\" is not generic, comment, term or prefix:value",
                remedy: "use one of the core types or a value of your own such as \"my:type\"", tag)
        }
        let value = tag.attribute("value")
        let ref = tag.attribute("ref")
        if let ref, ref.contains("#") {
            if case .failure(let problem) = XLIFF2Fragment.parse(ref), ref.hasPrefix("#") || ref.contains("#/") {
                error(XLIFF2Diagnostics.badFragment, "ref=\"\(ref)\" is not a valid XLIFF fragment identifier: \(problem.reason)",
                    remedy: "write e.g. \"#n=note1\" or \"#/f=file1/u=unit1/t=m1\"", tag)
                return
            }
        }
        guard type == "comment" else { return }
        if value != nil && ref != nil {
            error(XLIFF2Diagnostics.comment, "the comment annotation has both a value and a ref", remedy: "keep one of them", tag)
        } else if value == nil && ref == nil {
            error(XLIFF2Diagnostics.comment, "the comment annotation has neither a value nor a ref",
                remedy: "add the comment as value=\"…\" or point ref to a <note> of the unit", tag)
        } else if let ref {
            guard ref.hasPrefix("#"), case .success(let fragment) = XLIFF2Fragment.parse(ref), fragment.leaf?.prefix == "n",
                let note = fragment.leaf?.id
            else {
                error(XLIFF2Diagnostics.comment, "the comment's ref=\"\(ref)\" does not point to a <note> of the unit",
                    remedy: "write ref=\"#n=NOTE-ID\"", tag)
                return
            }
            let unitID = fragment.id(for: "u")
            let otherFile = fragment.id(for: "f").map { $0 != fileID } ?? false
            let hasContainer = fragment.id(for: "f") != nil || fragment.id(for: "g") != nil || unitID != nil
            if otherFile || (hasContainer && unitID != (inUnit ? unit.unit.id : nil)) || !(inUnit && unit.noteIDs.contains(note)) {
                error(XLIFF2Diagnostics.comment, "the comment's ref=\"\(ref)\" does not point to a <note> of this unit",
                    remedy: "a comment annotation refers to a note of its own unit, e.g. ref=\"#n=\(note)\"", tag)
            }
        }
    }

    /// Follows the runs of codes that may not be reordered.
    ///
    /// - Parameter plain: whether the tag is known to have no `canReorder` (it has only ids and data references).
    /// `kind` is the token's prefix (`p:`, `o:` or `c:`); the token, kind and id, is built only
    /// when a run that may not be reordered keeps it.
    private mutating func reorder(id: String, token kind: String, _ tag: XMLStartTag?, isClosing: Bool, plain: Bool = false) {
        if isClosing {
            // Read straight from the side's storage: a read through `sequence` makes a coroutine frame.
            if inTarget ? unit.target.runHolds(id) : unit.source.runHolds(id) {
                sequence.currentRun!.tokens.append(kind + id)
            }
            return
        }
        // A plain code (most codes) has no canReorder: it only ends a run, and needs no token.
        if plain {
            if inTarget ? unit.target.currentRun != nil : unit.source.currentRun != nil { sequence.endRun() }
            return
        }
        let token = kind + id
        let value = tag?.attribute("canReorder") ?? "yes"
        switch value {
        case "firstNo":
            sequence.endRun()
            sequence.currentRun = .init(tokens: [token], line: tag?.line ?? 0, column: tag?.column ?? 0)
            sequence.runMembers.removeAll()
            sequence.runMembers.insert(id)
        case "no":
            if sequence.currentRun == nil {
                if let tag {
                    error(XLIFF2Diagnostics.reorderedCode, "the code \"\(id)\" has canReorder=\"no\" but no code with canReorder=\"firstNo\" comes before it",
                        remedy: "mark the first code of a sequence that may not be reordered canReorder=\"firstNo\"", tag)
                }
                sequence.currentRun = .init(tokens: [], line: tag?.line ?? 0, column: tag?.column ?? 0)
            }
            sequence.currentRun!.tokens.append(token)
            sequence.runMembers.insert(id)
        default:
            sequence.endRun()
        }
    }

    /// Appends the character of a `<cp hex="…"/>`.
    private mutating func appendCodePoint(_ tag: XMLStartTag) {
        guard let hex = tag.attribute("hex") else { return }
        guard hex.count <= 6, let value = UInt32(hex, radix: 16), !hex.hasPrefix("+"), !hex.hasPrefix("-") else {
            error(XLIFF2Diagnostics.badValue, "<cp hex=\"\(hex)\"> is not a hexadecimal code point", remedy: "write e.g. hex=\"001F\"", tag)
            return
        }
        if !XLIFF2Syntax.needsCodePointElement(value) {
            error(XLIFF2Diagnostics.badValue, "<cp hex=\"\(hex)\"> encodes a character XML allows; write it as text instead",
                remedy: "<cp> is only for characters XML forbids, such as U+0001", tag)
        }
        let character = Unicode.Scalar(value).map { String(Character($0)) } ?? "\u{FFFD}"
        if stack.last?.kind == .data {
            dataText += character
        } else if keepsDetail {
            content.append(text: character)
        } else {
            var character = character
            character.withUTF8 { tally(UnsafeRawBufferPointer($0)) }
        }
    }
}
