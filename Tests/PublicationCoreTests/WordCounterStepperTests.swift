import PublicationCore
import TestSupport
import Testing

/// The stepper that counts words on text arriving in pieces (as a streaming reader gets it) against
/// the counts of the whole text: the pieces of a run count as their concatenation, and a code between
/// runs ends a word as it does in inline text.
@Suite struct WordCounterStepperTests {
    /// Letters, joiners, digits, white space (ASCII and Unicode) and signs, as German and Turkish texts mix them.
    static let alphabet: [String] = [
        "a", "Z", "ş", "İ", "ı", "ß", "ü", "7", "0", "-", "'", "’", ".", ",", "_", "/", " ", "\t", "\n", "\u{00A0}",
        "\u{2003}", "×", "—", "€", "😀", "日", "²", "!",
    ]

    private static func randomText(_ random: inout SeededGenerator) -> String {
        let length = Int.random(in: 0...24, using: &random)
        return (0..<length).map { _ in alphabet.randomElement(using: &random)! }.joined()
    }

    /// Splits a string's UTF-8 at random character boundaries, as libxml2 hands text over.
    private static func pieces(of text: String, _ random: inout SeededGenerator) -> [String] {
        var pieces: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if Bool.random(using: &random) {
                pieces.append(current)
                current = ""
            }
        }
        pieces.append(current)
        return pieces
    }

    @Test func piecesOfOneRunCountAsTheWholeRun() {
        var random = SeededGenerator(seed: 4_242)
        for _ in 0..<3_000 {
            let text = Self.randomText(&random)
            var stepper = WordCounter.Stepper()
            for piece in Self.pieces(of: text, &random) {
                var piece = piece
                piece.withUTF8 { stepper.add(UnsafeRawBufferPointer($0)) }
            }
            #expect(stepper.words == WordCounter.count(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(stepper.hasText == !InlineText(text).hasNoText, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func aCodeBetweenRunsEndsAWordAsInInlineText() {
        var random = SeededGenerator(seed: 777)
        for _ in 0..<2_000 {
            var inline = InlineText()
            var stepper = WordCounter.Stepper()
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                var run = Self.randomText(&random)
                inline.append(text: run)
                run.withUTF8 { stepper.add(UnsafeRawBufferPointer($0)) }
                inline.append(.code(InlineCode(kind: .placeholder, element: "ph", id: "1")))
                stepper.endRun()
            }
            #expect(stepper.words == WordCounter.count(inline))
            #expect(stepper.hasText == !inline.hasNoText)
        }
    }

    @Test func aCharacterCutOffAtTheEndCountsAsReplacementCharacter() {
        // "Haus" and the first two bytes of "ş…" cut off: the cut-off bytes are one U+FFFD, not a letter.
        let bytes: [UInt8] = Array("Haus ".utf8) + [0xE2, 0x82]
        var stepper = WordCounter.Stepper()
        bytes.withUnsafeBytes { stepper.add($0) }
        #expect(stepper.words == 1)
        #expect(stepper.hasText)
    }
}
