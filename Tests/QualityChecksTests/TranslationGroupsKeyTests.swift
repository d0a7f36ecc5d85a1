@testable import QualityChecks
import Testing

/// The loose key of same-translation groups keeps letters, digits and spaces; its ASCII shortcut must
/// agree with the Unicode properties it stands in for.
@Suite("Translation group keys")
struct TranslationGroupsKeyTests {
    @Test("for every ASCII scalar the shortcut agrees with Alphabetic, Numeric_Type and the space")
    func asciiShortcutAgreesWithUnicodeProperties() {
        for value in UInt32(0)...0x7F {
            let scalar = Unicode.Scalar(value)!
            let byProperties = scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == " "
            #expect(TranslationGroups.keepsInKey(scalar) == byProperties, "U+\(String(value, radix: 16))")
        }
    }

    @Test("beyond ASCII, Turkish and German letters and other digits are kept, punctuation is not")
    func beyondASCII() {
        for kept in ["ı", "İ", "ş", "ğ", "ü", "ß", "٣"] {
            #expect(TranslationGroups.keepsInKey(kept.unicodeScalars.first!), "\(kept)")
        }
        for dropped in ["„", "“", "–", "…", "\u{00A0}"] {
            #expect(!TranslationGroups.keepsInKey(dropped.unicodeScalars.first!), "\(dropped)")
        }
    }
}
