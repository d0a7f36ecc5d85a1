@testable import PublicationCore
import Testing

/// `Unicode.Scalar.isWhiteSpace`, the library's one definition of white space, is Unicode's
/// White_Space property as the standard library knows it, for every scalar; and the places built on it
/// answer as they did before it replaced their own lists.
@Suite struct UnicodeWhiteSpaceTests {
    @Test func isWhiteSpaceIsTheWhiteSpacePropertyForEveryScalar() {
        var mismatches: [UInt32] = []
        var count = 0
        for value in UInt32(0)...0x10_FFFF {
            let expected = Unicode.Scalar(value)?.properties.isWhitespace ?? false
            if expected { count += 1 }
            if Unicode.Scalar.isWhiteSpace(value) != expected { mismatches.append(value) }
            if let scalar = Unicode.Scalar(value), scalar.isWhiteSpace != expected { mismatches.append(value) }
        }
        #expect(mismatches.isEmpty, "differs at \(mismatches.prefix(10).map { String($0, radix: 16) })")
        #expect(count == 25)
    }

    @Test func valuesThatAreNoScalarsAreNotWhiteSpace() {
        for value: UInt32 in [0xD800, 0xDFFF, 0x11_0000, 0xFFFF_FFFF] {
            #expect(!Unicode.Scalar.isWhiteSpace(value))
        }
    }

    /// `InlineText.hasNoText` counts White_Space beyond ASCII, and in ASCII only XML's four characters,
    /// as it always has.
    @Test func inlineTextCountsXMLWhiteSpaceInASCIIAndWhiteSpaceBeyond() {
        var mismatches: [UInt32] = []
        for value in UInt32(0)...0x10_FFFF {
            let expected = value < 0x80
                ? value == 0x20 || value == 0x09 || value == 0x0A || value == 0x0D
                : Unicode.Scalar(value)?.properties.isWhitespace ?? false
            if InlineText.isWhitespace(value) != expected { mismatches.append(value) }
        }
        #expect(mismatches.isEmpty, "differs at \(mismatches.prefix(10).map { String($0, radix: 16) })")
        #expect(InlineText("\u{3000}\u{A0} \n").hasNoText)
        #expect(!InlineText(" \u{0B} ").hasNoText)
    }

    /// Values computed with the former byte matcher of `collapsingWhitespace` (`WhiteSpaceTests` compares
    /// it with the property for every scalar up to U+3100).
    @Test func collapsingWhitespaceKeepsItsFormerResults() {
        #expect(" Ein Foto\u{00A0}des\u{2003}alten\tRathauses\u{3000}".collapsingWhitespace == "Ein Foto des alten Rathauses")
        #expect("Şişli\u{2028}\u{205F}Belediyesi\u{1680}\u{0085}x".collapsingWhitespace == "Şişli Belediyesi x")
    }
}
