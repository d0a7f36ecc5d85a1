@testable import FormatReaders
import Testing

/// The hashes of the readers' id tables keep the values they had when each reader computed FNV-1a by
/// hand (the expected values were computed with that former code).
@Suite struct IDHashTests {
    @Test("XLIFF 2.0 scope keys", arguments: [
        ("unit", "u1", UInt64(0xaf5c_e382_45eb_d0a2)),
        ("file", "f1", 0xfe53_0304_5e7d_2da5),
        ("slr", "", 0x6ab7_8b18_f734_dc95),
        ("group", "Grüße-ğ", 0x1255_ced8_3478_72b6),
    ])
    func xliff2ScopeKeys(_ kind: String, _ value: String, _ expected: UInt64) {
        #expect(XLIFF2Syntax.hash(kind, value) == expected)
    }

    @Test("XLIFF 1.2 unit ids", arguments: [
        ("", "", UInt64(0xaf63_bd4c_8601_b7df), UInt64(0xaf63_bd4c_8601_b7df)),
        ("de.xlf#1", "u1", 0x78bb_a706_2075_7f2a, 0x5811_38ae_6180_8654),
        ("doc.xlf#Kapitel 1", "tu-ğüş-42", 0x302d_c547_44be_69f7, 0xae9d_41c5_13b9_38b6),
    ])
    func xliff12UnitIDs(_ fileKey: String, _ id: String, _ prefix: UInt64, _ expected: UInt64) {
        #expect(XLIFF12Reader.Core.hash(prefix: fileKey) == prefix)
        #expect(XLIFF12Reader.Core.hash(id, after: prefix) == expected)
        #expect(XLIFF12Reader.Core.hash(fileKey, id) == expected)
    }
}
