public import PublicationCore

/// Finds a word written twice in a row in a translation (`die die Stadt`), a typical editing slip.
///
/// Only words separated by nothing but white space count, compared with the target language's case
/// folding. What is *not* a finding:
///
/// - **Turkish reduplication.** Turkish doubles words on purpose: `yavaş yavaş` (slowly),
///   `güzel güzel`, `ara ara` (now and then), `ev ev` (house by house). In Turkish text only closed-class
///   words that are never reduplicated are reported: `ve`, `veya`, `ile`, `ama`, `fakat`, `ancak`,
///   `çünkü`, `için`, `gibi`, `ki`, `de`, `da`, `bu`, `şu`. The m-reduplication `kitap mitap`
///   (books and such) repeats no word and is never a finding.
/// - **German relative clauses.** `die Frauen, die die Kurse besuchen`: an article or relative pronoun
///   (`der`, `die`, `das`, `den`, `dem`, `des`) doubled right after a comma is correct German, and so
///   is `sie sie` (`weil sie sie besucht`).
/// - A repetition the source has too, and repeated numbers.
///
/// ```text
/// target (German):  "Die die Stadt hilft."               → qa.repeated-word
/// target (Turkish): "Mülteciler yavaş yavaş uyum sağladı." → nothing
/// target (Turkish): "Kreş ve ve okul"                    → qa.repeated-word
/// ```
public struct RepeatedWordCheck: QualityCheck {
    public static let code: DiagnosticCode = "qa.repeated-word"
    public static let defaultSeverity: Diagnostic.Severity = .warning
    public static let summary = "A word is written twice in a row in the translation."

    /// Turkish words that are never doubled on purpose.
    public static let turkishNonReduplicating: Set<String> = [
        "ve", "veya", "ile", "ama", "fakat", "ancak", "çünkü", "için", "gibi", "ki", "de", "da", "bu", "şu",
    ]
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
                word.gap.unicodeScalars.allSatisfy({ $0.properties.isWhitespace })
            else { continue }
            if !applyingRules {
                found.append(folded)
                continue
            }
            switch language.code {
            case "tr":
                if !turkishNonReduplicating.contains(folded) { continue }
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
