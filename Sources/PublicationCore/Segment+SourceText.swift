extension Segment {
    /// Whether the source holds nothing to translate: no text and no inline code (`<source/>`, or only
    /// white space). Such a segment is not counted: it is neither translated nor missing.
    public var hasNoSourceText: Bool { source.hasNoText && source.codes.isEmpty }
}

extension TranslationUnit {
    /// Whether no segment of the unit has source text (see ``Segment/hasNoSourceText``).
    public var hasNoSourceText: Bool { segments.allSatisfy(\.hasNoSourceText) }
}
