public import PublicationCore

/// The diagnostic codes of the XLIFF 2 reader and validator.
public enum XLIFF2Diagnostics {
    /// Every code the XLIFF 2 reader emits.
    public static let catalog: [DiagnosticCatalog.Entry] = [
        .init("xliff2.missing-attribute", .error, "A required attribute is missing (version, srcLang, id, trgLang for targets, …)."),
        .init("xliff2.missing-element", .error, "A required child is missing (<file>, <unit>/<group>, <note>, <data>, <source>)."),
        .init("xliff2.unknown-element", .error, "An element that XLIFF 2 or the named module does not define."),
        .init("xliff2.unexpected-element", .error, "A known element in a place where it is not allowed, or repeated."),
        .init("xliff2.element-order", .error, "Children in the wrong order (notes before segments, source before target, …)."),
        .init("xliff2.unknown-attribute", .error, "An attribute that the element does not have in XLIFF 2 or its module."),
        .init("xliff2.extension-not-allowed", .error, "An extension element or attribute where the core allows none."),
        .init("xliff2.bad-value", .error, "An attribute value outside its allowed values or syntax."),
        .init("xliff2.bad-id", .error, "An id or id reference that is not an XML NMTOKEN."),
        .init("xliff2.bad-language", .error, "A language tag that is not well-formed BCP 47."),
        .init("xliff2.language-mismatch", .error, "A source or target whose xml:lang differs from srcLang or trgLang."),
        .init("xliff2.space-mismatch", .error, "A target whose xml:space differs from its source's."),
        .init("xliff2.duplicate-id", .error, "An id used twice in its scope (file, group, unit, notes, module container)."),
        .init("xliff2.duplicate-order", .error, "Two targets of a unit with the same order."),
        .init("xliff2.substate-without-state", .error, "A segment with subState but no state."),
        .init("xliff2.subtype-without-type", .error, "A code or match with subType but no type."),
        .init("xliff2.unit-without-segment", .error, "A unit without any <segment>."),
        .init("xliff2.unpaired-code", .error, "An <sc> without its <ec>, or an <ec> before or without its <sc>."),
        .init("xliff2.unpaired-marker", .error, "An <sm> without its <em>, or an <em> before or without its <sm>."),
        .init("xliff2.isolated-code", .error, "isolated=\"yes\" misused, or an <ec> with the wrong kind of reference."),
        .init("xliff2.code-mismatch", .error, "An <ec> whose canCopy, canDelete, canReorder, canOverlap, type, … differ from its <sc>."),
        .init("xliff2.code-kind-mismatch", .error, "A target's inline element answers a source element of another kind with the same id (a <ph> for a <pc>)."),
        .init("xliff2.marker-mismatch", .error, "A target's <mrk> or <sm> has another translate value than the source's marker with the same id."),
        .init("xliff2.reordered-code", .error, "Codes that may not be reordered are out of sequence."),
        .init("xliff2.deleted-code", .error, "A code with canDelete=\"no\" is missing from the target."),
        .init("xliff2.bad-reference", .error, "A reference (dataRef, copyOf, subFlows, ref, sizeInfoRef) that names nothing."),
        .init("xliff2.bad-fragment", .error, "A fragment identifier (#f=…/u=…) with wrong syntax or order."),
        .init("xliff2.comment", .error, "A comment annotation without exactly one of value and ref to a note of the unit."),
        .init("xliff2.skeleton", .error, "A <skeleton> with both or neither of href and content."),
        .init("xliff2.module-attribute", .error, "A module attribute used where its module forbids it."),
        .init("xliff2.module-content", .error, "A module element with missing or wrong content."),
        .init("xliff2.size-info", .warning, "slr:sizeInfo is not a whole number while no size profile is declared."),
        .init("xliff2.state-without-target", .warning, "A segment with a state other than initial but no or an empty target."),
    ]
}
