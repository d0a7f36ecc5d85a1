import Pairing
public import PublicationCore

/// Finds translations that are the same as their source: most often the original copied into the
/// target and never translated.
///
/// The texts are compared after NFC normalisation, with runs of white space collapsed and with the
/// target language's case folding (so `İSTANBUL` and `istanbul` compare equal in Turkish).
/// Segments that hold only numbers, tokens with digits (`t1`, `utf-8`), words of up to three letters
/// (`et al.`), URLs, bare domains (`mailinator.com`), e-mail addresses, markup,
/// punctuation or names (every word has a capital letter, save particles such as `of`, as in
/// `Dr. Ayşe Yılmaz`, `ORCID iD`, `Isle of Man`) are skipped: those stay the same in a translation. A
/// German translation that capitalises an English loanword (`website` → `Website`) is German
/// spelling, not a copy.
///
/// ```text
/// source: "Die Stadt hilft."   target: "Die Stadt hilft."   → qa.identical-target
/// source: "Osnabrück"          target: "Osnabrück"          → nothing (a name)
/// ```
public struct IdenticalTargetCheck: QualityCheck {
    public static let code: DiagnosticCode = "qa.identical-target"
    public static let defaultSeverity: Diagnostic.Severity = .warning
    public static let summary = "A translation is the same as its source."

    /// Creates the check.
    public init() {}

    public func check(_ pair: SegmentPair, in context: CheckContext) -> [Diagnostic] {
        guard let targetText = pair.targetText, pair.sourceLanguage != pair.targetLanguage else { return [] }
        let source = pair.sourceText
        // A copied original follows the source's casing rules; a retyped one may follow the target's.
        let sourceKey = CheckText.comparisonKey(source, language: pair.targetLanguage)
        let targetKey = CheckText.comparisonKey(targetText, language: pair.targetLanguage)
        // Folding I differently changes letters, never their number: only then is a second look worth it.
        let same =
            !sourceKey.isEmpty
            && (sourceKey == targetKey
                || (sourceKey.unicodeScalars.count == targetKey.unicodeScalars.count
                    && CheckText.comparisonKey(source, language: pair.sourceLanguage)
                        == CheckText.comparisonKey(targetText, language: pair.sourceLanguage)))
        guard same, Self.needsTranslation(source) else { return [] }
        // German capitalises nouns: "website" → "Website", "code" → "Code" is the German spelling of a loanword.
        if pair.targetLanguage == .german, pair.sourceLanguage != .german, CheckText.nfc(targetText) != source,
            CheckText.words(in: targetText).first?.isCapitalised == true,
            CheckText.words(in: source).first?.isCapitalised == false
        {
            return []
        }
        return [
            finding(
                "\(pair.translationName.capitalisedFirst) of \(CheckText.quoted(source)) is the same as the original.",
                remedy: "Translate the segment; if it must stay as it is, silence the finding with "
                    + "`kopru:ignore qa.identical-target` in a note.",
                at: pair)
        ]
    }

    /// Whether a text has words that a translation would change: not only numbers, links and names.
    static func needsTranslation(_ text: String) -> Bool {
        let scanner = LinkScanner()
        var rest = text
        for link in scanner.urls(in: text) + scanner.emails(in: text) {
            rest = rest.replacingAll(link, with: " ")
        }
        // Markup written as text (`<i class="fa">`) and bare domains (`mailinator.com`) stay as they are.
        var plain = ""
        var inTag = false
        for character in rest {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag {
                plain.append(character)
            }
        }
        var kept: [String] = []
        // Tokens with a digit are codes, ids and versions (t1, f6, utf-8, v2.1): they stay as they are.
        for token in plain.split(whereSeparator: { $0.isWhitespace })
        where !Self.isDomainLike(token) && !token.contains(where: { $0.isNumber }) {
            kept.append(String(token))
        }
        let words = CheckText.words(in: kept.joined(separator: " ")).filter { $0.hasLetter }
        let letters = words.reduce(0) { $0 + $1.text.count }
        // At least one word of four letters: "et al.", "OK" or "ja" are the same in many languages.
        guard letters >= 3, words.contains(where: { $0.text.count >= 4 }) else { return false }
        // A name: every word has a capital (ORCID iD, eBay), save particles such as "of" (Isle of Man).
        return words.contains { word in
            !word.text.unicodeScalars.contains(where: { $0.properties.isUppercase })
                && !nameParticles.contains(word.text)
        }
    }

    /// Lower-case words inside names: `Isle of Man`, `Ludwig van Beethoven`, `Leonardo da Vinci`.
    static let nameParticles: Set<String> = [
        "of", "de", "da", "di", "del", "von", "van", "der", "den", "la", "le", "du", "al", "bin", "y", "zu",
    ]

    /// Whether a token has a dot followed by a letter inside it, as domains and file names do.
    private static func isDomainLike(_ token: Substring) -> Bool {
        let characters = Array(token)
        guard characters.count > 2 else { return false }
        for index in 0..<(characters.count - 1) where characters[index] == "." && characters[index + 1].isLetter {
            return true
        }
        return false
    }
}
