import PublicationCore
import XMLSource

/// Inline content: text and the XLIFF 1.2 codes `g`, `x`, `bx`, `ex`, `bpt`, `ept`, `ph`, `it`, `mrk`, `sub`.
///
/// | element | becomes |
/// | --- | --- |
/// | `<g id="1">…</g>` | ``InlineCode/Kind/opening`` and ``InlineCode/Kind/closing``, both with id `1` |
/// | `<x id="1"/>` | ``InlineCode/Kind/placeholder`` |
/// | `<bx id="1"/>`, `<ex id="2" rid="1"/>` | opening (id), closing (`rid`, else id) |
/// | `<bpt id="1">&lt;b></bpt>`, `<ept id="1">&lt;/b></ept>` | opening, closing, with the text as data |
/// | `<ph id="1">{0}</ph>` | placeholder with data |
/// | `<it id="1" pos="open">&lt;i></it>` | ``InlineCode/Kind/isolated`` with data; `pos` among the attributes |
/// | `<mrk mtype="term">…</mrk>` | ``InlineCode/Kind/markerStart`` and ``InlineCode/Kind/markerEnd`` (id = `mid`) |
///
/// The text of a `<sub>` inside a code stays part of that code's data and is also its own segment, a
/// sub-flow (see `XLIFF12Reader+Subflows.swift`). Text
/// inside a `<bx>` or `<ex>` (empty elements) is kept as text, with a warning.
/// Every other attribute (`ctype`, `equiv-text`, `xid`, `pos`, …) is kept by its qualified name.
extension XLIFF12Reader.Core {
    mutating func startInline(_ tag: XMLStartTag, _ element: XLIFF12Reader.Element?) {
        guard let element else {
            // An extension element inside text: its text stays, the element itself is not kept.
            frames.append(.transparent)
            return
        }
        switch element {
        case .g where !keepsDetail:
            appendCode()
            frames.append(.pairedCode)
        case .x where !keepsDetail:
            appendCode()
            skip()
        case .g:
            let id = tag.attribute("id")
            append(.code(InlineCode(kind: .opening, element: "g", id: id,
                attributes: otherAttributes(of: tag, except: "id", excludedValue: id))))
            closingCodes.append(InlineCode(kind: .closing, element: "g", id: id))
            frames.append(.pairedCode)
        case .x:
            append(.code(code(.placeholder, element, tag)))
            skip()
        case .bx:
            startEmptyCode(keepsDetail ? code(.opening, element, tag) : nil, element, tag)
        case .ex:
            startEmptyCode(keepsDetail ? closingCode(element, tag) : nil, element, tag)
        case .bpt:
            startDataCode(code(.opening, element, tag))
        case .ept:
            startDataCode(closingCode(element, tag))
        case .ph:
            startDataCode(code(.placeholder, element, tag))
        case .it:
            startDataCode(code(.isolated, element, tag))
        case .mrk:
            if tag.attribute("mtype") == "seg", startSegmentIfPossible(tag) { return }
            if !keepsDetail {
                appendCode()
                frames.append(.marker)
                return
            }
            let mid = tag.attribute("mid")
            append(.code(InlineCode(kind: .markerStart, element: "mrk", id: mid,
                attributes: otherAttributes(of: tag, except: "mid", excludedValue: mid))))
            closingCodes.append(InlineCode(kind: .markerEnd, element: "mrk", id: mid))
            frames.append(.marker)
        default:
            // `<sub>` outside a code, or an element XLIFF does not allow here: keep the text.
            frames.append(.transparent)
        }
    }

    /// A code whose id is its `id` attribute.
    private func code(_ kind: InlineCode.Kind, _ element: XLIFF12Reader.Element, _ tag: XMLStartTag) -> InlineCode {
        let id = tag.attribute("id")
        return InlineCode(kind: kind, element: element.name, id: id,
            attributes: otherAttributes(of: tag, except: "id", excludedValue: id))
    }

    /// A closing code (`ex`, `ept`), identified by the `rid` that names its opening code, else by its `id`.
    private func closingCode(_ element: XLIFF12Reader.Element, _ tag: XMLStartTag) -> InlineCode {
        guard let rid = tag.attribute("rid") else { return code(.closing, element, tag) }
        return InlineCode(kind: .closing, element: element.name, id: rid,
            attributes: otherAttributes(of: tag, except: "rid", excludedValue: rid))
    }

    private mutating func startDataCode(_ code: InlineCode) {
        flushText()
        dataCode = XLIFF12Reader.DataCode(code: code)
    }

    mutating func endDataCode() {
        guard var open = dataCode.take() else { return }
        guard keepsDetail else {
            appendCode()
            return
        }
        open.code.data = open.bytes.isEmpty ? nil : String(decoding: open.bytes, as: UTF8.self)
        append(.code(open.code))
    }

    // MARK: Sinks

    /// Adds a run or a code to wherever text currently goes.
    mutating func append(_ element: consuming InlineText.Element) {
        flushText()
        add(element)
    }

    /// Adds a code to wherever text currently goes, as a tally (``UnitDetail/counts``).
    mutating func appendCode() {
        flushText()
        updateSinkTallies { $0.addCode() }
    }

    /// Applies `update` to the tally of wherever text currently goes: the source, the last source segment,
    /// the target, or (a target segment) the whole target's tally and the last target segment's.
    @inline(__always)
    private mutating func updateSinkTallies(_ update: (inout TextTally) -> Void) {
        switch sink {
        case .none:
            break
        case .source:
            update(&unit.sourceTally)
        case .sourceSegment:
            guard !unit.sourceSegments.isEmpty else { return }
            update(&unit.sourceSegments[unit.sourceSegments.count - 1].tally)
        case .target:
            update(&unit.targetTally)
        case .targetSegment:
            update(&unit.targetTally)
            guard !unit.targetSegments.isEmpty else { return }
            update(&unit.targetSegments[unit.targetSegments.count - 1].tally)
        }
    }

    /// Text for the sink, read into its tally as it comes (``UnitDetail/counts``).
    @inline(__always)
    mutating func tally(_ text: UnsafeRawBufferPointer) {
        guard !text.isEmpty else { return }
        hasPendingText = true
        if !emptyCodeStarts.isEmpty && !pendingHasText {
            pendingHasText = text.contains { !$0.isXMLWhitespace }
        }
        // Of a target, the counts read only whether it has text.
        switch sink {
        case .source, .sourceSegment: updateSinkTallies { $0.add(text) }
        default: updateSinkTallies { $0.addUncounted(text) }
        }
    }

    /// The text read since the sink last took a run becomes a run of it, in its tally.
    private mutating func endTallyRun() {
        guard hasPendingText else { return }
        hasPendingText = false
        pendingHasText = false
        updateSinkTallies { $0.endRun() }
    }

    /// Moves the pending text into the sink.
    mutating func flushText() {
        guard keepsDetail else {
            endTallyRun()
            return
        }
        guard !pendingText.isEmpty else { return }
        let text = String(decoding: pendingText, as: UTF8.self)
        pendingText.removeAll(keepingCapacity: true)
        add(.text(text))
    }

    private mutating func add(_ element: consuming InlineText.Element) {
        // Unwrapped by hand: passing `element` through optional chaining (`unit.source?.append`)
        // makes the compiler copy it.
        switch sink {
        case .none:
            break
        case .source:
            if unit.source != nil { unit.source!.append(element) }
        case .sourceSegment:
            guard !unit.sourceSegments.isEmpty else { return }
            unit.sourceSegments[unit.sourceSegments.count - 1].text.append(element)
        case .target:
            if unit.target != nil { unit.target!.append(element) }
        case .targetSegment:
            if unit.target != nil { unit.target!.append(copy element) }
            guard !unit.targetSegments.isEmpty else { return }
            unit.targetSegments[unit.targetSegments.count - 1].text.append(element)
        }
    }
}
