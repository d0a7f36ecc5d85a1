@testable import PublicationCore
import Testing

/// ``FNV1a`` gives the published 64-bit FNV-1a values, continues from a prefix's hash, and hashes a
/// string's UTF-8 the same whether it reads the bytes in place or through any other sequence.
@Suite struct FNV1aTests {
    /// Test vectors of the FNV reference (Fowler, Noll, Vo: "FNV-1a 64 bit" test suite).
    @Test("the published FNV-1a 64 test vectors", arguments: [
        ("", UInt64(0xcbf2_9ce4_8422_2325)),
        ("a", 0xaf63_dc4c_8601_ec8c),
        ("foobar", 0x8594_4171_f739_67e8),
    ])
    func publishedVectors(_ text: String, _ expected: UInt64) {
        #expect(FNV1a.hash(text) == expected)
        #expect(FNV1a.hash(text.utf8) == expected)
        #expect(FNV1a.hash(Array(text.utf8)) == expected)
        #expect(text.utf8.reduce(FNV1a.offsetBasis) { FNV1a.adding($1, to: $0) } == expected)
    }

    @Test func theHashOfNoBytesIsTheOffsetBasis() {
        #expect(FNV1a.hash([UInt8]()) == FNV1a.offsetBasis)
        #expect(FNV1a.hash("", from: 42) == 42)
    }

    @Test("a hash continues from the hash of a prefix", arguments: [("foo", "bar"), ("", "a"), ("Köp", "rü"), ("İstan", "bul")])
    func continuesFromAPrefix(_ head: String, _ tail: String) {
        #expect(FNV1a.hash(tail, from: FNV1a.hash(head)) == FNV1a.hash(head + tail))
        #expect(FNV1a.hash(tail.utf8, from: FNV1a.hash(head.utf8)) == FNV1a.hash((head + tail).utf8))
    }

    /// The values the aligners' anchor keys and the lock file's fingerprints were built on before the hash
    /// moved here (computed with the former `Pairing` implementation).
    @Test func theFormerPairingValuesAreKept() {
        #expect(FNV1a.hash("Köprü") == 0xaaa5_b007_a567_bb2a)
        #expect(FNV1a.hash("İstanbul".utf8) == 0xbdda_57a4_5a75_97d0)
        #expect(FNV1a.hash("abc".utf8, from: FNV1a.adding(UInt8(ascii: "@"), to: FNV1a.offsetBasis)) == 0x83f4_3496_fe63_84b1)
    }

    /// Bytes that are not stored contiguously (a lazily mapped sequence) hash as the string's in place.
    @Test func aNonContiguousSequenceHashesTheSame() {
        let text = "Grüße aus Şişli"
        let lazyBytes = text.utf8.lazy.map { $0 }
        #expect(FNV1a.hash(lazyBytes) == FNV1a.hash(text))
    }
}
