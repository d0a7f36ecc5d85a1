import Pairing
public import PublicationCore

/// Finds quotation marks that belong to the other language.
///
/// German quotes „so“ and ‚so‘; Turkish quotes “so” (or «so», which is also accepted). A German
/// low opening mark `„` or `‚` in Turkish text is a finding, and so is a Turkish “…” in German text:
/// a `”`, or a `“` that opens a quote instead of closing a `„`. A `“` followed by a space with no `„`
/// before it closes a quotation opened in the segment before (interface texts are put together from
/// pieces: `Werk „` … `“ hervorheben`) and is correct German.
///
/// ```text
/// target (Turkish): "Proje „Birlikte“ adını taşıyor."     → qa.quote-style
/// target (German):  "Das Projekt heißt “Gemeinsam”."      → qa.quote-style
/// target (Turkish): "Proje «Birlikte» adını taşıyor."     → nothing
/// ```
public struct QuoteStyleCheck: QualityCheck {
    public static let code: DiagnosticCode = "qa.quote-style"
    public static let defaultSeverity: Diagnostic.Severity = .warning
    public static let summary = "The translation uses the quotation marks of the other language."

    /// Creates the check.
    public init() {}

    public func check(_ pair: SegmentPair, in context: CheckContext) -> [Diagnostic] {
        guard let targetText = pair.targetText, let wrong = Self.wrongMark(in: targetText, language: pair.targetLanguage)
        else { return [] }
        let expected = pair.targetLanguage.code == "tr" ? "“…” (or «…»)" : "„…“ and ‚…‘"
        return [
            finding(
                "\(pair.translationName.capitalisedFirst) \(CheckText.quoted(targetText)) uses the quotation mark "
                    + "“\(wrong)”, which is not \(CheckText.name(of: pair.targetLanguage)).",
                remedy: "Use \(expected) in \(CheckText.name(of: pair.targetLanguage)) text.", at: pair)
        ]
    }

    /// The first quotation mark of the other language, or `nil`.
    static func wrongMark(in text: String, language: LanguageTag) -> Character? {
        // Every mark looked for (‚ „ “ ‘ ” ’) begins with the byte E2: a text without it has none.
        guard text.utf8.contains(0xE2) else { return nil }
        switch language.code {
        case "tr":
            return text.first { $0 == "„" || $0 == "‚" }
        case "de":
            var openDouble = 0
            var openSingle = 0
            let characters = Array(text)
            for (index, character) in characters.enumerated() {
                switch character {
                case "„": openDouble += 1
                case "‚": openSingle += 1
                case "“":
                    // Without an opening „ here, “ is English only where it opens (a letter follows); as a closer
                    // (“ hervorheben) it ends a quotation opened in the segment before.
                    if openDouble > 0 {
                        openDouble -= 1
                    } else if index + 1 < characters.count, characters[index + 1].isLetter || characters[index + 1].isNumber {
                        return "“"
                    }
                case "‘":
                    if openSingle > 0 { openSingle -= 1 } else { return "‘" }
                case "”":
                    return "”"
                case "’":
                    // An apostrophe (geht’s, Şişli’de) is fine; a closing mark after no opening is English/Turkish.
                    let afterLetter = index > 0 && characters[index - 1].isLetter
                    if !afterLetter { return "’" }
                default:
                    continue
                }
            }
            return nil
        default:
            return nil
        }
    }
}
