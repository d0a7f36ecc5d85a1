import PublicationCore
import TestSupport
import Testing

/// The word-count stepper reads text in pieces, as a streaming parser hands it on, and must agree
/// with the definition of a word on the built text: a word goes on across pieces (even a character
/// split between two pieces), and a code between runs ends it. `WordCounter.count` (which steps over
/// a whole string) must agree too.
@Suite struct WordCounterStepperTests {
    /// The definition, written out plainly from Unicode's properties as the model to check against: a
    /// word is a run of letters and digits (Alphabetic, or with a numeric type); a joiner (- ' ’ . , _ /)
    /// inside a word keeps it going; anything else, and a code, ends it. Text is any character but
    /// white space (XML's four in ASCII, Unicode's White_Space above).
    static func model(_ runs: [String?]) -> (words: Int, hasText: Bool) {
        var words = 0, inWord = false, hasText = false
        for run in runs {
            guard let run else {
                inWord = false
                continue
            }
            for scalar in run.unicodeScalars {
                let white = scalar.isASCII ? " \t\n\r".unicodeScalars.contains(scalar) : scalar.properties.isWhitespace
                if !white { hasText = true }
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    if !inWord { words += 1 }
                    inWord = true
                } else if !(inWord && "-'’.,_/".unicodeScalars.contains(scalar)) {
                    inWord = false
                }
            }
        }
        return (words, hasText)
    }

    /// Letters, digits, joiners, white space (ASCII and not), punctuation, and characters of two, three
    /// and four UTF-8 bytes.
    static let alphabet: [String] = [
        "a", "Z", "7", "ş", "İ", "ß", "ü", "-", "'", "’", ".", ",", "_", "/", " ", "\t", "\n", "\r", "!", "(",
        "\u{00A0}", "\u{2003}", "\u{3000}", "×", "日", "😀", "½", "—", "\u{0301}",
        // The edges of the two-byte Latin letters read without decoding (U+00C0–U+017F but × and ÷):
        "÷", "À", "ſ", "ı", "ğ", "¿", "ƀ",
    ]

    /// A random text: runs of random characters, some joined by codes.
    private static func randomRuns(_ random: inout SeededGenerator) -> [String?] {
        (0..<Int.random(in: 1...5, using: &random)).map { _ in
            if random.chance(0.25) { return nil }  // a code
            return String((0..<Int.random(in: 0...12, using: &random)).map { _ in
                alphabet.randomElement(using: &random)!
            }.joined())
        }
    }

    @Test func agreesWithTheDefinitionWhereverTheTextIsSplit() {
        var random = SeededGenerator(seed: 0x4B0B_2026)
        for _ in 0..<3_000 {
            let runs = Self.randomRuns(&random)
            var text = InlineText()
            var stepper = WordCounter.Stepper()
            for run in runs {
                guard let run else {
                    text.append(.code(InlineCode(kind: .placeholder, element: "x")))
                    stepper.endWord()
                    continue
                }
                text.append(text: run)
                // Fed in pieces split at random bytes, inside characters too.
                let bytes = Array(run.utf8)
                var start = 0
                while start < bytes.count {
                    let end = Int.random(in: (start + 1)...bytes.count, using: &random)
                    bytes[start..<end].withUnsafeBytes { stepper.add($0) }
                    start = end
                }
            }
            let expected = Self.model(runs)
            #expect(stepper.words == expected.words, "\(runs)")
            #expect(WordCounter.count(text) == expected.words, "\(runs)")
            #expect(stepper.hasText == expected.hasText, "\(runs)")
            #expect(!text.hasNoText == expected.hasText, "\(runs)")
        }
    }

    @Test func aWordGoesOnAcrossPiecesAndEndsAtACode() {
        var stepper = WordCounter.Stepper()
        stepper.add("Stra")
        stepper.add("ßen")  // one word across two pieces
        stepper.endWord()
        stepper.add("fest")  // a code before it: a new word
        stepper.add(" Şişli'")
        stepper.add("de")
        #expect(stepper.words == 3)
        #expect(stepper.hasText)
    }

    @Test func whiteSpaceAloneIsNoText() {
        var stepper = WordCounter.Stepper()
        stepper.add(" \u{00A0}\t")
        stepper.endWord()
        stepper.add("\u{3000}")
        #expect(stepper.words == 0)
        #expect(!stepper.hasText)
        stepper.add("—")
        #expect(stepper.words == 0)
        #expect(stepper.hasText)
    }
}
