import PublicationCore
import XMLSource

/// Units, segments and ignorables: building the model and the checks that need a whole unit.
extension XLIFF2Reader.Core {
    mutating func startUnit(_ tag: XMLStartTag, _ values: CoreValues, _ frame: inout Frame) {
        if let translate = values.translate { frame.translate = !translate.elementsEqual("no".utf8) }
        let id = CoreValues.string(values.id) ?? ""
        if !id.isEmpty, fileScopeHashes.value(for: XLIFF2Syntax.hash("unit", id), insertingIfAbsent: 0) != nil {
            error(XLIFF2Diagnostics.duplicateId, "the unit id \"\(id)\" is used by another <unit> of the file \"\(fileID)\"",
                remedy: "give each unit of a file its own id", tag)
        }
        unit.reuse(id: id, fileKey: fileID, groups: groupIDs, isTranslatable: frame.translate,
            location: context.location(line: tag.line, column: tag.column), name: CoreValues.string(values.name))
        inUnit = true
    }

    /// Records a reference to check at the end of the unit, if a unit is being read.
    mutating func addPendingReference(_ reference: XLIFF2UnitState.PendingReference) {
        if inUnit { unit.pendingReferences.append(reference) }
    }

    mutating func endUnit(_ frame: Frame) {
        // The state is read in place; its problems are reported with its unit's id. It stays as the
        // spare state whose lists the next unit reuses.
        guard inUnit else { return }
        unit.source.endRun()
        unit.target.endRun()
        unit.unit.isTranslatable = frame.translate
        let unitID = unit.unit.id
        if unit.segmentCount == 0 {
            context.report(XLIFF2Diagnostics.unitWithoutSegment, "the unit \"\(unit.unit.id)\" has no <segment>",
                remedy: "put the unit's text in a <segment>; a unit needs at least one", line: frame.line,
                column: frame.column, unit: unitID)
        }
        for (id, open) in unit.source.openCodes.entries {
            context.report(XLIFF2Diagnostics.unpairedCode, "the start code <sc id=\"\(id)\"> has no <ec startRef=\"\(id)\"> in the unit's source",
                remedy: "add the end code, or mark the start code isolated=\"yes\" if its end is outside the unit",
                line: open.line, column: open.column, unit: unitID)
        }
        for (id, open) in unit.source.openMarkers.entries {
            context.report(XLIFF2Diagnostics.unpairedMarker, "the marker <sm id=\"\(id)\"> has no <em startRef=\"\(id)\"> in the unit's source",
                remedy: "add the end marker <em startRef=\"\(id)\"/>", line: open.line, column: open.column, unit: unitID)
        }
        if unit.segmentsWithoutTarget == 0 {
            for (id, open) in unit.target.openCodes.entries {
                context.report(XLIFF2Diagnostics.unpairedCode, "the start code <sc id=\"\(id)\"> has no <ec startRef=\"\(id)\"> in the unit's target",
                    remedy: "add the end code, or mark the start code isolated=\"yes\"", line: open.line, column: open.column, unit: unitID)
            }
            for (id, open) in unit.target.openMarkers.entries {
                context.report(XLIFF2Diagnostics.unpairedMarker, "the marker <sm id=\"\(id)\"> has no <em startRef=\"\(id)\"> in the unit's target",
                    remedy: "add the end marker <em startRef=\"\(id)\"/>", line: open.line, column: open.column, unit: unitID)
            }
        }
        for run in unit.target.runs where !unit.source.runs.contains(run) {
            context.report(XLIFF2Diagnostics.reorderedCode,
                "the codes that may not be reordered (\(run.tokens.joined(separator: " "))) are in another order in the target than in the source, or other codes come between them",
                remedy: "keep codes with canReorder=\"firstNo\"/\"no\" together and in the source's order", line: run.line,
                column: run.column, unit: unitID)
        }
        for reference in unit.copyReferences {
            guard let code = unit.source.codes[reference.id] ?? unit.target.codes[reference.id] else {
                context.report(XLIFF2Diagnostics.badReference, "copyOf=\"\(reference.id)\" names no inline code of the unit",
                    remedy: "use the id of the code this one copies", line: reference.line, column: reference.column, unit: unitID)
                continue
            }
            if code.isPlaceholder != reference.isPlaceholder {
                context.report(XLIFF2Diagnostics.badReference,
                    "copyOf=\"\(reference.id)\" copies a code of another kind (\(code.isPlaceholder ? "a standalone <ph>" : "a paired code"))",
                    remedy: "a <ph> copies a <ph>; <pc>, <sc> and <ec> copy paired codes", line: reference.line,
                    column: reference.column, unit: unitID)
            } else if !code.canCopy {
                context.report(XLIFF2Diagnostics.badReference, "copyOf=\"\(reference.id)\" copies a code marked canCopy=\"no\"",
                    remedy: "do not copy this code", line: reference.line, column: reference.column, unit: unitID)
            }
        }
        if unit.segmentsWithoutTarget < unit.segmentCount {
            checkCorrespondence(of: unit, line: frame.line, column: frame.column)
        }
        for code in unit.protectedCodes
        where code.part < unit.partHasTarget.count && unit.partHasTarget[code.part] && !unit.target.ids.contains(code.id) {
            context.report(XLIFF2Diagnostics.deletedCode, "the code \"\(code.id)\" has canDelete=\"no\" but is missing from the unit's target",
                remedy: "put the code back into the translation", line: code.line, column: code.column, unit: unitID)
        }
        for reference in unit.pendingReferences {
            let found: Bool
            switch reference.target {
            case .segmentOrCode:
                found = unit.partIDs.contains(reference.id) || unit.source.ids.contains(reference.id)
                    || unit.target.ids.contains(reference.id)
            case .note:
                found = unit.noteIDs.contains(reference.id)
            case .singleNote:
                found = unit.noteCount <= 1
            case .noteAttribute(let name):
                found = unit.noteAttributes[reference.id].map { $0.contains(name) } ?? true
            }
            if !found {
                context.report(XLIFF2Diagnostics.badReference, reference.message, remedy: "point the reference to an element of this unit",
                    line: reference.line, column: reference.column, unit: unitID)
            }
        }
        if keepsDetail {
            context.emit(unit.unit)
        } else {
            context.emit(UnitTally(id: unit.unit.id, isTranslatable: unit.unit.isTranslatable, location: unit.unit.location,
                segments: unit.segmentTallies))
        }
        inUnit = false
    }

    mutating func startPart(_ tag: XMLStartTag, _ values: CoreValues, isIgnorable: Bool) {
        guard inUnit else { return }
        let element = isIgnorable ? "ignorable" : "segment"
        let id = CoreValues.string(values.id)
        if let id, !unit.partIDs.insert(id) {
            error(XLIFF2Diagnostics.duplicateId, "the id \"\(id)\" of this <\(element)> is used by another segment or ignorable of the unit",
                remedy: "give each segment and ignorable of a unit its own id", tag)
        }
        let state = CoreValues.string(values.state)
        let subState = CoreValues.string(values.subState)
        if let state, !XLIFF2Syntax.isState(state) {
            error(XLIFF2Diagnostics.badValue, "the segment state \"\(state)\" is not one of initial, translated, reviewed, final",
                remedy: "use one of the four states; put finer distinctions in subState", tag)
        }
        if let subState {
            if state == nil {
                error(XLIFF2Diagnostics.substateWithoutState, "the segment has subState=\"\(subState)\" but no state",
                    remedy: "add a state attribute that subState refines", tag)
            }
            if !XLIFF2Syntax.isPrefixedValue(subState) {
                error(XLIFF2Diagnostics.badValue, "subState=\"\(subState)\" is not of the form prefix:value",
                    remedy: "write a value such as \"my:proofread\"", tag)
            }
        }
        part = PartState(isIgnorable: isIgnorable, id: id, state: state, subState: subState,
            line: tag.line, column: tag.column)
        unit.partCount += 1
        if !isIgnorable { unit.segmentCount += 1 }
    }

    mutating func endPart(_ frame: Frame) {
        guard inUnit, let current = part.take() else { return }
        let element = current.isIgnorable ? "ignorable" : "segment"
        if frame.required == 0 {
            error(XLIFF2Diagnostics.missingElement, "the <\(element)> has no <source>", remedy: "add the source text", frame)
        }
        // What the target is, from its text or (counts only) its tally.
        let hasTarget = keepsDetail ? current.target != nil : current.targetTally != nil
        let targetIsEmpty = keepsDetail ? current.target?.isEmpty ?? true : current.targetTally?.isEmpty ?? true
        let targetHasText = keepsDetail ? !(current.target?.hasNoText ?? true) : !(current.targetTally?.hasNoText ?? true)
        unit.partHasTarget.append(hasTarget)
        unit.partSegment.append(current.isIgnorable ? -1 : unit.builtSegmentCount)
        guard !current.isIgnorable else { return }
        if !hasTarget { unit.segmentsWithoutTarget += 1 }
        if let state = current.state, state != "initial", targetIsEmpty {
            context.report(XLIFF2Diagnostics.stateWithoutTarget,
                "the segment is marked \"\(state)\" but has \(hasTarget ? "an empty target" : "no target")",
                remedy: "a segment without translation must have the state \"initial\"", line: frame.line,
                column: frame.column, unit: unit.unit.id)
        }
        let state = TranslationState(xliff2State: current.state, hasTarget: hasTarget, targetHasText: targetHasText)
        let location = context.location(line: frame.line, column: frame.column)
        guard keepsDetail else {
            unit.segmentTallies.append(UnitTally.Segment(id: current.id, state: state, writtenState: current.state,
                location: location, source: current.sourceTally))
            return
        }
        unit.unit.segments.append(Segment(id: current.id, source: current.source ?? InlineText(), target: current.target,
            state: state, writtenState: current.state, subState: current.subState, location: location))
    }

    mutating func startContent(_ tag: XMLStartTag, _ frame: inout Frame) {
        if keepsDetail {
            content = InlineText()
            // Room for as many runs and codes as the last source or target had (the units of a file tend to
            // look alike), so that the list is not grown step by step.
            content.reserveCapacity(elementCountHint)
        } else {
            contentTally = TextTally()
        }
        inTarget = frame.kind == .target
        guard part != nil, inUnit else { return }
        if frame.kind == .source {
            part!.sourceSpace = frame.space
            if let language = language(of: frame), let source = sourceLanguage, !XLIFF2Syntax.sameLanguage(language, source) {
                error(XLIFF2Diagnostics.languageMismatch,
                    "the source's language \"\(language)\" (xml:lang, possibly inherited) differs from srcLang=\"\(source)\"",
                    remedy: "remove the xml:lang or make it equal to the document's srcLang", tag)
            }
            return
        }
        if let target = targetLanguage {
            if let language = language(of: frame), !XLIFF2Syntax.sameLanguage(language, target) {
                error(XLIFF2Diagnostics.languageMismatch,
                    "the target's language \"\(language)\" (xml:lang, possibly inherited) differs from trgLang=\"\(target)\"",
                    remedy: "make the target's xml:lang equal to the document's trgLang", tag)
            }
        } else {
            error(XLIFF2Diagnostics.missingAttribute, "there is a <target> but the <xliff> element has no trgLang",
                remedy: "add the target language to <xliff>, e.g. trgLang=\"tr\"", tag)
        }
        if let sourceSpace = part!.sourceSpace, sourceSpace != frame.space {
            error(XLIFF2Diagnostics.spaceMismatch,
                "the target's xml:space is \"\(frame.space)\" but its source's is \"\(sourceSpace)\"",
                remedy: "give source and target the same xml:space", tag)
        }
        var order = unit.partCount
        if let written = tag.attribute("order") {
            if let value = Int(written), value > 0 {
                order = value
            } else {
                error(XLIFF2Diagnostics.badValue, "order=\"\(written)\" is not a positive number", remedy: "number the targets from 1", tag)
            }
        }
        if unit.orders.contains(order) {
            error(XLIFF2Diagnostics.duplicateOrder, "another target of the unit already has the order \(order)",
                remedy: "give each target a distinct order (a target without one has its position)", tag)
        } else {
            unit.orders.append(order)
        }
    }

    mutating func endContent(_ frame: Frame) {
        guard part != nil else { return }
        guard keepsDetail else {
            if frame.kind == .source { part!.sourceTally = contentTally } else { part!.targetTally = contentTally }
            return
        }
        var text = InlineText()
        swap(&text, &content)
        elementCountHint = min(text.elements.count, 16)
        if frame.kind == .source { part!.source = text } else { part!.target = text }
    }
}
