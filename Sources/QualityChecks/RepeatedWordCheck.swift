import Pairing
public import PublicationCore

/// Finds a word written twice in a row in a translation (`die die Stadt`), a typical editing slip.
///
/// Only words separated by nothing but white space count, compared with the target language's case
/// folding. A suffix written after an apostrophe is part of its word, not a word of its own, so in
/// `Saarbrücken’de de konut piyasası` the suffix `de` and the clitic `de` are no repetition. What is
/// *not* a finding:
///
/// - **Turkish reduplication.** Turkish doubles words on purpose: `yavaş yavaş` (slowly),
///   `zaman zaman` (at times), `güzel güzel`, `ara ara`, `ev ev` (house by house), distributive
///   numerals (`birer birer`) and converbs in -A (`güle güle`, `koşa koşa`). Words of
///   ``turkishReduplications`` and converbs ending in a or e are not reported; every other doubled
///   word is (`ilgili ilgili`, `ve ve`). The m-reduplication `kitap mitap` repeats no word.
/// - **Clitics after a suffix.** The clitics `de`/`da`, `ki` and `mi`/`mı`/`mu`/`mü` written after an
///   apostrophe suffix (`Saarbrücken’de de`, `Ankara’da da`) are correct Turkish.
/// - **German relative clauses.** `die Frauen, die die Kurse besuchen`: an article or relative pronoun
///   (`der`, `die`, `das`, `den`, `dem`, `des`) doubled right after a comma is correct German, and so
///   is `sie sie` (`weil sie sie besucht`).
/// - A repetition the source has too, and repeated numbers.
///
/// ```text
/// target (German):  "Die die Stadt hilft."                  → qa.repeated-word
/// target (Turkish): "Mülteciler yavaş yavaş uyum sağladı."    → nothing
/// target (Turkish): "Saarbrücken’de de konut piyasası"        → nothing
/// target (Turkish): "ilgili ilgili birimler"                  → qa.repeated-word
/// ```
public struct RepeatedWordCheck: QualityCheck {
    public static let code: DiagnosticCode = "qa.repeated-word"
    public static let defaultSeverity: Diagnostic.Severity = .warning
    public static let summary = "A word is written twice in a row in the translation."

    /// Turkish words that are doubled on purpose (reduplication), in lower case.
    public static let turkishReduplications: Set<String> = [
        "yavaş", "zaman", "ara", "güzel", "ev", "kapı", "gün", "yer", "sık", "bol", "tek", "çeşit", "renk", "türlü",
        "parça", "damla", "adım", "köşe", "kat", "sıra", "sıcak", "soğuk", "derin", "uzun", "kısa", "büyük", "küçük",
        "iri", "ufak", "ağır", "hızlı", "yan", "baş", "bölüm", "grup", "ayrı", "kenar", "dolu", "kocaman", "harıl",
        "şırıl", "pırıl", "mışıl", "ışıl", "fısıl", "çatır", "gürül", "tık", "pıt", "tak", "hop", "ha", "hey", "evet",
        "hayır", "yok", "çok", "az", "iyi", "kötü", "pek", "şehir", "köy", "ülke", "mahalle", "sokak", "ay", "yıl",
        "hafta", "saat", "dakika", "kelime", "harf", "satır", "sayfa", "kişi", "aile", "birer", "ikişer", "üçer",
        "dörder", "beşer", "altışar", "yedişer", "sekizer", "dokuzar", "onar", "teker", "tane", "dal", "dilim",
        "avuç", "bölük", "kucak", "sürü", "yığın", "alay", "top", "bir", "iki", "tıpış", "tabak", "paket", "kutu",
        "öbek", "kıyı", "uç", "açık", "koyu", "yeni", "eski", "sade", "sıkı", "taze", "bedava", "basit",
    ]
    /// Turkish clitics, written apart from the word they follow.
    public static let turkishClitics: Set<String> = ["de", "da", "ki", "mi", "mı", "mu", "mü"]
    /// German words that may be doubled after a comma (relative pronoun and article).
    public static let germanRelativeArticles: Set<String> = ["der", "die", "das", "den", "dem", "des"]

    /// Creates the check.
    public init() {}

    public func check(_ pair: SegmentPair, in context: CheckContext) -> [Diagnostic] {
        guard let targetText = pair.targetText,
            let repeated = Self.repetition(in: targetText, language: pair.targetLanguage),
            !Self.repetition(in: pair.sourceText, language: pair.sourceLanguage, applyingRules: false, all: true)
                .contains(CheckText.folded(repeated, language: pair.sourceLanguage))
        else { return [] }
        return [
            finding(
                "\(pair.translationName.capitalisedFirst) repeats the word “\(repeated) \(repeated)”"
                    + " in \(CheckText.quoted(targetText)).",
                remedy: "Delete one of the two words.", at: pair)
        ]
    }

    /// Whether a doubled Turkish word is a reduplication: listed, or a converb in -A (`güle güle`).
    static func isTurkishReduplication(_ folded: String) -> Bool {
        if turkishReduplications.contains(folded) { return true }
        let scalars = Array(folded.unicodeScalars)
        guard scalars.count >= 4, let last = scalars.last, last == "a" || last == "e" else { return false }
        let vowels: Set<Unicode.Scalar> = ["a", "e", "ı", "i", "o", "ö", "u", "ü"]
        return !vowels.contains(scalars[scalars.count - 2])
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "’" || scalar == "ʼ" || scalar == "`" || scalar == "´"
    }

    /// The first word written twice in a row that the language's rules do not allow, as written.
    static func repetition(in text: String, language: LanguageTag) -> String? {
        repetition(in: text, language: language, applyingRules: true, all: false).first
    }

    /// Repeated words, as written (or folded, when `all` collects every one for comparison).
    static func repetition(in text: String, language: LanguageTag, applyingRules: Bool, all: Bool) -> [String] {
        var found: [String] = []
        let words = CheckText.words(in: text)
        guard words.count > 1 else { return [] }
        var previousFolded = CheckText.folded(words[0].text, language: language)
        for index in 1..<words.count {
            let word = words[index]
            let folded = CheckText.folded(word.text, language: language)
            defer { previousFolded = folded }
            guard folded == previousFolded, word.hasLetter, !word.gap.isEmpty,
                word.gap.unicodeScalars.allSatisfy({ $0.isWhiteSpace })
            else { continue }
            if !applyingRules {
                found.append(folded)
                continue
            }
            // A suffix after an apostrophe (Saarbrücken’de) is part of its word: "’de de" is a suffix and a clitic.
            if index >= 1, words[index - 1].gap.unicodeScalars.contains(where: Self.isApostrophe) { continue }
            switch language.code {
            case "tr":
                if Self.isTurkishReduplication(folded) { continue }
            case "de":
                if folded == "sie" { continue }
                if germanRelativeArticles.contains(folded), words[index - 1].gap.containsText(",") { continue }
            default:
                break
            }
            found.append(all ? folded : word.text)
            if !all { return found }
        }
        return found
    }
}
