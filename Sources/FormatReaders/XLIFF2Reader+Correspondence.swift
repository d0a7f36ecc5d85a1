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
/// Runs once per unit, on the unit's model, after the element-by-element checks.
extension XLIFF2Reader.Core {
    func checkCorrespondence(of unit: TranslationUnit, line: Int, column: Int) {
        // Most units have a few codes: the id map searches them linearly, with no hash table to build.
        var sourceCodes = XLIFF2IDMap<InlineCode>()
        for segment in unit.segments where segment.target != nil || unit.segments.count > 1 {
            // The elements are read in place: `codes` would build an array of copies first.
            for case .code(let code) in segment.source.elements {
                guard let id = code.id else { continue }
                sourceCodes.insert(id, code)
            }
        }
        guard !sourceCodes.isEmpty else { return }
        func source(_ id: String) -> InlineCode? { sourceCodes[id] }
        var reported: Set<String> = []
        for segment in unit.segments {
            guard let target = segment.target else { continue }
            let place = segment.location
            for case .code(let code) in target.elements {
                guard let id = code.id, let original = source(id), !reported.contains(id) else { continue }
                let isMarker = code.kind == .markerStart || code.kind == .markerEnd
                let originalIsMarker = original.kind == .markerStart || original.kind == .markerEnd
                if isMarker != originalIsMarker || (!isMarker && (code.element == "ph") != (original.element == "ph")) {
                    reported.insert(id)
                    context.report(XLIFF2Diagnostics.codeKindMismatch,
                        "the target's <\(code.element) id=\"\(id)\"> answers the source's <\(original.element) id=\"\(id)\">, "
                            + "another kind of inline element",
                        remedy: "use the source's kind of element for id \"\(id)\" in the target (a <ph> for a <ph>, a <pc> or "
                            + "<sc>/<ec> for a <pc>, a <mrk> or <sm>/<em> for a <mrk>), or give a new element its own id",
                        line: place?.line ?? line, column: place?.column ?? column, unit: unit.id)
                    continue
                }
                if isMarker, code.kind == .markerStart, let sourceValue = original.attributes["translate"],
                    let targetValue = code.attributes["translate"], sourceValue != targetValue
                {
                    reported.insert(id)
                    context.report(XLIFF2Diagnostics.markerMismatch,
                        "the target's marker \"\(id)\" says translate=\"\(targetValue)\", the source's translate=\"\(sourceValue)\"",
                        remedy: "a marker in the target corresponds to the source's marker with the same id: keep "
                            + "translate=\"\(sourceValue)\"",
                        line: place?.line ?? line, column: place?.column ?? column, unit: unit.id)
                }
            }
        }
    }
}
