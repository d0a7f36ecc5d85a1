public import PublicationCore

/// One German–Turkish pair for a TMX file.
public struct TMXPair: Hashable, Sendable {
    /// The pair's id (`tuid`): contribution and block id.
    public var id: String?
    /// The language the text was written in.
    public var originalLanguage: LanguageTag
    /// The German text.
    public var german: InlineText
    /// The Turkish text.
    public var turkish: InlineText

    /// Creates a pair.
    public init(id: String?, originalLanguage: LanguageTag, german: InlineText, turkish: InlineText) {
        self.id = id
        self.originalLanguage = originalLanguage
        self.german = german
        self.turkish = turkish
    }
}
