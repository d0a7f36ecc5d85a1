@testable import QualityChecks
import TestSupport
import Testing

/// Several checks look at a text's bytes before its characters (``String/hasAnyByte(of:)``,
/// ``String/hasTwoSpacesInARow``) and skip the text when the bytes rule out what they look for. The
/// skip must never hide a finding: on random texts made of spaces, no-break spaces, combining marks,
/// brackets, quotation marks and letters, every text in which the character test finds something
/// passes the byte test, and the double-space position is the one the characters give.
@Suite struct BytePrefilterTests {
    static let alphabet: [String] = [
        " ", " ", " ", " ", "\u{00A0}", "\u{00A0}", "a", "ş", "İ", "\u{0301}", "(", ")", "[", "}", "\"", "„", "“", "”", "‚", "‘", "’", "«", "»",
        "\u{2019}", "x\u{0308}", "\u{00AB}\u{0301}",
    ]

    static func texts() -> [String] {
        var random = SeededGenerator(seed: 2026)
        return (0..<3_000).map { _ in
            (0..<Int.random(in: 0...10, using: &random)).map { _ in alphabet.randomElement(using: &random)! }.joined()
        }
    }

    @Test("the byte tests never skip a text the character tests would flag")
    func neverHidesAFinding() {
        let brackets = BracketBalanceCheck.bracketBytes
        let quoteMarks = QuoteBalanceCheck.marks
        let quoteBytes = QuoteBalanceCheck.markBytes
        var flagged = (brackets: 0, quotes: 0, doubles: 0)
        for text in Self.texts() {
            if text.contains(where: { BracketBalanceCheck.brackets.contains($0) }) {
                flagged.brackets += 1
                #expect(text.hasAnyByte(of: brackets), "\(text.debugDescription)")
            }
            if text.contains(where: { quoteMarks.contains($0) }) {
                flagged.quotes += 1
                #expect(text.hasAnyByte(of: quoteBytes), "\(text.debugDescription)")
            }
            let expected = DoubleSpaceCheck.doubleSpaceByCharacters(in: text)
            if expected != nil { flagged.doubles += 1 }
            #expect(DoubleSpaceCheck.doubleSpace(in: text) == expected, "\(text.debugDescription)")
            if expected != nil { #expect(text.hasTwoSpacesInARow, "\(text.debugDescription)") }
        }
        // The random texts do hold each kind, so the expectations above were tried.
        #expect(flagged.brackets > 100 && flagged.quotes > 100 && flagged.doubles > 100)
    }

    @Test("a text without the lead byte E2 holds none of the marks the quote style check looks for")
    func quoteStyleMarks() {
        for mark in ["‚", "„", "“", "‘", "”", "’"] { #expect(mark.utf8.first == 0xE2) }
        #expect(QuoteStyleCheck.wrongMark(in: "Er sagte ‚ja‘ und ging.", language: .turkish) == "‚")
        #expect(QuoteStyleCheck.wrongMark(in: "Er sagte \"ja\" und ging.", language: .turkish) == nil)
    }
}
