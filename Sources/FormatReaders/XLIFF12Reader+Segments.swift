import PublicationCore

/// A text of a unit as its segments are made of it: the built ``InlineText`` (``UnitDetail/full``),
/// or its ``TextTally`` (``UnitDetail/counts``). Making the segments, pairing the sub-flows and
/// working out the states read of a text only whether it has text, so one piece of code serves both
/// kinds of read, and the tally of a unit is the tally of the unit the full read builds.
protocol XLIFF12SegmentText {
    /// Whether the text's runs hold only white space, or there are none (codes aside).
    var hasNoText: Bool { get }
    /// A text with nothing in it.
    static var emptyText: Self { get }
    /// The unit's `<source>`, if it has one.
    static func source(of unit: XLIFF12Reader.UnitDraft) -> Self?
    /// The unit's `<target>`, if it has one.
    static func target(of unit: XLIFF12Reader.UnitDraft) -> Self?
    /// The text of a `<mrk mtype="seg">`.
    static func text(of segment: XLIFF12Reader.SegmentDraft) -> Self
    /// The text of a `<sub>`.
    static func text(of subflow: XLIFF12Reader.SubflowDraft) -> Self
}

extension InlineText: XLIFF12SegmentText {
    static var emptyText: InlineText { InlineText() }
    static func source(of unit: XLIFF12Reader.UnitDraft) -> InlineText? { unit.source }
    static func target(of unit: XLIFF12Reader.UnitDraft) -> InlineText? { unit.target }
    static func text(of segment: XLIFF12Reader.SegmentDraft) -> InlineText { segment.text }
    static func text(of subflow: XLIFF12Reader.SubflowDraft) -> InlineText { subflow.text }
}

extension TextTally: XLIFF12SegmentText {
    static var emptyText: TextTally { TextTally() }
    static func source(of unit: XLIFF12Reader.UnitDraft) -> TextTally? { unit.source == nil ? nil : unit.sourceTally }
    static func target(of unit: XLIFF12Reader.UnitDraft) -> TextTally? { unit.target == nil ? nil : unit.targetTally }
    static func text(of segment: XLIFF12Reader.SegmentDraft) -> TextTally { segment.tally }
    static func text(of subflow: XLIFF12Reader.SubflowDraft) -> TextTally { subflow.tally }
}

extension XLIFF12Reader {
    /// A segment of a unit with its texts and state, before it becomes a ``Segment`` or a
    /// ``UnitTally/Segment``.
    struct SegmentPlan<Text: XLIFF12SegmentText> {
        var id: String?
        var source: Text
        var target: Text?
        var state: TranslationState
        var location: SourceLocation?
        /// For a sub-flow, the code that holds it (``Segment/enclosingCode``).
        var enclosingCode: String?
    }
}

extension XLIFF12Reader.Core {
    typealias SegmentPlan = XLIFF12Reader.SegmentPlan

    /// The segments of the unit: those of its own text, then its sub-flows'. Reports what does not
    /// fit (a target that cannot be split, target segments or `<sub>`s that answer no source one).
    mutating func segmentPlans<Text: XLIFF12SegmentText>(
        of draft: XLIFF12Reader.UnitDraft, id: String, as _: Text.Type
    ) -> [SegmentPlan<Text>] {
        var plans: [SegmentPlan<Text>] = makeSegments(of: draft, id: id)
        if !draft.subflows.isEmpty {
            addSubflowSegments(of: draft, id: id, hasTarget: draft.target != nil, to: &plans)
        }
        return plans
    }

    /// One segment of the unit, with its state from the target's `state`, `state-qualifier` and the unit's `approved`.
    mutating func segment<Text: XLIFF12SegmentText>(
        _ draft: XLIFF12Reader.UnitDraft, _ segmentID: String?, _ source: Text, _ target: Text?,
        _ location: SourceLocation?
    ) -> SegmentPlan<Text> {
        let state: TranslationState
        if target == nil {
            state = .missing
        } else if target!.hasNoText {
            state = .empty
        } else {
            state = states.translationState(draft.targetState, qualifier: draft.stateQualifier, approved: draft.approved)
        }
        return SegmentPlan(id: segmentID, source: source, target: target, state: state, location: location)
    }

    /// The one segment of a unit without `<seg-source>` segments: its whole source and target; none for a
    /// unit with neither.
    mutating func unsegmentedPlan<Text: XLIFF12SegmentText>(
        of draft: XLIFF12Reader.UnitDraft, as _: Text.Type
    ) -> SegmentPlan<Text>? {
        let source = Text.source(of: draft)
        let target = Text.target(of: draft)
        if source == nil && target == nil { return nil }
        return segment(draft, nil, source ?? .emptyText, target, draft.sourceLocation ?? draft.location)
    }

    private mutating func makeSegments<Text: XLIFF12SegmentText>(
        of draft: XLIFF12Reader.UnitDraft, id: String
    ) -> [SegmentPlan<Text>] {
        guard !draft.sourceSegments.isEmpty else { return unsegmentedPlan(of: draft, as: Text.self).map { [$0] } ?? [] }
        let wholeSource = Text.source(of: draft)
        let target = Text.target(of: draft)
        let sources = draft.sourceSegments
        guard let target else {
            return sources.map { segment(draft, $0.mid, Text.text(of: $0), nil, $0.location) }
        }
        if draft.targetSegments.isEmpty {
            // The target is not segmented: an empty target is empty for every segment, a single
            // segment takes the whole target, and otherwise the unit cannot be split.
            if target.hasNoText {
                return sources.map { segment(draft, $0.mid, Text.text(of: $0), Text.emptyText, $0.location) }
            }
            if sources.count == 1 {
                return [segment(draft, sources[0].mid, Text.text(of: sources[0]), target, sources[0].location)]
            }
            context.report(XLIFF12Diagnostics.unsegmentedTarget(unit: id, segments: sources.count,
                at: draft.targetLocation ?? draft.location))
            return [segment(draft, nil, wholeSource ?? .emptyText, target, draft.sourceLocation ?? draft.location)]
        }
        var targetsByMID: [String: Text] = [:]
        for targetSegment in draft.targetSegments {
            guard let mid = targetSegment.mid, targetsByMID[mid] == nil else { continue }
            targetsByMID[mid] = Text.text(of: targetSegment)
        }
        let sourceMIDs = Set(sources.compactMap(\.mid))
        for targetSegment in draft.targetSegments where !sourceMIDs.contains(targetSegment.mid ?? "") {
            context.report(XLIFF12Diagnostics.extraTargetSegment(targetSegment.mid, unit: id,
                at: targetSegment.location))
        }
        return sources.map { source in
            segment(draft, source.mid, Text.text(of: source), source.mid.flatMap { targetsByMID[$0] }, source.location)
        }
    }
}
