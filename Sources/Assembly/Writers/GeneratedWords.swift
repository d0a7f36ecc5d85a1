public import PublicationCore

/// The words a publication writes itself, each in German and Turkish.
///
/// A generated word always appears in the language of the place it stands in, with that `lang`.
public enum GeneratedWords {
    /// The table of contents' heading.
    public static let contents = Bilingual(german: "Inhalt", turkish: "İçindekiler")
    /// The mark of a translated block or part.
    public static let translation = Bilingual(german: "Übersetzung", turkish: "Çeviri")
    /// The mark of the original text.
    public static let original = Bilingual(german: "Original", turkish: "Orijinal")
    /// The placeholder where a translation is missing.
    public static let translationFollows = Bilingual(german: "Übersetzung folgt", turkish: "Çeviri hazırlanıyor")
    /// The editor's mark on a translation made from an earlier version of the original.
    public static let outdated = Bilingual(german: "Übersetzung veraltet", turkish: "Çeviri güncel değil")
    /// The editor's mark on a translation that is not yet confirmed.
    public static let needsReview = Bilingual(german: "Übersetzung ungeprüft", turkish: "Çeviri gözden geçirilmedi")
    /// The heading of a contribution's notes.
    public static let notes = Bilingual(german: "Anmerkungen", turkish: "Notlar")
    /// The skip link to the main text.
    public static let skipToContent = Bilingual(german: "Zum Inhalt springen", turkish: "İçeriğe geç")
    /// The label of a footnote's link back to its reference.
    public static let backToText = Bilingual(german: "Zurück zum Text", turkish: "Metne dön")
    /// The names of the languages, each in its own language.
    public static let languageName = Bilingual(german: "Deutsch", turkish: "Türkçe")
    /// "Page", before a page number.
    public static let page = Bilingual(german: "Seite", turkish: "Sayfa")
    /// The label of the imprint.
    public static let imprint = Bilingual(german: "Impressum", turkish: "Künye")
}
