public import PublicationCore

/// Case mapping and case folding that respect the Turkish dotted and dotless i.
///
/// Unicode's default case mapping turns `I` into `i` and `i` into `I`. In Turkish the pairs are
/// `I`/`ı` (dotless) and `İ`/`i` (dotted), so `"istanbul".uppercased()` must give `İSTANBUL`.
/// German text uses the default mapping. Text is put into NFC first, so a combining dot above
/// (`I` + U+0307) counts as `İ`.
///
/// ```swift
/// TurkishCaseFolding.uppercased("istanbul", language: .turkish)   // "İSTANBUL"
/// TurkishCaseFolding.lowercased("DİYARBAKIR", language: .turkish)  // "diyarbakır"
/// TurkishCaseFolding.fold("İstanbul", language: .turkish) ==
///     TurkishCaseFolding.fold("ISTANBUL", language: .german)        // true
/// ```
public enum TurkishCaseFolding {
    /// Lower-cases `text` with the rules of `language` (Turkish: `I` → `ı`, `İ` → `i`).
    ///
    /// - Parameters:
    ///   - text: The text to lower-case.
    ///   - language: The language whose case rules apply; only Turkish (and Azerbaijani) differ.
    /// - Returns: The lower-cased text in NFC.
    public static func lowercased(_ text: String, language: LanguageTag) -> String {
        lowercased(normalized: TextNormalization.nfc(text), language: language)
    }

    /// ``lowercased(_:language:)`` for text already in NFC.
    static func lowercased(normalized: String, language: LanguageTag) -> String {
        // One implementation of language-aware lower-casing serves the aligner and the QA checks.
        CheckText.folded(normalized, language: language)
    }

    /// Upper-cases `text` with the rules of `language` (Turkish: `i` → `İ`, `ı` → `I`).
    ///
    /// - Parameters:
    ///   - text: The text to upper-case.
    ///   - language: The language whose case rules apply.
    /// - Returns: The upper-cased text in NFC.
    public static func uppercased(_ text: String, language: LanguageTag) -> String {
        let normalized = TextNormalization.nfc(text)
        guard usesDottedI(language) else { return normalized.uppercased() }
        var result = String()
        result.reserveCapacity(normalized.utf8.count)
        for character in normalized {
            switch character {
            case "i": result.append("İ")
            case "ı": result.append("I")
            default: result.append(contentsOf: character.uppercased())
            }
        }
        return result
    }

    /// Folds `text` for case-insensitive comparison with the rules of `language`.
    ///
    /// The result is the language-aware lower case in NFC, so German `Istanbul` and Turkish
    /// `İstanbul` both fold to `istanbul`, while Turkish `Irak` folds to `ırak`. Letters are never
    /// reduced to ASCII: `Şişli` and `Sisli` stay different.
    ///
    /// - Parameters:
    ///   - text: The text to fold.
    ///   - language: The language the text is written in.
    /// - Returns: A string that compares equal for texts that differ only in case.
    public static func fold(_ text: String, language: LanguageTag) -> String {
        lowercased(text, language: language)
    }

    /// ``fold(_:language:)`` for text already in NFC.
    static func fold(normalized text: String, language: LanguageTag) -> String {
        lowercased(normalized: text, language: language)
    }

    /// Whether two texts, each in its own language, are equal apart from case.
    ///
    /// - Parameters:
    ///   - lhs: The first text, written in `lhsLanguage`.
    ///   - lhsLanguage: The language of `lhs`.
    ///   - rhs: The second text, written in `rhsLanguage`.
    ///   - rhsLanguage: The language of `rhs`.
    /// - Returns: `true` when the folded forms are equal.
    public static func equalIgnoringCase(_ lhs: String, _ lhsLanguage: LanguageTag,
                                         _ rhs: String, _ rhsLanguage: LanguageTag) -> Bool {
        fold(lhs, language: lhsLanguage) == fold(rhs, language: rhsLanguage)
    }

    private static func usesDottedI(_ language: LanguageTag) -> Bool {
        language.code == "tr" || language.code == "az"
    }
}
