extension CheckText {
    /// A word of a text: a run of letters, digits and combining marks.
    ///
    /// Apostrophes and hyphens end a word, so the Turkish `Şişli'de` gives `Şişli` and `de`, and
    /// `Deutsch-Türkische` gives `Deutsch` and `Türkische`.
    public struct Word: Hashable, Sendable {
        /// The word as written (NFC).
        public var text: String
        /// The characters between the previous word and this one (or the text before the first word).
        public var gap: String

        /// Creates a word.
        public init(text: String, gap: String) {
            self.text = text
            self.gap = gap
        }

        /// Whether the word starts with an upper-case letter.
        public var isCapitalised: Bool {
            guard let first = text.unicodeScalars.first else { return false }
            return first.properties.isUppercase
        }

        /// Whether the word has at least two letters and no lower-case letter.
        public var isAllCaps: Bool {
            var letters = 0
            for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
                if scalar.properties.isLowercase { return false }
                letters += 1
            }
            return letters >= 2
        }

        /// Whether the word holds a letter (not only digits).
        public var hasLetter: Bool {
            text.unicodeScalars.contains { CheckText.isLetterOrDigit($0) && !($0.value >= 0x30 && $0.value <= 0x39) }
        }
    }

    /// The words of a text, in order, each with the gap before it.
    public static func words(in text: String) -> [Word] {
        var words: [Word] = []
        var current = String.UnicodeScalarView()
        var gap = String.UnicodeScalarView()
        for scalar in nfc(text).unicodeScalars {
            let isWordScalar =
                isLetterOrDigit(scalar)
                || (!current.isEmpty && scalar.value >= 0x80 && scalar.properties.generalCategory == .nonspacingMark)
            if isWordScalar {
                current.append(scalar)
            } else {
                if !current.isEmpty {
                    words.append(Word(text: String(current), gap: String(gap)))
                    current = String.UnicodeScalarView()
                    gap = String.UnicodeScalarView()
                }
                gap.append(scalar)
            }
        }
        if !current.isEmpty { words.append(Word(text: String(current), gap: String(gap))) }
        return words
    }
}
