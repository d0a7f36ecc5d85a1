import PublicationCore
import XMLSource

/// XLIFF 1.2 sub-flows: the `<sub>` inside a `<bpt>`, `<ept>`, `<ph>` or `<it>` holds translatable
/// text that sits inside the native code, such as the `title` of a link or the `alt` text of an
/// image.
///
/// ```xml
/// <source>Siehe <ph id="1">&lt;img alt="<sub>Karte von Osnabrück</sub>"></ph>.</source>
/// <target>Bakınız <ph id="1">&lt;img alt="<sub>Osnabrück haritası</sub>"></ph>.</target>
/// ```
///
/// gives two segments: the unit's own text (`Siehe ` + the `ph` code) and the segment `ph1.sub1`
/// (``Segment/enclosingCode`` `ph 1`) with source “Karte von Osnabrück” and target “Osnabrück
/// haritası”. So each sub-flow is counted as a segment, checked by the QA checks like any segment,
/// and reported missing or empty with the position of its source `<sub>`. The code's data keeps the
/// whole native text, sub-flows included, as before, so writers put the code back unchanged.
///
/// - Segment ids: the enclosing code's element and id, then `sub` and the sub's number inside that
///   code (`ph1.sub1`, `bpt_12.sub2`); a sub inside a code inside a sub adds its path after a `/`
///   (`ph1.sub1/ph2.sub1`). With a `<seg-source>`, the sub-flows of its segments are used, not
///   those of `<source>`.
/// - Pairing: a target `<sub>` answers the source `<sub>` with the same id (and the same segment
///   `mid`, when the target is segmented); the ones left over are paired in order. A target `<sub>`
///   that answers none is reported (`xliff.extra-target-sub`) and not counted.
/// - An empty `<sub/>` (nothing to translate) is no segment.
/// - A unit whose own source text is only codes gets its state from the target's state, not
///   “empty”, when its text lies in sub-flows: a translated `<sub>` never makes a target empty.
extension XLIFF12Reader {
    /// Which text of the unit a `<sub>` was read in.
    enum SubflowSide {
        case source, segSource, target
    }

    /// A `<sub>` read, or being read.
    struct SubflowDraft {
        /// Its segment id: `ph1.sub1`, `ph1.sub1/ph2.sub1`.
        var id: String
        /// The code that holds it, written `ph 1`.
        var enclosingCode: String
        var side: SubflowSide
        /// The `mid` of the segment it lies in, if the text is segmented.
        var mid: String?
        var text = InlineText()
        var pendingText: [UInt8] = []
        /// Its text as a tally, when units are not built (``UnitDetail/counts``).
        var tally = TextTally()
        var location: SourceLocation
    }

    /// An element open inside a data code (``DataCode``).
    struct SubflowFrame {
        enum Kind {
            /// A `<sub>`: ``SubflowFrame/subflow`` collects its text.
            case subflow
            /// A `<bpt>`, `<ept>`, `<ph>` or `<it>` inside a sub: its text is its data.
            case dataCode
            /// A `<g>` or `<mrk>` inside a sub: its end adds ``SubflowFrame/code``, the closing code.
            case pairedCode
            /// Anything else: text goes where it went before.
            case other
        }

        var kind: Kind
        var subflow: SubflowDraft?
        var code: InlineCode?
        var bytes: [UInt8] = []
        var subCount = 0
    }
}

extension XLIFF12Reader.Core {
    typealias SubflowDraft = XLIFF12Reader.SubflowDraft
    typealias SubflowFrame = XLIFF12Reader.SubflowFrame

    // MARK: Reading

    /// An element starts inside a data code: a `<sub>`, or a code inside a sub.
    mutating func startInsideDataCode(_ tag: XMLStartTag) {
        guard hasUnit, sink != .none, let element = xliffElement(tag) else {
            subflowFrames.append(SubflowFrame(kind: .other))
            return
        }
        let innermost = subflowFrames.lastIndex { $0.kind == .subflow || $0.kind == .dataCode }
        if element == .sub {
            startSubflow(tag, parent: innermost)
            return
        }
        guard let innermost, subflowFrames[innermost].kind == .subflow else {
            subflowFrames.append(SubflowFrame(kind: .other))
            return
        }
        let local = element.name
        let id = tag.attribute(element == .ept || element == .ex ? "rid" : "id") ?? tag.attribute("id")
        switch element {
        case .g, .mrk:
            let isMarker = element == .mrk
            let name = isMarker ? tag.attribute("mid") : id
            addToSubflow(.code(InlineCode(kind: isMarker ? .markerStart : .opening, element: local, id: name)))
            subflowFrames.append(SubflowFrame(kind: .pairedCode,
                code: InlineCode(kind: isMarker ? .markerEnd : .closing, element: local, id: name)))
        case .x, .bx, .ex:
            let kind: InlineCode.Kind = element == .x ? .placeholder : element == .bx ? .opening : .closing
            addToSubflow(.code(InlineCode(kind: kind, element: local, id: id)))
            subflowFrames.append(SubflowFrame(kind: .other))
        case .bpt, .ept, .ph, .it:
            let kind: InlineCode.Kind = switch element {
            case .bpt: .opening
            case .ept: .closing
            case .ph: .placeholder
            default: .isolated
            }
            subflowFrames.append(SubflowFrame(kind: .dataCode, code: InlineCode(kind: kind, element: local, id: id)))
        default:
            subflowFrames.append(SubflowFrame(kind: .other))
        }
    }

    /// The element that started last inside a data code ends.
    mutating func endInsideDataCode() {
        guard let frame = subflowFrames.popLast() else { return }
        switch frame.kind {
        case .subflow:
            guard var subflow = frame.subflow else { return }
            Self.flush(&subflow)
            unit.subflows.append(subflow)
        case .dataCode:
            guard var code = frame.code else { return }
            code.data = frame.bytes.isEmpty ? nil : String(decoding: frame.bytes, as: UTF8.self)
            addToSubflow(.code(code))
        case .pairedCode:
            if let code = frame.code { addToSubflow(.code(code)) }
        case .other:
            break
        }
    }

    /// Text inside a data code: it goes to the innermost sub or code inside a sub, if any.
    mutating func addSubflowText(_ text: UnsafeRawBufferPointer) {
        guard let index = subflowFrames.lastIndex(where: { $0.kind == .subflow || $0.kind == .dataCode }) else {
            return
        }
        if subflowFrames[index].kind == .dataCode {
            if keepsDetail { subflowFrames[index].bytes.append(contentsOf: text) }
        } else if keepsDetail {
            subflowFrames[index].subflow?.pendingText.append(contentsOf: text)
        } else {
            subflowFrames[index].subflow?.tally.add(text)
        }
    }

    private mutating func startSubflow(_ tag: XMLStartTag, parent: Int?) {
        // The code that holds the sub: a code inside a sub, or the data code itself.
        let code: InlineCode
        let number: Int
        if let parent {
            guard subflowFrames[parent].kind == .dataCode, let parentCode = subflowFrames[parent].code else {
                // A <sub> directly inside a <sub> is not XLIFF: its text stays in the outer sub.
                subflowFrames.append(SubflowFrame(kind: .other))
                return
            }
            subflowFrames[parent].subCount += 1
            code = parentCode
            number = subflowFrames[parent].subCount
        } else {
            guard dataCode != nil else { return }
            dataCode!.subCount += 1
            code = dataCode!.code
            number = dataCode!.subCount
        }
        let outer = subflowFrames.last { $0.kind == .subflow }?.subflow?.id
        let name = "\(code.element)\(code.id ?? "").sub\(number)"
        let side: XLIFF12Reader.SubflowSide
        let mid: String?
        switch sink {
        case .source: side = .source; mid = nil
        case .sourceSegment: side = .segSource; mid = unit.sourceSegments.last?.mid
        case .target: side = .target; mid = nil
        case .targetSegment: side = .target; mid = unit.targetSegments.last?.mid
        case .none: side = .source; mid = nil
        }
        let draft = SubflowDraft(id: outer.map { "\($0)/\(name)" } ?? name,
            enclosingCode: code.id.map { "\(code.element) \($0)" } ?? code.element, side: side, mid: mid,
            location: context.location(line: tag.line, column: tag.column))
        subflowFrames.append(SubflowFrame(kind: .subflow, subflow: draft))
    }

    /// Adds a code to the innermost open sub.
    private mutating func addToSubflow(_ element: InlineText.Element) {
        guard let index = subflowFrames.lastIndex(where: { $0.kind == .subflow }) else { return }
        guard keepsDetail else {
            subflowFrames[index].subflow!.tally.addCode()
            return
        }
        Self.flush(&subflowFrames[index].subflow!)
        subflowFrames[index].subflow!.text.append(element)
    }

    /// What pairs a source and a target sub-flow: the id, and the segment's mid when both are segmented.
    private static func pairingKey(_ subflow: SubflowDraft, byMid: Bool) -> String {
        byMid ? "\(subflow.mid ?? "")\u{0}\(subflow.id)" : subflow.id
    }

    private static func flush(_ subflow: inout SubflowDraft) {
        guard !subflow.pendingText.isEmpty else { return }
        subflow.text.append(.text(String(decoding: subflow.pendingText, as: UTF8.self)))
        subflow.pendingText.removeAll()
    }

    // MARK: Segments

    /// Adds a segment per source `<sub>` with text, after the unit's own segments, paired with the
    /// target's `<sub>` that answers it.
    mutating func addSubflowSegments<Text: XLIFF12SegmentText>(
        of draft: XLIFF12Reader.UnitDraft, id: String, hasTarget: Bool, to segments: inout [SegmentPlan<Text>]
    ) {
        let sourceSide: XLIFF12Reader.SubflowSide =
            draft.hasSegSource && !draft.sourceSegments.isEmpty ? .segSource : .source
        let sources = draft.subflows.filter { $0.side == sourceSide && !Text.text(of: $0).hasNoText }
        let targets = draft.subflows.filter { $0.side == .target }
        // Within a segment only when both texts are segmented.
        let byMid = sourceSide == .segSource && !draft.targetSegments.isEmpty
        var answers: [Text?] = Array(repeating: nil, count: sources.count)
        var used = Array(repeating: false, count: targets.count)
        // First by id (and mid), then the rest in order; a dictionary keeps this linear for units
        // with very many sub-flows.
        var targetsByKey: [String: [Int]] = [:]
        for (index, target) in targets.enumerated().reversed() {
            targetsByKey[Self.pairingKey(target, byMid: byMid), default: []].append(index)
        }
        var unanswered: [Int] = []
        for (index, source) in sources.enumerated() {
            let key = Self.pairingKey(source, byMid: byMid)
            if let match = targetsByKey[key]?.popLast() {
                answers[index] = Text.text(of: targets[match])
                used[match] = true
            } else {
                unanswered.append(index)
            }
        }
        var next = 0
        for index in unanswered {
            while next < targets.count && used[next] { next += 1 }
            guard next < targets.count else { break }
            answers[index] = Text.text(of: targets[next])
            used[next] = true
        }
        for (index, extra) in targets.enumerated() where !used[index] && !Text.text(of: extra).hasNoText {
            context.report(XLIFF12Diagnostics.extraTargetSub(extra.id, unit: id, at: extra.location))
        }
        // The unit's own text: when it is only codes and its text lies in sub-flows, an empty target
        // is as translated as the target's state says.
        if hasTarget, !sources.isEmpty {
            let mids = Set(sources.map(\.mid))
            for index in segments.indices where segments[index].state == .empty && segments[index].source.hasNoText {
                guard mids.contains(nil) || mids.contains(segments[index].id) else { continue }
                segments[index].state = states.translationState(draft.targetState, qualifier: draft.stateQualifier,
                    approved: draft.approved)
            }
        }
        for (index, source) in sources.enumerated() {
            let target: Text? = hasTarget ? answers[index] : nil
            var segment = segment(draft, source.mid.map { "\($0)/\(source.id)" } ?? source.id, Text.text(of: source),
                target, source.location)
            segment.enclosingCode = source.enclosingCode
            segments.append(segment)
        }
    }
}

extension XLIFF12Diagnostics {
    static func extraTargetSub(_ subflow: String, unit: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(XLIFF12Diagnostics.extraTargetSub,
            "the translation of unit \(unit.isEmpty ? "without id" : "\"\(unit)\"") has a <sub> (\(subflow)) that the source does not have; its text is not counted",
            remedy: "keep the translation's codes and their <sub> elements as in the source, or remove the extra <sub>",
            at: location, unit: unit.isEmpty ? nil : unit)
    }
}
