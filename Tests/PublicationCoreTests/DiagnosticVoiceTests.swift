import PublicationCore
import Testing
import TestSupport

/// Messages and remedies in one voice: lower case at the start (names keep their capitals), no final
/// full stop.
@Suite("One voice for messages")
struct DiagnosticVoiceTests {
    @Test(arguments: [
        ("The German translation lacks “1.250”.", "the German translation lacks “1.250”"),
        ("German letters are kept.", "German letters are kept"),
        ("XLIFF 2 requires ids.", "XLIFF 2 requires ids"),
        ("Copy each placeholder.", "copy each placeholder"),
        ("“Save” is left as it is.", "“Save” is left as it is"),
        ("the target is empty", "the target is empty"),
        ("Translate it, then wait...", "translate it, then wait..."),
        ("Hamm asks for a translation.", "Hamm asks for a translation"),
        ("Segment \"p1\" is final.", "segment \"p1\" is final"),
    ])
    func normalized(input: String, expected: String) {
        #expect(DiagnosticVoice.normalized(input) == expected)
    }
}

/// White-space collapsing knows exactly Unicode's White_Space code points.
@Suite("White space")
struct WhiteSpaceTests {
    @Test("the fixed list agrees with Unicode's White_Space property for every scalar up to U+3000 and a sample beyond")
    func agreesWithUnicode() {
        var checked = 0
        for value in UInt32(0)...0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let collapsed = "a\(Character(scalar))b".collapsingWhitespace
            let isSpace = scalar.properties.isWhitespace
            #expect((collapsed == "a b") == isSpace, "U+\(String(value, radix: 16))")
            checked += 1
        }
        #expect(checked > 12_000)
        #expect("  Şişli\u{00A0}\u{2009}ve   Hamm \n".collapsingWhitespace == "Şişli ve Hamm")
    }

    @Test("collapsing on the bytes gives what collapsing the scalars gives, on random texts")
    func bytesAgreeWithScalars() {
        // White space of every width, letters of every width, and the neighbours of the white space's bytes
        // (U+0084, U+00A1, U+2010, U+205E, U+3001, U+169F).
        let pieces = [" ", "\t", "\n", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{200A}", "\u{2028}", "\u{2029}",
            "\u{202F}", "\u{205F}", "\u{3000}", "a", "ş", "İ", "\u{84}", "\u{A1}", "\u{2010}", "\u{205E}", "\u{3001}",
            "\u{169F}", "€", "😀", "x\u{0301}"]
        var random = SeededGenerator(seed: 85)
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            var words: [String] = []
            var word = ""
            for scalar in text.unicodeScalars {
                if scalar.properties.isWhitespace {
                    if !word.isEmpty { words.append(word); word = "" }
                } else {
                    word.unicodeScalars.append(scalar)
                }
            }
            if !word.isEmpty { words.append(word) }
            #expect(text.collapsingWhitespace == words.joined(separator: " "), "\(text.debugDescription)")
        }
    }
}
