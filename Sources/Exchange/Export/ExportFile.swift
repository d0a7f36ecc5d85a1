public import PublicationCore

/// The units of one contribution to be written as one XLIFF file.
public struct ExportFile: Hashable, Sendable {
    /// The contribution's id (the XLIFF 2 file id).
    public var contribution: String
    /// The original's path (the `original` attribute).
    public var originalPath: String
    /// The language of the original.
    public var sourceLanguage: LanguageTag
    /// The language to translate into.
    public var targetLanguage: LanguageTag
    /// The units, in reading order.
    public var units: [ExportUnit]

    /// The file name: `<contribution>.<source>-<target>.xlf`.
    public var fileName: String { "\(contribution).\(sourceLanguage.code)-\(targetLanguage.code).xlf" }
}
