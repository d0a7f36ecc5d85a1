/// What a publication shows where a translation is missing.
///
/// A missing translation is never silent: the place always carries a marked placeholder
/// ("Übersetzung folgt" / "Çeviri hazırlanıyor"). This only decides what comes with it.
public enum MissingTranslationMode: String, Hashable, Sendable, Codable, CaseIterable {
    /// The placeholder, followed by the original text marked as the original (with its own `lang`).
    case original
    /// The placeholder alone.
    case placeholder
}
