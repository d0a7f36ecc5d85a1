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
    /// The legend of the web page's one-language view.
    public static let languageViewLegend = Bilingual(german: "Sprache", turkish: "Dil")
    /// The one-language view's first option: both languages.
    public static let bothLanguages = Bilingual(german: "Deutsch und Türkisch", turkish: "Almanca ve Türkçe")
    /// The one-language view's option for one language, in that language.
    public static let onlyLanguage = Bilingual(german: "Nur Deutsch", turkish: "Yalnızca Türkçe")
    /// The heading of the EPUB's page list.
    public static let pages = Bilingual(german: "Seiten", turkish: "Sayfalar")
    /// The label of the imprint.
    public static let imprint = Bilingual(german: "Impressum", turkish: "Künye")
    /// The accessibility statement printed in the imprint.
    public static let accessibilityStatement = Bilingual(
        german: "Barrierefreiheit: Diese Ausgabe ist nach PDF/UA-1 und EPUB Accessibility 1.1 (WCAG 2.1 AA) gestaltet: Überschriften, Listen und Abbildungen mit Alternativtext sind ausgezeichnet, jeder Absatz trägt seine Sprache, die Lesereihenfolge folgt dem Text.",
        turkish: "Erişilebilirlik: Bu baskı PDF/UA-1 ve EPUB Accessibility 1.1 (WCAG 2.1 AA) ölçütlerine göre hazırlanmıştır: başlıklar, listeler ve alternatif metinli görseller işaretlenmiştir, her paragraf kendi dilini taşır, okuma sırası metni izler.")
    /// The quiet line of the reader's edition where a translation is missing.
    public static let translationPending = Bilingual(
        german: "Die deutsche Übersetzung folgt.", turkish: "Türkçe çevirisi hazırlanıyor.")
    /// The editor's explanation of an outdated translation, before the ids of the changed original.
    public static let outdatedDetail = Bilingual(
        german: "Das Original wurde geändert, nachdem diese Übersetzung bestätigt wurde; geändert:",
        turkish: "Bu çeviri onaylandıktan sonra özgün metin değişti; değişen:")

    /// The month names, January first.
    static let months = Bilingual(
        german: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
        turkish: ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"])

    /// An ISO date (`2021-03-01`) written out: "1. März 2021" in German, "1 Mart 2021" in Turkish, with a
    /// no-break space after the day (so that a line never starts with the month); `nil` when `iso` is not a
    /// date of that form.
    public static func date(_ iso: String, in language: LanguageTag) -> String? {
        guard let (year, month, day) = ISODate.components(of: iso) else { return nil }
        let name = months[language][month - 1]
        return language == .turkish ? "\(day)\u{00A0}\(name) \(year)" : "\(day).\u{00A0}\(name) \(year)"
    }

    /// A series and the volume's number: "DStGB-Dokumentation Nr. 154", "DStGB Dokümantasyon Dizisi, Sayı 154",
    /// with a no-break space between the word and the number.
    public static func seriesNumber(_ series: String, _ number: String, in language: LanguageTag) -> String {
        language == .turkish ? "\(series), Sayı\u{00A0}\(number)" : "\(series) Nr.\u{00A0}\(number)"
    }
}
