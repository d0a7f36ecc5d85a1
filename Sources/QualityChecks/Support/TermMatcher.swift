import Pairing
public import PublicationCore

/// Finds a glossary term in text, inflected forms included, by a documented stem rule.
///
/// Every word of the term is reduced to a stem; a text matches when consecutive words of the text
/// start with the stems of the term's words, in order. Words are compared after language-aware case
/// folding; an apostrophe or hyphen ends a word (`Kita'ya` → `Kita`).
///
/// - **German:** a final `-en`, `-er` or `-es`, else a final `-e`, `-n` or `-s`, is removed when at
///   least four letters remain; a text word matches when it starts with the stem and at most four
///   letters follow. `Geflüchtete` → `geflüchtet` matches `Geflüchteten`, `Geflüchteter`;
///   `Integrationskurs` matches `Integrationskurse`, `Integrationskursen`, but not `Integrationskursträger`.
/// - **Turkish:** a final plural `-ler`/`-lar` is removed, and on every word after the first the
///   possessive `-(s)ı/i/u/ü` (`kursu` → `kurs`, `Dairesi` → `daire`), when at least three letters
///   remain. A final `p`, `ç`, `t`, `k` also matches its softened `b`, `c`, `d`, `ğ`/`g` (`kitap` →
///   `kitabı`). A text word matches when it starts with the stem, whatever suffixes follow:
///   `mülteciler` → `mülteci` matches `mültecilere`, `mültecilerin`, `mülteciye`;
///   `uyum kursu` matches `uyum kurslarına`.
/// - **Other languages:** the word itself, as a prefix with at most four letters after it.
public struct TermMatcher: Hashable, Sendable {
    /// The stems of the term's words; each word has one or more alternatives.
    public let stems: [[String]]
    /// The language of the term.
    public let language: LanguageTag
    /// How many letters may follow a stem (`nil`: any number).
    let maximumEnding: Int?

    /// Creates a matcher for a term.
    public init(term: String, language: LanguageTag) {
        self.language = language
        let words = CheckText.words(in: term).map { CheckText.folded($0.text, language: language) }
        switch language.code {
        case "de":
            stems = words.map { [Self.germanStem($0)] }
            maximumEnding = 4
        case "tr":
            stems = words.enumerated().map { Self.turkishStems($0.element, isFirst: $0.offset == 0) }
            maximumEnding = nil
        default:
            stems = words.map { [$0] }
            maximumEnding = 4
        }
    }

    /// The three letters a text word must start with to be a candidate, for indexing many terms.
    public var indexKeys: [String] { (stems.first ?? []).map { String($0.prefix(3)) } }

    /// Whether folded text words contain the term.
    ///
    /// - Parameter words: the words of a text, folded with ``CheckText/folded(_:language:)`` in the
    ///   matcher's language.
    public func matches(_ words: [String]) -> Bool {
        guard !stems.isEmpty, words.count >= stems.count else { return false }
        for start in 0...(words.count - stems.count) where matchesWord(words[start], stems[0]) {
            var all = true
            for offset in 1..<stems.count where !matchesWord(words[start + offset], stems[offset]) {
                all = false
                break
            }
            if all { return true }
        }
        return false
    }

    private func matchesWord(_ word: String, _ alternatives: [String]) -> Bool {
        alternatives.contains { stem in
            guard word.hasPrefix(stem) else { return false }
            guard let maximumEnding else { return true }
            return word.count - stem.count <= maximumEnding
        }
    }

    static func germanStem(_ word: String) -> String {
        for ending in ["en", "er", "es"] where word.hasSuffix(ending) && word.count - 2 >= 4 {
            return String(word.dropLast(2))
        }
        for ending in ["e", "n", "s"] where word.hasSuffix(ending) && word.count - 1 >= 4 {
            return String(word.dropLast())
        }
        return word
    }

    static func turkishStems(_ word: String, isFirst: Bool) -> [String] {
        var stem = word
        for plural in ["ler", "lar"] where stem.hasSuffix(plural) && stem.count - 3 >= 3 {
            stem = String(stem.dropLast(3))
            break
        }
        if !isFirst, stem == word {
            let vowels: Set<Character> = ["a", "e", "ı", "i", "o", "ö", "u", "ü"]
            if ["sı", "si", "su", "sü"].contains(where: { stem.hasSuffix($0) }), stem.count - 2 >= 3 {
                stem = String(stem.dropLast(2))
            } else if let last = stem.last, ["ı", "i", "u", "ü"].contains(last), stem.count >= 4,
                !vowels.contains(stem[stem.index(stem.endIndex, offsetBy: -2)])
            {
                stem = String(stem.dropLast())
            }
        }
        var stems = [stem]
        if let last = stem.last {
            let base = stem.dropLast()
            switch last {
            case "p": stems.append(base + "b")
            case "ç": stems.append(base + "c")
            case "t": stems.append(base + "d")
            case "k": stems.append(contentsOf: [base + "ğ", base + "g"])
            default: break
            }
        }
        return stems
    }
}
