extension TranslationUnit {
    /// The sources of all segments joined by a space, with their inline codes. Sub-flows
    /// (``Segment/isSubflow``) are left out: their text is part of a code's data already.
    public var joinedSource: InlineText {
        var result = InlineText()
        var isFirst = true
        for segment in segments where !segment.isSubflow {
            if !isFirst { result.append(text: " ") }
            isFirst = false
            for element in segment.source.elements { result.append(element) }
        }
        return result
    }

    /// The targets of all segments that have one, joined by a space; `nil` when no segment has a target.
    /// Sub-flows are left out, as in ``joinedSource``.
    public var joinedTarget: InlineText? {
        var result = InlineText()
        var any = false
        for segment in segments where !segment.isSubflow {
            guard let target = segment.target else { continue }
            if any { result.append(text: " ") }
            for element in target.elements { result.append(element) }
            any = true
        }
        return any ? result : nil
    }
}

extension TranslationUnit {
    /// The least advanced state of the unit's segments (missing before empty before untranslated before
    /// needs review before translated); ``TranslationState/missing`` for a unit without segments.
    public var leastAdvancedState: TranslationState {
        let order: [TranslationState] = [.missing, .empty, .untranslated, .needsReview, .translated]
        var least = TranslationState.translated
        for segment in segments where order.firstIndex(of: segment.state)! < order.firstIndex(of: least)! {
            least = segment.state
        }
        return segments.isEmpty ? .missing : least
    }
}
