public import PublicationCore

/// What reading one file produced: its kind, languages, counts, diagnostics and, for a DocBook
/// contribution, the document itself.
///
/// Translation units are not kept here: they stream through the sink given to
/// ``DocumentLoader/load(contentsOf:displayPath:unitSink:)``, so a file of any size is read in
/// constant memory.
public struct LoadedDocument: Sendable {
    /// The path as the user named it.
    public var path: String
    /// The recognised format, or `nil` if the file could not be recognised.
    public var format: DocumentFormat?
    /// The counts of ``FileStatistics`` (units, segments, translated, …).
    public var statistics: FileStatistics
    /// The `<file>` elements of an XLIFF document.
    public var files: [XLIFFFileInfo]
    /// The contribution, for a DocBook document.
    public var contribution: ContributionDocument?
    /// Everything found wrong, in document order.
    public var diagnostics: [Diagnostic]

    /// Whether the file could be read without an error (warnings allowed).
    public var isReadable: Bool { !diagnostics.contains { $0.severity == .error } }

    /// Creates a result.
    public init(
        path: String, format: DocumentFormat? = nil, statistics: FileStatistics, files: [XLIFFFileInfo] = [],
        contribution: ContributionDocument? = nil, diagnostics: [Diagnostic] = []
    ) {
        self.path = path
        self.format = format
        self.statistics = statistics
        self.files = files
        self.contribution = contribution
        self.diagnostics = diagnostics
    }
}

/// One `<file>` element of an XLIFF document.
public struct XLIFFFileInfo: Hashable, Sendable, Codable {
    /// XLIFF 1.2 `original`, or XLIFF 2 `id`: the first half of a unit's pairing key.
    public var key: String
    /// The source language of this file (XLIFF 1.2 `source-language`; XLIFF 2 takes the document's).
    public var sourceLanguage: LanguageTag?
    /// The target language, if any.
    public var targetLanguage: LanguageTag?
    /// Where the `<file>` starts.
    public var location: SourceLocation?

    /// Creates file information.
    public init(key: String, sourceLanguage: LanguageTag? = nil, targetLanguage: LanguageTag? = nil, location: SourceLocation? = nil) {
        self.key = key
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.location = location
    }
}
