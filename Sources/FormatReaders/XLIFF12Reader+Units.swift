import PublicationCore
import XMLSource

/// Building a ``TranslationUnit`` (or, for counts only, a ``UnitTally``) from a `<trans-unit>`: its
/// source, segmentation, target and state.
extension XLIFF12Reader {
    /// A segment of the `<seg-source>` or the `<target>`: one `<mrk mtype="seg">`.
    struct SegmentDraft {
        var mid: String?
        var text = InlineText()
        /// Its text as a tally, when units are not built (``UnitDetail/counts``).
        var tally = TextTally()
        var location: SourceLocation
    }

    /// What has been read of the current `<trans-unit>`.
    struct UnitDraft {
        var id: String?
        var resname: String?
        /// `restype`, such as `x-gettext-domain-header` for a PO header carried along by a converter.
        var restype: String?
        var approved: String?
        var isTranslatable = true
        var groups: [String] = []
        var location = SourceLocation(file: "", line: 0, column: 0)
        /// The `<source>`, if read; empty when units are not built, and its text is in ``sourceTally``.
        var source: InlineText?
        var sourceTally = TextTally()
        var sourceLocation: SourceLocation?
        var hasSegSource = false
        var sourceSegments: [SegmentDraft] = []
        /// The `<target>`, if read; empty when units are not built, and its text is in ``targetTally``.
        var target: InlineText?
        var targetTally = TextTally()
        var targetState: StateTable.State?
        var stateQualifier: String?
        var targetLocation: SourceLocation?
        var targetSegments: [SegmentDraft] = []
        var notes: [Note] = []
        var noteAttributes: [String: String] = [:]
        var alternativeCount = 0
        /// The `<sub>` flows read in the unit's source, segmented source and target.
        var subflows: [SubflowDraft] = []
    }
}

extension XLIFF12Reader.Core {
    typealias SegmentDraft = XLIFF12Reader.SegmentDraft

    mutating func startUnit(_ tag: XMLStartTag) {
        let own = tag.attribute("translate").map { $0 != "no" }
        var inherited: Bool?
        var groupIDs: [String] = []
        if !groups.isEmpty {
            inherited = groups.last(where: { $0.translate != nil })?.translate
            groupIDs = groups.compactMap(\.id)
        }
        let id = tag.attribute("id").flatMap { $0.isEmpty ? nil : $0 }
        // Without the unit properties (counts only), the resname serves only in place of a missing id,
        // and the restype not at all: neither is read then.
        unit = XLIFF12Reader.UnitDraft(
            id: id,
            resname: keepsDetail || id == nil ? tag.attribute("resname").flatMap { $0.isEmpty ? nil : $0 } : nil,
            restype: keepsDetail ? tag.attribute("restype") : nil,
            approved: tag.attribute("approved"),
            isTranslatable: own ?? inherited ?? true,
            groups: groupIDs,
            location: context.location(line: tag.line, column: tag.column))
        hasUnit = true
        frames.append(.unit)
    }

    mutating func startSource(_ tag: XMLStartTag) {
        guard unit.source == nil else { skip(); return }
        var source = InlineText()
        if keepsDetail { source.reserveCapacity(elementCountHint) }
        unit.source = source
        unit.sourceLocation = context.location(line: tag.line, column: tag.column)
        sink = .source
        frames.append(.source)
    }

    mutating func startSegSource(_ tag: XMLStartTag) {
        guard !unit.hasSegSource else { skip(); return }
        unit.hasSegSource = true
        sink = .none
        frames.append(.segSource)
    }

    mutating func startTarget(_ tag: XMLStartTag) {
        guard hasUnit, unit.target == nil else { skip(); return }
        var target = InlineText()
        if keepsDetail { target.reserveCapacity(elementCountHint) }
        unit.target = target
        unit.targetState = tag.attribute("state").map { states.state(named: $0) }
        unit.stateQualifier = tag.attribute("state-qualifier")
        unit.targetLocation = context.location(line: tag.line, column: tag.column)
        if let file, file.lacksTargetLanguage,
            let language = tag.attribute("lang", namespace: XMLName.xmlNamespace).flatMap(LanguageTag.init)
        {
            context.files[file.index].targetLanguage = language
            self.file?.lacksTargetLanguage = false
            if context.statistics.targetLanguage == nil { context.statistics.targetLanguage = language }
        }
        sink = .target
        frames.append(.target)
    }

    /// Starts a `<mrk mtype="seg">` if it is a segment of the `<seg-source>` or the `<target>`;
    /// returns `false` when it is an ordinary marker.
    mutating func startSegmentIfPossible(_ tag: XMLStartTag) -> Bool {
        guard hasUnit else { return false }
        switch sink {
        case .none where isInSegSource:
            unit.sourceSegments.append(SegmentDraft(mid: tag.attribute("mid"),
                location: context.location(line: tag.line, column: tag.column)))
            sink = .sourceSegment
            frames.append(.sourceSegment)
            return true
        case .target:
            flushText()
            unit.targetSegments.append(SegmentDraft(mid: tag.attribute("mid"),
                location: context.location(line: tag.line, column: tag.column)))
            sink = .targetSegment
            frames.append(.targetSegment)
            return true
        default:
            return false
        }
    }

    /// Whether the innermost content element is the `<seg-source>`.
    private var isInSegSource: Bool {
        for frame in frames.reversed() {
            switch frame {
            case .segSource: return true
            case .source, .target, .unit: return false
            default: continue
            }
        }
        return false
    }

    // MARK: The end of a unit

    mutating func endUnit() {
        flushText()
        sink = .none
        guard hasUnit else { return }
        hasUnit = false
        // Take the draft out without copying it: the reader's own draft is left empty.
        var draft = XLIFF12Reader.UnitDraft()
        swap(&draft, &unit)

        let id: String
        if let unitID = draft.id {
            id = unitID
        } else if let resname = draft.resname {
            id = resname
            context.report(XLIFF12Diagnostics.resnameAsID(resname, at: draft.location))
        } else {
            id = ""
            context.report(XLIFF12Diagnostics.unitWithoutID(at: draft.location))
        }
        if !id.isEmpty { checkUniqueness(of: id, at: draft.location) }
        if draft.source == nil {
            context.report(XLIFF12Diagnostics.missingSource(unit: id, at: draft.location))
        }
        if let state = draft.targetState, !state.isKnown {
            context.report(XLIFF12Diagnostics.unknownState(state.name, unit: id,
                at: draft.targetLocation ?? draft.location))
        }

        // The state the unit's <target> writes, for each segment that has a target.
        let unitState = draft.targetState?.name
        func writtenState<Text>(of plan: SegmentPlan<Text>) -> String? { plan.target == nil ? nil : unitState }
        guard keepsDetail else {
            // Counts only: the tallies of the texts give the unit's tally.
            func tally(_ plan: SegmentPlan<TextTally>) -> UnitTally.Segment {
                UnitTally.Segment(id: plan.id, state: plan.state, writtenState: writtenState(of: plan),
                    location: plan.location, source: plan.source)
            }
            let segments: [UnitTally.Segment]
            if draft.sourceSegments.isEmpty && draft.subflows.isEmpty {
                // Most units: their one segment, without an array of plans.
                segments = unsegmentedPlan(of: draft, as: TextTally.self).map { [tally($0)] } ?? []
            } else {
                segments = segmentPlans(of: draft, id: id, as: TextTally.self).map(tally)
            }
            context.emit(UnitTally(id: id, isTranslatable: draft.isTranslatable, location: draft.location,
                segments: segments))
            return
        }
        // The properties are detail: counts and the listing never read them.
        var properties: [String: String] = [:]
        if let approved = draft.approved { properties["approved"] = approved }
        if let resname = draft.resname { properties["resname"] = resname }
        if let restype = draft.restype { properties["restype"] = restype }
        if draft.alternativeCount > 0 { properties["alt-trans"] = String(draft.alternativeCount) }
        let plans = segmentPlans(of: draft, id: id, as: InlineText.self)
        let segments = plans.map { plan in
            var segment = Segment(id: plan.id, source: plan.source, target: plan.target, state: plan.state,
                writtenState: writtenState(of: plan),
                subState: plan.target == nil ? nil : draft.stateQualifier, location: plan.location)
            segment.enclosingCode = plan.enclosingCode
            return segment
        }
        context.emit(TranslationUnit(id: id, fileKey: file?.key ?? "", groups: draft.groups,
            isTranslatable: draft.isTranslatable, segments: segments, notes: draft.notes, properties: properties,
            location: draft.location))
    }

    // MARK: Duplicate ids

    /// Reports a unit id that an earlier unit of the same `<file>` already has.
    ///
    /// Only a 64-bit hash of `fileKey\0id` is kept per unit, with its line, so that a file of any size
    /// is checked in little memory (see ``UnitIDTable``). Whether the first unit lies in the current
    /// `<file>` element follows from lines: units of earlier `<file>` elements start at or before the
    /// line of the current `<file>` start tag, units of the current one at or after it. Only units on
    /// that very line can belong to either; they are told apart by ``sameLineUnitIDs``.
    private mutating func checkUniqueness(of id: String, at location: SourceLocation) {
        let key = file?.key ?? ""
        // The file key's part of the hash is worked out once per `<file>`.
        let hash = Self.hash(id, after: file?.keyHash ?? Self.hash(prefix: ""))
        let line = UInt32(truncatingIfNeeded: location.line)
        let fileStart = UInt32(truncatingIfNeeded: fileLine)
        guard let firstLine = seenUnitIDs.value(for: hash, insertingIfAbsent: line) else {
            if fileLineIsShared && line == fileStart {
                if sameLineUnitIDs == nil { sameLineUnitIDs = UnitIDTable() }
                _ = sameLineUnitIDs?.value(for: hash, insertingIfAbsent: UInt32(truncatingIfNeeded: fileCount))
            }
            lastUnitLine = location.line
            return
        }
        let isSameFileElement: Bool
        if firstLine != fileStart {
            isSameFileElement = firstLine > fileStart
        } else if fileLineIsShared {
            isSameFileElement = sameLineUnitIDs?.value(for: hash) == UInt32(truncatingIfNeeded: fileCount)
        } else {
            isSameFileElement = true
        }
        if isSameFileElement {
            context.report(XLIFF12Diagnostics.duplicateID(id, file: key, firstLine: Int(firstLine), at: location))
        } else {
            context.report(XLIFF12Diagnostics.duplicateKey(id, file: key, firstLine: Int(firstLine), at: location))
        }
    }

    /// ``FNV1a``, 64 bits, over the UTF-8 of the file key, a zero byte and the unit id.
    static func hash(_ fileKey: String, _ id: String) -> UInt64 {
        hash(id, after: hash(prefix: fileKey))
    }

    /// The hash state after the file key and the zero byte, from which ``hash(_:after:)`` goes on with an id.
    @inline(__always)
    static func hash(prefix fileKey: String) -> UInt64 {
        FNV1a.adding(0, to: FNV1a.hash(fileKey))
    }

    /// The hash of a unit id after a file key's ``hash(prefix:)``.
    @inline(__always)
    static func hash(_ id: String, after prefix: UInt64) -> UInt64 {
        FNV1a.hash(id, from: prefix)
    }
}
