public import PublicationCore

/// Number words, months and weekdays of German and Turkish, read as values so that `drei` and
/// `üç` (and `3`) or `Dezember` and `Aralık` compare equal.
///
/// Words are folded with ``TurkishCaseFolding`` and cut at an apostrophe (`Aralık'ta` → `aralık`).
/// A word matches an entry exactly, or — for entries of five or more letters — when it starts
/// with it, which covers inflection (`Samstags`, `temmuzda`, `Millionen`); shorter entries such as
/// `on` (ten) or `drei` must match exactly so that `onlar` or `dreißig` are not read as numbers.
/// `ein`/`eine` and `bir` are left out: they are also the indefinite article.
///
/// ```swift
/// NumberWords.value(of: "Dezember", language: .german)   // "month:12"
/// NumberWords.value(of: "aralıkta", language: .turkish)  // "month:12"
/// NumberWords.value(of: "üç", language: .turkish)        // "3"
/// ```
public enum NumberWords {
    /// The value of `word`, or `nil` when it is not a number word, month or weekday.
    ///
    /// - Parameters:
    ///   - word: One word, without surrounding punctuation.
    ///   - language: The language of the word.
    /// - Returns: A number such as `3` or `1000000`, `month:N` or `weekday:N` (Monday = 1).
    public static func value(of word: some StringProtocol, language: LanguageTag) -> String? {
        var text = Substring(word)
        if let apostrophe = text.firstIndex(where: { $0 == "'" || $0 == "’" }) { text = text[..<apostrophe] }
        guard text.count >= 2 else { return nil }
        return value(folded: TurkishCaseFolding.fold(String(text), language: language), language: language)
    }

    /// ``value(of:language:)`` for a word already folded and cut at its apostrophe.
    static func value(folded: String, language: LanguageTag) -> String? {
        guard folded.count >= 2 else { return nil }
        let table: [(String, String)]
        switch language.code {
        case "de": table = german
        case "tr": table = turkish
        default: return nil
        }
        for (entry, value) in table {
            if folded == entry { return value }
            if matchesLongerWords(entry) && folded.hasPrefix(entry) { return value }
        }
        return nil
    }

    /// Whether the table entry `entry` also matches words that start with it (inflected forms such
    /// as `Samstags` or `temmuzda`): entries of five characters or more. Shorter ones match only
    /// the same word.
    static func matchesLongerWords(_ entry: String) -> Bool {
        entry.count >= 5
    }

    /// The German entries: folded word and value.
    public static let german: [(String, String)] = [
        ("zwei", "2"), ("drei", "3"), ("vier", "4"), ("fünf", "5"), ("sechs", "6"), ("sieben", "7"),
        ("acht", "8"), ("neun", "9"), ("zehn", "10"), ("elf", "11"), ("zwölf", "12"), ("zwanzig", "20"),
        ("hundert", "100"), ("tausend", "1000"), ("million", "1000000"), ("milliarde", "1000000000"),
        ("januar", "month:1"), ("februar", "month:2"), ("märz", "month:3"), ("april", "month:4"),
        ("mai", "month:5"), ("juni", "month:6"), ("juli", "month:7"), ("august", "month:8"),
        ("september", "month:9"), ("oktober", "month:10"), ("november", "month:11"), ("dezember", "month:12"),
        ("montag", "weekday:1"), ("dienstag", "weekday:2"), ("mittwoch", "weekday:3"),
        ("donnerstag", "weekday:4"), ("freitag", "weekday:5"), ("samstag", "weekday:6"),
        ("sonnabend", "weekday:6"), ("sonntag", "weekday:7"),
    ]

    /// The Turkish entries: folded word and value.
    public static let turkish: [(String, String)] = [
        ("iki", "2"), ("üç", "3"), ("dört", "4"), ("beş", "5"), ("altı", "6"), ("yedi", "7"),
        ("sekiz", "8"), ("dokuz", "9"), ("on", "10"), ("yirmi", "20"), ("yüz", "100"), ("bin", "1000"),
        ("milyon", "1000000"), ("milyar", "1000000000"),
        ("ocak", "month:1"), ("şubat", "month:2"), ("mart", "month:3"), ("nisan", "month:4"),
        ("mayıs", "month:5"), ("haziran", "month:6"), ("temmuz", "month:7"), ("ağustos", "month:8"),
        ("eylül", "month:9"), ("ekim", "month:10"), ("kasım", "month:11"), ("aralık", "month:12"),
        ("pazartesi", "weekday:1"), ("salı", "weekday:2"), ("çarşamba", "weekday:3"),
        ("perşembe", "weekday:4"), ("cuma", "weekday:5"), ("cumartesi", "weekday:6"), ("pazar", "weekday:7"),
    ]
}
