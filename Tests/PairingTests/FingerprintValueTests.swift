import Pairing
import Testing

/// Fingerprints are kept in lock files, so their values must not change: these were computed with the
/// former code (its own FNV-1a and white-space matcher).
@Suite struct FingerprintValueTests {
    @Test("fingerprints keep their values", arguments: [
        ("Köprü", "aaa5b007a567bb2a"),
        (" Ein Foto\u{00A0}des\u{2003}alten\tRathauses\u{3000}", "2240baeba2946ca7"),
        ("Şişli\u{2028}\u{205F}Belediyesi\u{1680}\u{0085}x", "85493801be65f069"),
    ])
    func unchanged(_ text: String, _ expected: String) {
        #expect(Fingerprint.of(text) == expected)
    }
}
