/// For whom a publication is built.
///
/// ```swift
/// var options = PublicationWriterOptions()
/// options.edition = .reader   // no review marks; a missing translation is one quiet line
/// ```
public enum PublicationEdition: String, Hashable, Sendable, Codable, CaseIterable {
    /// For readers: no review or outdated marks; where a translation is missing, one quiet line in the
    /// reader's language ("Türkçe çevirisi hazırlanıyor.").
    case reader
    /// For editors: every mark; an outdated translation says what changed; a missing translation is a
    /// framed placeholder (with the original in the sequential layouts, when the options ask for it).
    case editor
}
