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
        // The segments as built: the unit's, or (counts only) their tallies, where no target means `missing`.
        let segments = state.unit.segments
        let tallies = state.segmentTallies
        let segmentCount = state.builtSegmentCount
        func hasTarget(_ index: Int) -> Bool {
            segments.isEmpty ? tallies[index].state != .missing : segments[index].target != nil
        }
        func location(of index: Int) -> SourceLocation? {
            segments.isEmpty ? tallies[index].location : segments[index].location
        }
        /// The segment a code's part is, if it is a segment (not an ignorable).
        func segment(of part: Int) -> Int? {
            guard part >= 0, part < state.partSegment.count else { return nil }
            let index = state.partSegment[part]
            return index >= 0 && index < segmentCount ? index : nil
        }
        // The source code each id names: the first of the source marks that is in a segment with a target
        // (or in a unit of several segments). Most units have a few codes, searched linearly with no map to
        // build and free; a unit with many has a table of first positions.
        let sourceMarks = state.sourceMarks
        func counts(_ mark: XLIFF2UnitState.CodeMark) -> Bool {
            guard let index = segment(of: mark.part) else { return false }
            return hasTarget(index) || segmentCount > 1
        }
        var firstPosition: [String: Int]?
        if sourceMarks.count > 16 {
            var table: [String: Int] = [:]
            for (position, mark) in sourceMarks.enumerated() where table[mark.id] == nil && counts(mark) {
                table[mark.id] = position
            }
            firstPosition = table
        }
        func original(of id: String) -> XLIFF2UnitState.CodeMark? {
            if let firstPosition { return firstPosition[id].map { sourceMarks[$0] } }
            for mark in sourceMarks where mark.id == id && counts(mark) { return mark }
            return nil
        }
        var reported = Set<String>()  // an empty set allocates nothing
        for code in state.targetMarks {
            guard let index = segment(of: code.part), hasTarget(index),
                let original = original(of: code.id), !reported.contains(code.id)
            else { continue }
            let id = code.id
            let place = location(of: index)
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
}
