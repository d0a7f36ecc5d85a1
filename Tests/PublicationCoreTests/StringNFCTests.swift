import Foundation
import PublicationCore
import Testing

/// `String.nfc` answers text it knows to be stable under NFC from its UTF-8 bytes and sends the rest
/// through Foundation; both ways must give Foundation's NFC.
@Suite struct StringNFCTests {
    @Test func theByteCheckAgreesWithFoundationAtTheRangesEdges() {
        // Scalars at and around the edges of the ranges the byte check lets through unchanged.
        let values: [UInt32] = [
            0x41, 0x7F, 0x80, 0xC4, 0x15F, 0x2FF, 0x300, 0x301, 0x327, 0x340, 0x7FF, 0x800, 0x1E9E,
            0x2001, 0x2002, 0x2013, 0x201E, 0x2040, 0x206F, 0x2070, 0x20AB, 0x20AC, 0x20AD, 0x2126, 0xFB01,
            0x1F600,
        ]
        for value in values {
            let scalar = Unicode.Scalar(value)!
            for text in ["S\(scalar)", "Şişli \(scalar) Straße", "\(scalar)"] {
                #expect(text.nfc == text.precomposedStringWithCanonicalMapping, "U+\(String(value, radix: 16)) in \(text)")
            }
        }
        #expect("S\u{0327}is\u{0327}li".nfc == "Şişli")
        #expect("\u{212B}".nfc == "\u{00C5}")
    }
}
