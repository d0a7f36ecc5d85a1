public import PublicationCore

/// The diagnostic codes of the XLIFF 1.2 reader, and the diagnostics it reports.
public enum XLIFF12Diagnostics {
    /// `xliff.unit-without-id`
    public static let unitWithoutId = DiagnosticCatalog.Entry(
        "xliff.unit-without-id", .error, "A <trans-unit> has neither an id nor a resname.")
    /// `xliff.id-from-resname`
    public static let idFromResname = DiagnosticCatalog.Entry(
        "xliff.id-from-resname", .warning, "A <trans-unit> has no id; its resname is used instead.")
    /// `xliff.duplicate-id`
    public static let duplicateId = DiagnosticCatalog.Entry(
        "xliff.duplicate-id", .error, "Two <trans-unit>s of one <file> have the same id.")
    /// `xliff.duplicate-key`
    public static let duplicateKey = DiagnosticCatalog.Entry(
        "xliff.duplicate-key", .warning, "Two <file>s with the same original both have a <trans-unit> with this id.")
    /// `xliff.missing-source`
    public static let missingSource = DiagnosticCatalog.Entry(
        "xliff.missing-source", .error, "A <trans-unit> has no <source>.")
    /// `xliff.unknown-state`
    public static let unknownState = DiagnosticCatalog.Entry(
        "xliff.unknown-state", .warning, "A <target> state is neither an XLIFF 1.2 state nor an x-… state.")
    /// `xliff.missing-source-language`
    public static let missingSourceLanguage = DiagnosticCatalog.Entry(
        "xliff.missing-source-language", .warning, "A <file> has no source-language.")
    /// `xliff.extra-target-segment`
    public static let extraTargetSegment = DiagnosticCatalog.Entry(
        "xliff.extra-target-segment", .warning, "A target <mrk mtype=\"seg\"> has a mid that the <seg-source> does not have.")
    /// `xliff.extra-target-sub`
    public static let extraTargetSub = DiagnosticCatalog.Entry(
        "xliff.extra-target-sub", .warning, "A target <sub> (a sub-flow inside a code) answers no <sub> of the source; its text is not counted.")
    /// `xliff.code-with-content`
    public static let codeWithContent = DiagnosticCatalog.Entry(
        "xliff.code-with-content", .warning, "A <bx> or <ex>, empty elements, holds text; the text is kept.")
    /// `xliff.unsegmented-target`
    public static let unsegmentedTarget = DiagnosticCatalog.Entry(
        "xliff.unsegmented-target", .warning, "The source is split into segments (<seg-source>) but the target is not.")

    /// Every code of this module.
    public static let catalog: [DiagnosticCatalog.Entry] = [
        unitWithoutId, idFromResname, duplicateId, duplicateKey, missingSource, unknownState, missingSourceLanguage, extraTargetSegment, extraTargetSub, codeWithContent, unsegmentedTarget,
    ]

    static func unitWithoutID(at location: SourceLocation) -> Diagnostic {
        Diagnostic(XLIFF12Diagnostics.unitWithoutId,
            "this translation unit (<trans-unit>) has no 'id', so its translation cannot be matched",
            remedy: "add an id=\"…\" that is unique within the <file>; the tool that wrote the file normally does",
            at: location)
    }

    static func resnameAsID(_ resname: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(XLIFF12Diagnostics.idFromResname,
            "translation unit \"\(resname)\" has no 'id'; its resname \"\(resname)\" is used to match it",
            remedy: "add id=\"\(resname)\" to the <trans-unit>; XLIFF 1.2 requires an id", at: location,
            unit: resname)
    }

    static func duplicateID(_ id: String, file: String, firstLine: Int, at location: SourceLocation) -> Diagnostic {
        Diagnostic(XLIFF12Diagnostics.duplicateId,
            "translation unit id \"\(id)\" appears twice in \(fileName(file)); only the first can be matched with its translation",
            remedy: "give every <trans-unit> of a <file> its own id: XLIFF 1.2 requires ids to be unique per <file>",
            at: location, unit: id, notes: ["the first unit with id \"\(id)\" is at line \(firstLine)"])
    }

    static func duplicateKey(_ id: String, file: String, firstLine: Int, at location: SourceLocation) -> Diagnostic {
        Diagnostic(XLIFF12Diagnostics.duplicateKey,
            "translation unit id \"\(id)\" appears in two <file> elements that are both called \(fileName(file)), so the two units cannot be told apart when pairing",
            remedy: "give the <file> elements different 'original' names, or the units different ids",
            at: location, unit: id, notes: ["the first unit with id \"\(id)\" is at line \(firstLine)"])
    }

    static func missingSource(unit id: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(XLIFF12Diagnostics.missingSource,
            "translation unit \(quoted(id)) has no <source>, so there is nothing to translate or to check",
            remedy: "add the original text as <source>, or remove the unit", at: location, unit: id.isEmpty ? nil : id)
    }

    static func unknownState(_ state: String, unit id: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(XLIFF12Diagnostics.unknownState,
            "the translation of unit \(quoted(id)) has the state \"\(state)\", which XLIFF 1.2 does not define; it counts as needing review until its state says translated or final",
            remedy: "use one of new, needs-translation, needs-review-translation, translated, signed-off, final (or a custom x-… state)",
            at: location, unit: id.isEmpty ? nil : id)
    }

    static func missingSourceLanguage(file: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(XLIFF12Diagnostics.missingSourceLanguage,
            "\(fileName(file)) does not say which language its sources are in (no source-language)",
            remedy: "add source-language=\"de\" or source-language=\"tr\" (or the pivot language) to the <file> element",
            at: location)
    }

    static func extraTargetSegment(_ mid: String?, unit id: String, at location: SourceLocation) -> Diagnostic {
        let name = mid.map { "mid=\"\($0)\"" } ?? "without a mid"
        return Diagnostic(XLIFF12Diagnostics.extraTargetSegment,
            "the translation of unit \(quoted(id)) has a segment \(name) that its segmented source (<seg-source>) does not have; that text is not counted",
            remedy: "give each target <mrk mtype=\"seg\"> the mid of a source segment, or re-segment the unit in the translation tool",
            at: location, unit: id.isEmpty ? nil : id)
    }

    static func unsegmentedTarget(unit id: String, segments: Int, at location: SourceLocation) -> Diagnostic {
        Diagnostic(XLIFF12Diagnostics.unsegmentedTarget,
            "unit \(quoted(id)) has \(segments) source segments but its translation is not split into segments; the unit is counted as one segment",
            remedy: "let the translation tool write <mrk mtype=\"seg\"> segments in the target too",
            at: location, unit: id.isEmpty ? nil : id)
    }

    private static func quoted(_ id: String) -> String {
        id.isEmpty ? "without id" : "\"\(id)\""
    }

    private static func fileName(_ original: String) -> String {
        original.isEmpty ? "this <file>" : "<file> \"\(original)\""
    }
}
