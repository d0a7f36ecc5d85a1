public import PublicationCore

/// The units of one XLIFF file, with its languages: an input of ``PivotPairer``.
public struct TranslationFileSet: Sendable {
    /// The path as the user named it.
    public var path: String
    /// The language of the sources.
    public var sourceLanguage: LanguageTag?
    /// The language of the targets, or `nil` for a file that only holds sources.
    public var targetLanguage: LanguageTag?
    /// The units, in document order.
    public var units: [TranslationUnit]

    /// Creates a set.
    public init(path: String, sourceLanguage: LanguageTag?, targetLanguage: LanguageTag?, units: [TranslationUnit]) {
        self.path = path
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.units = units
    }

    /// Whether the file only holds the sources (no target language, or the same as the source).
    public var isSourceOnly: Bool {
        targetLanguage == nil || targetLanguage == sourceLanguage
    }
}
