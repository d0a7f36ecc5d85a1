import Pairing
public import PublicationCore

/// Finds translations that end with other punctuation than their source: `.`, `!`, `?`, `:`, `;`,
/// `…` (or `...`), or none. Closing quotes and brackets at the end are looked through, so
/// `„Willkommen!“` ends with `!`.
///
/// A fragment of a sentence that a program puts together (its source starts with a lower-case letter,
/// `from your authentication app`) may gain or lose a full stop or colon, because the translation's
/// word order moves the sentence's end; full-width marks (`：`, `。`) count as their Latin forms; a
/// label made only of abbreviations (`Src. Lang.`) ends with an abbreviation's dot.
///
/// A question mark added to a source without punctuation (`What is ORCID` → `ORCID Nedir?`) is
/// not reported either.
///
/// A colon added to a source without final punctuation is not reported: in software texts such a
/// fragment is followed by a value or a link, which German and Turkish word order often introduce
/// with a colon (`has been sent to` → `wurde an folgende Adresse gesendet:`).
///
/// Two marks where one belongs (`?.`, `!.`) are an error whatever the source has. The dot of an
/// abbreviation at the end (`(kreş, okul vb.)`, `usw.`, `etc.`) may stand for a full stop or not, so
/// it matches both.
///
/// ```text
/// source: "Wie geht es weiter?"   target: "Bundan sonra ne olacak."   → qa.end-punctuation
/// source: "Sind Sie sicher?"      target: "Emin misiniz?."            → qa.end-punctuation
/// source: "(Kita, Schule usw)"    target: "(kreş, okul vb.)"          → nothing
/// ```
public struct EndPunctuationCheck: QualityCheck {
    public static let code: DiagnosticCode = "qa.end-punctuation"
    public static let defaultSeverity: Diagnostic.Severity = .warning
    public static let summary = "The translation ends with other punctuation than the source."

    private static let closers: Set<Character> = ["“", "”", "‘", "’", "«", "»", "\"", "'", ")", "]", "}", "›", "‹"]

    /// Creates the check.
    public init() {}

    public func check(_ pair: SegmentPair, in context: CheckContext) -> [Diagnostic] {
        guard let targetText = pair.targetText else { return [] }
        if let doubled = Self.doubledEnd(targetText), Self.doubledEnd(pair.sourceText) == nil {
            return [
                finding(
                    "\(pair.translationName.capitalisedFirst) ends with “\(doubled)”, two marks where one belongs.",
                    remedy: "Delete the full stop after the \(doubled.hasPrefix("?") ? "question" : "exclamation") mark.",
                    at: pair)
            ]
        }
        let source = Self.endPunctuation(pair.sourceText)
        let target = Self.endPunctuation(targetText)
        guard source != target else { return [] }
        // A fragment that a value or link follows in the interface ("sent to" → "gesendet an:") may gain a
        // colon where the word order of the translation puts the value after it.
        if source == nil, target == ":" { return [] }
        // A question mark added to an unpunctuated question ("Who can see your names" → "Wer kann Ihre Namen
        // sehen?") is the translation's language being exact.
        if source == nil, target == "?" { return [] }
        // A fragment of a sentence put together by the program ("from your authentication app") may take the
        // sentence's end where the translation's word order puts it there.
        let plain: Set<String?> = [".", ":", nil]
        if plain.contains(source), plain.contains(target), Self.isFragment(pair.sourceText) { return [] }
        if (source == "." || source == nil) && (target == "." || target == nil),
            Self.endsWithAbbreviation(pair.sourceText) || Self.endsWithAbbreviation(targetText)
        {
            return []
        }
        let describe = { (mark: String?) in mark.map { "“\($0)”" } ?? "no punctuation" }
        return [
            finding(
                "\(pair.translationName.capitalisedFirst) ends with \(describe(target)), the original "
                    + "\(CheckText.quoted(pair.sourceText)) with \(describe(source)).",
                remedy: "End the translation as the original ends, unless the language demands otherwise.", at: pair)
        ]
    }

    /// Abbreviations whose dot may end a sentence, in lower case, without the dot.
    static let abbreviations: Set<String> = [
        "vb", "vs", "vd", "vb.", "örn", "bkz", "yy", "usw", "etc", "bzw", "ua", "u.a", "z.b", "ca", "evtl", "ggf",
        "inkl", "bspw", "vgl", "ff", "dgl", "u.ä", "o.ä", "ltd", "inc", "co", "al", "plz", "str", "nr", "tel",
    ]

    /// Whether a text is a fragment of a sentence: it starts with a lower-case letter. A text that starts
    /// with a placeholder (`%d new articles retrieved`, `%s was approved`) is a whole message.
    static func isFragment(_ text: String) -> Bool {
        if let opener = text.unicodeScalars.first(where: { !$0.isWhiteSpace }), "%{$".unicodeScalars.contains(opener) {
            return false
        }
        guard let first = text.unicodeScalars.first(where: { $0.properties.isAlphabetic || CheckText.isLetterOrDigit($0) })
        else { return false }
        return first.properties.isLowercase
    }

    /// Whether a text ends with the dot of an abbreviation (`vb.`, `usw.`), looking through closers.
    static func endsWithAbbreviation(_ text: String) -> Bool {
        var characters = Array(text)
        while let last = characters.last, last.isWhitespace || closers.contains(last) { characters.removeLast() }
        guard characters.last == "." else { return false }
        characters.removeLast()
        var word: [Character] = []
        while let last = characters.last, last.isLetter || last == "." {
            word.insert(last, at: 0)
            characters.removeLast()
        }
        if abbreviations.contains(String(word).lowercased()) { return true }
        // A label of abbreviations only ("Src. Lang."): every word of two or more ends with a dot.
        let words = CheckText.words(in: text)
        return words.count >= 2 && words.count <= 4
            && words.dropFirst().allSatisfy { $0.gap.hasPrefix(".") } && words.last!.text.count <= 5
    }

    /// `?.` or `!.` at the end of a text, looking through closers; `nil` when it does not end so.
    static func doubledEnd(_ text: String) -> String? {
        // Only the last few characters matter: walk back over closers and white space.
        var tail: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars.reversed() {
            if tail.isEmpty, scalar.isWhiteSpace || closerScalars.contains(scalar) { continue }
            tail.append(scalar)
            if tail.count == 3 { break }
        }
        guard tail.count >= 2, tail[0] == ".", tail[1] == "?" || tail[1] == "!" else { return nil }
        if tail.count == 3, tail[2] == "." { return nil }
        return "\(Character(tail[1]))."
    }

    private static let closerScalars: Set<Unicode.Scalar> = Set(closers.compactMap { $0.unicodeScalars.first })

    /// The final punctuation of a text, looking through closing quotes and brackets.
    static func endPunctuation(_ text: String) -> String? {
        var characters = Array(text)
        while let last = characters.last, last.isWhitespace || closers.contains(last) { characters.removeLast() }
        guard var last = characters.last else { return nil }
        // Full-width marks of Chinese and Japanese text end a sentence as their Latin forms do.
        let fullWidth: [Character: Character] = ["。": ".", "．": ".", "：": ":", "？": "?", "！": "!", "；": ";"]
        if let latin = fullWidth[last] { last = latin }
        if last == ".", characters.count >= 3, characters.suffix(3).allSatisfy({ $0 == "." }) { return "…" }
        switch last {
        case ".", "!", "?", ":", ";", "…": return String(last)
        default: return nil
        }
    }
}
