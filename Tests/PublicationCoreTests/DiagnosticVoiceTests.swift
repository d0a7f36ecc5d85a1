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
