/// Inserts soft hyphens (U+00AD) into Turkish words at their syllable boundaries.
///
/// Turkish syllabification is regular: each syllable has one vowel; a single consonant between two
/// vowels opens the next syllable (*be-le-di-ye-si*); of two consonants the first closes the syllable
/// and the second opens the next (*İs-tan-bul*); of three, the first two close it (*kont-rol*). So a
/// break always falls before the last consonant between two vowels, or between two adjacent vowels.
///
/// Words shorter than ``minimumWordLength`` letters are left alone, and no break leaves fewer than
/// ``minimumFragment`` letters at either end. Words that cannot be Turkish (letters or clusters
/// Turkish spelling does not have, such as *ä*, *ß*, *ck*, *ch*, *ei*: *Saarbrücken*, *Osnabrück*,
/// *Burbach*) are left alone, because Turkish rules would break them wrongly. Used for Turkish blocks
/// in the PDF, because the PDF engine has no Turkish patterns.
///
/// ```swift
/// TurkishHyphenator().syllables(of: "entegrasyon")   // ["en", "teg", "ras", "yon"]
/// ```
public struct TurkishHyphenator: Sendable {
    /// The soft hyphen, U+00AD: invisible unless the line breaks there.
    public static let softHyphen: Character = "\u{AD}"

    /// Words with fewer letters than this are not hyphenated.
    public var minimumWordLength: Int
    /// The fewest letters a break may leave at the start or end of a word.
    public var minimumFragment: Int

    /// Creates a hyphenator.
    public init(minimumWordLength: Int = 6, minimumFragment: Int = 2) {
        self.minimumWordLength = minimumWordLength
        self.minimumFragment = minimumFragment
    }

    private static let vowels: Set<Character> = Set("aeıioöuüâîûAEIİOÖUÜÂÎÛ")
    private static let foreignLetters: Set<Character> = Set("äßqwxÄQWX")
    private static let foreignClusters = ["ck", "ch", "th", "ph", "tz", "ie", "ei", "eu", "au"]

    /// Whether `word` is spelled in a way Turkish words are not (a German name in Turkish text).
    public static func isForeign(_ word: some StringProtocol) -> Bool {
        if word.contains(where: foreignLetters.contains) { return true }
        let lowered = word.lowercased()
        return foreignClusters.contains { lowered.contains($0) }
    }

    /// The offsets (in characters) before which a word may break.
    public func breakOffsets(in word: some StringProtocol) -> [Int] {
        let letters = Array(word)
        guard letters.count >= minimumWordLength, letters.allSatisfy(\.isLetter), !Self.isForeign(word) else { return [] }
        let vowelOffsets = letters.indices.filter { Self.vowels.contains(letters[$0]) }
        var offsets: [Int] = []
        for (previous, next) in zip(vowelOffsets, vowelOffsets.dropFirst()) {
            let consonants = next - previous - 1
            let offset = consonants == 0 ? next : next - 1
            if offset >= minimumFragment, letters.count - offset >= minimumFragment { offsets.append(offset) }
        }
        return offsets
    }

    /// The word cut into its syllables (with the end rules applied).
    public func syllables(of word: some StringProtocol) -> [String] {
        let letters = Array(word)
        var result: [String] = []
        var start = 0
        for offset in breakOffsets(in: word) {
            result.append(String(letters[start..<offset]))
            start = offset
        }
        result.append(String(letters[start...]))
        return result
    }

    /// `text` with soft hyphens at every allowed break of every Turkish word.
    ///
    /// Words are runs of letters; anything else (spaces, digits, apostrophes, punctuation) separates them.
    /// Tokens that look like addresses (containing `://`, `@` or `www.`) are left alone.
    public func hyphenate(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + text.utf8.count / 4)
        var token = ""
        func flushToken() {
            if token.contains("://") || token.contains("@") || token.lowercased().contains("www.") {
                result += token
            } else {
                var word = ""
                for character in token {
                    if character.isLetter {
                        word.append(character)
                    } else {
                        result += hyphenateWord(word)
                        word = ""
                        result.append(character)
                    }
                }
                result += hyphenateWord(word)
            }
            token = ""
        }
        for character in text {
            if character.isWhitespace {
                flushToken()
                result.append(character)
            } else {
                token.append(character)
            }
        }
        flushToken()
        return result
    }

    private func hyphenateWord(_ word: String) -> String {
        let syllables = syllables(of: word)
        return syllables.joined(separator: String(Self.softHyphen))
    }
}
