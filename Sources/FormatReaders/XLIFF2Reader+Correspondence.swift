import PublicationCore

/// The rule that a target's inline elements correspond to the source's (XLIFF 2, "Inline Content"):
/// a code in the target with the id of a source code is the same kind of code, and a marker with the
/// id of a source marker keeps its `translate` value.
///
/// ```xml
/// <source>Click <pc id="1">here</pc>.</source>
/// <target>Klicken Sie <ph id="1"/>hier.</target>           <!-- xliff2.code-kind-mismatch -->
/// <source>Use <mrk id="m1" translate="yes">it</mrk></source>
/// <target><mrk id="m1" translate="no">it</mrk></target>    <!-- xliff2.marker-mismatch -->
/// ```
///
/// Runs once per unit, after the element-by-element checks.
extension XLIFF2Reader.Core {
    /// Runs on the codes recorded while the unit streamed by (``XLIFF2UnitState/sourceMarks`` and
    /// ``XLIFF2UnitState/targetMarks``), so that the unit's inline model is not walked and copied again.
    func checkCorrespondence(of state: XLIFF2UnitState, line: Int, column: Int) {
        // The marks are read in place, by position: a loop over them, or a search that returns one,
        // would copy each mark (its id and `translate`) on the way.
        let sourceMarks = state.sourceMarks
        let targetMarks = state.targetMarks
        // The source code each id names: the first of the source marks that is in a segment with a target
        // (or in a unit of several segments). Most units have a few codes, searched linearly with no map to
        // build and free; a unit with many has a table of first positions.
        var firstPosition: [String: Int]?
        if sourceMarks.count > 16 {
            var table: [String: Int] = [:]
            for position in sourceMarks.indices where table[sourceMarks[position].id] == nil && counts(sourceMarks[position].part, in: state) {
                table[sourceMarks[position].id] = position
            }
            firstPosition = table
        }
        var reported = Set<String>()  // an empty set allocates nothing
        for position in targetMarks.indices {
            guard let index = segment(of: targetMarks[position].part, in: state), hasTarget(index, in: state) else { continue }
            let originalPosition: Int?
            if let firstPosition {
                originalPosition = firstPosition[targetMarks[position].id]
            } else {
                originalPosition = sourceMarks.indices.first { sourceMarks[$0].id == targetMarks[position].id && counts(sourceMarks[$0].part, in: state) }
            }
            guard let originalPosition, reported.isEmpty || !reported.contains(targetMarks[position].id) else { continue }
            let code = targetMarks[position]
            let original = sourceMarks[originalPosition]
            let id = code.id
            let place = location(of: index, in: state)
            if code.kind != original.kind {
                reported.insert(id)
                context.report(XLIFF2Diagnostics.codeKindMismatch,
                    "the target's <\(code.element.name) id=\"\(id)\"> answers the source's <\(original.element.name) id=\"\(id)\">, "
                        + "another kind of inline element",
                    remedy: "use the source's kind of element for id \"\(id)\" in the target (a <ph> for a <ph>, a <pc> or "
                        + "<sc>/<ec> for a <pc>, a <mrk> or <sm>/<em> for a <mrk>), or give a new element its own id",
                    line: place?.line ?? line, column: place?.column ?? column, unit: state.unit.id)
                continue
            }
            if code.startsMarker, let sourceValue = original.translate, let targetValue = code.translate,
                sourceValue != targetValue
            {
                reported.insert(id)
                context.report(XLIFF2Diagnostics.markerMismatch,
                    "the target's marker \"\(id)\" says translate=\"\(targetValue)\", the source's translate=\"\(sourceValue)\"",
                    remedy: "a marker in the target corresponds to the source's marker with the same id: keep "
                        + "translate=\"\(sourceValue)\"",
                    line: place?.line ?? line, column: place?.column ?? column, unit: state.unit.id)
            }
        }
    }

    /// Whether segment `index` (as built: the unit's segments, or their tallies) has a target; a tally
    /// without one is `missing`.
    private func hasTarget(_ index: Int, in state: XLIFF2UnitState) -> Bool {
        state.unit.segments.isEmpty ? state.segmentTallies[index].state != .missing : state.unit.segments[index].target != nil
    }

    /// Where segment `index` starts.
    private func location(of index: Int, in state: XLIFF2UnitState) -> SourceLocation? {
        state.unit.segments.isEmpty ? state.segmentTallies[index].location : state.unit.segments[index].location
    }

    /// The segment a code's part is, if it is a segment (not an ignorable).
    private func segment(of part: Int, in state: XLIFF2UnitState) -> Int? {
        guard part >= 0, part < state.partSegment.count else { return nil }
        let index = state.partSegment[part]
        return index >= 0 && index < state.builtSegmentCount ? index : nil
    }

    /// Whether a source code in `part` is one a target code can answer: in a segment with a target, or in
    /// a unit of several segments.
    private func counts(_ part: Int, in state: XLIFF2UnitState) -> Bool {
        guard let index = segment(of: part, in: state) else { return false }
        return hasTarget(index, in: state) || state.builtSegmentCount > 1
    }
}
