import PublicationCore
import Testing

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
}
