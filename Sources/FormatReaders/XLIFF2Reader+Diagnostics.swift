public import PublicationCore

/// The diagnostic codes of the XLIFF 2 reader and validator.
public enum XLIFF2Diagnostics {
    /// `xliff2.missing-attribute`
    public static let missingAttribute = DiagnosticCatalog.Entry(
        "xliff2.missing-attribute", .error, "A required attribute is missing (version, srcLang, id, trgLang for targets, …).")
    /// `xliff2.missing-element`
    public static let missingElement = DiagnosticCatalog.Entry(
        "xliff2.missing-element", .error, "A required child is missing (<file>, <unit>/<group>, <note>, <data>, <source>).")
    /// `xliff2.unknown-element`
    public static let unknownElement = DiagnosticCatalog.Entry(
        "xliff2.unknown-element", .error, "An element that XLIFF 2 or the named module does not define.")
    /// `xliff2.unexpected-element`
    public static let unexpectedElement = DiagnosticCatalog.Entry(
        "xliff2.unexpected-element", .error, "A known element in a place where it is not allowed, or repeated.")
    /// `xliff2.element-order`
    public static let elementOrder = DiagnosticCatalog.Entry(
        "xliff2.element-order", .error, "Children in the wrong order (notes before segments, source before target, …).")
    /// `xliff2.unknown-attribute`
    public static let unknownAttribute = DiagnosticCatalog.Entry(
        "xliff2.unknown-attribute", .error, "An attribute that the element does not have in XLIFF 2 or its module.")
    /// `xliff2.extension-not-allowed`
    public static let extensionNotAllowed = DiagnosticCatalog.Entry(
        "xliff2.extension-not-allowed", .error, "An extension element or attribute where the core allows none.")
    /// `xliff2.bad-value`
    public static let badValue = DiagnosticCatalog.Entry(
        "xliff2.bad-value", .error, "An attribute value outside its allowed values or syntax.")
    /// `xliff2.bad-id`
    public static let badId = DiagnosticCatalog.Entry(
        "xliff2.bad-id", .error, "An id or id reference that is not an XML NMTOKEN.")
    /// `xliff2.bad-language`
    public static let badLanguage = DiagnosticCatalog.Entry(
        "xliff2.bad-language", .error, "A language tag that is not well-formed BCP 47.")
    /// `xliff2.language-mismatch`
    public static let languageMismatch = DiagnosticCatalog.Entry(
        "xliff2.language-mismatch", .error, "A source or target whose xml:lang differs from srcLang or trgLang.")
    /// `xliff2.space-mismatch`
    public static let spaceMismatch = DiagnosticCatalog.Entry(
        "xliff2.space-mismatch", .error, "A target whose xml:space differs from its source's.")
    /// `xliff2.duplicate-id`
    public static let duplicateId = DiagnosticCatalog.Entry(
        "xliff2.duplicate-id", .error, "An id used twice in its scope (file, group, unit, notes, module container).")
    /// `xliff2.duplicate-order`
    public static let duplicateOrder = DiagnosticCatalog.Entry(
        "xliff2.duplicate-order", .error, "Two targets of a unit with the same order.")
    /// `xliff2.substate-without-state`
    public static let substateWithoutState = DiagnosticCatalog.Entry(
        "xliff2.substate-without-state", .error, "A segment with subState but no state.")
    /// `xliff2.subtype-without-type`
    public static let subtypeWithoutType = DiagnosticCatalog.Entry(
        "xliff2.subtype-without-type", .error, "A code or match with subType but no type.")
    /// `xliff2.unit-without-segment`
    public static let unitWithoutSegment = DiagnosticCatalog.Entry(
        "xliff2.unit-without-segment", .error, "A unit without any <segment>.")
    /// `xliff2.unpaired-code`
    public static let unpairedCode = DiagnosticCatalog.Entry(
        "xliff2.unpaired-code", .error, "An <sc> without its <ec>, or an <ec> before or without its <sc>.")
    /// `xliff2.unpaired-marker`
    public static let unpairedMarker = DiagnosticCatalog.Entry(
        "xliff2.unpaired-marker", .error, "An <sm> without its <em>, or an <em> before or without its <sm>.")
    /// `xliff2.isolated-code`
    public static let isolatedCode = DiagnosticCatalog.Entry(
        "xliff2.isolated-code", .error, "isolated=\"yes\" misused, or an <ec> with the wrong kind of reference.")
    /// `xliff2.code-mismatch`
    public static let codeMismatch = DiagnosticCatalog.Entry(
        "xliff2.code-mismatch", .error, "An <ec> whose canCopy, canDelete, canReorder, canOverlap, type, … differ from its <sc>.")
    /// `xliff2.code-kind-mismatch`
    public static let codeKindMismatch = DiagnosticCatalog.Entry(
        "xliff2.code-kind-mismatch", .error, "A target's inline element answers a source element of another kind with the same id (a <ph> for a <pc>).")
    /// `xliff2.marker-mismatch`
    public static let markerMismatch = DiagnosticCatalog.Entry(
        "xliff2.marker-mismatch", .error, "A target's <mrk> or <sm> has another translate value than the source's marker with the same id.")
    /// `xliff2.reordered-code`
    public static let reorderedCode = DiagnosticCatalog.Entry(
        "xliff2.reordered-code", .error, "Codes that may not be reordered are out of sequence.")
    /// `xliff2.deleted-code`
    public static let deletedCode = DiagnosticCatalog.Entry(
        "xliff2.deleted-code", .error, "A code with canDelete=\"no\" is missing from the target.")
    /// `xliff2.bad-reference`
    public static let badReference = DiagnosticCatalog.Entry(
        "xliff2.bad-reference", .error, "A reference (dataRef, copyOf, subFlows, ref, sizeInfoRef) that names nothing.")
    /// `xliff2.bad-fragment`
    public static let badFragment = DiagnosticCatalog.Entry(
        "xliff2.bad-fragment", .error, "A fragment identifier (#f=…/u=…) with wrong syntax or order.")
    /// `xliff2.comment`
    public static let comment = DiagnosticCatalog.Entry(
        "xliff2.comment", .error, "A comment annotation without exactly one of value and ref to a note of the unit.")
    /// `xliff2.skeleton`
    public static let skeleton = DiagnosticCatalog.Entry(
        "xliff2.skeleton", .error, "A <skeleton> with both or neither of href and content.")
    /// `xliff2.module-attribute`
    public static let moduleAttribute = DiagnosticCatalog.Entry(
        "xliff2.module-attribute", .error, "A module attribute used where its module forbids it.")
    /// `xliff2.module-content`
    public static let moduleContent = DiagnosticCatalog.Entry(
        "xliff2.module-content", .error, "A module element with missing or wrong content.")
    /// `xliff2.size-info`
    public static let sizeInfo = DiagnosticCatalog.Entry(
        "xliff2.size-info", .warning, "slr:sizeInfo is not a whole number while no size profile is declared.")
    /// `xliff2.state-without-target`
    public static let stateWithoutTarget = DiagnosticCatalog.Entry(
        "xliff2.state-without-target", .warning, "A segment with a state other than initial but no or an empty target.")

    /// Every code of this module.
    public static let catalog: [DiagnosticCatalog.Entry] = [
        missingAttribute, missingElement, unknownElement, unexpectedElement, elementOrder, unknownAttribute, extensionNotAllowed, badValue, badId, badLanguage, languageMismatch, spaceMismatch, duplicateId, duplicateOrder, substateWithoutState, subtypeWithoutType, unitWithoutSegment, unpairedCode, unpairedMarker, isolatedCode, codeMismatch, codeKindMismatch, markerMismatch, reorderedCode, deletedCode, badReference, badFragment, comment, skeleton, moduleAttribute, moduleContent, sizeInfo, stateWithoutTarget,
    ]
}
