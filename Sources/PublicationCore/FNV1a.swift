/// The 64-bit FNV-1a hash (Fowler–Noll–Vo, variant 1a), byte by byte: the one implementation behind
/// every stable hash of the library.
///
/// Starting from ``offsetBasis``, each byte is XORed into the hash, which is then multiplied by
/// ``prime`` (wrapping). Unlike `Hasher`, the result is the same on every machine and in every run, so
/// it may be persisted or compared between runs. Its users:
///
/// - the aligners' anchor keys (`SentenceFeatures`, `SentenceKeyScanner`) and `Fingerprint`, whose
///   values the lock file keeps;
/// - the XLIFF readers' id tables: the XLIFF 2.0 scope keys (`XLIFF2Syntax.hash`) and the XLIFF 1.2
///   unit ids (`XLIFF12Reader.Core.hash(prefix:)`, `hash(_:after:)`), computed once per unit;
/// - the EPUB package identifier (`EPUBWriter.identifier(for:)`), which a rebuild keeps.
///
/// A caller can fold bytes in one at a time as it finds them (``adding(_:to:)``), or start from the hash
/// of a prefix (the `from` argument of the `hash` functions): the hash of a concatenation is the
/// hash of its second part continued from the hash of its first.
///
/// ```swift
/// FNV1a.hash("a")                                   // 0xaf63dc4c8601ec8c
/// FNV1a.hash("bar", from: FNV1a.hash("foo"))        // == FNV1a.hash("foobar")
/// ```
///
/// Everything is `@inlinable`, so that the per-unit loops of the readers compile to the same byte loop
/// as a hand-written one: no allocation, no call.
public enum FNV1a {
    /// The hash of no bytes (the 64-bit FNV offset basis).
    @inlinable @inline(__always) public static var offsetBasis: UInt64 { 0xcbf2_9ce4_8422_2325 }

    /// The FNV prime for 64 bits, 2^40 + 2^8 + 0xB3.
    @inlinable @inline(__always) public static var prime: UInt64 { 0x0000_0100_0000_01B3 }

    /// `hash` with `byte` folded in.
    @inlinable @inline(__always)
    public static func adding(_ byte: UInt8, to hash: UInt64) -> UInt64 {
        (hash ^ UInt64(byte)) &* prime
    }

    /// The hash of `bytes`, continuing from `hash` (the hash of no bytes unless given).
    @inlinable @inline(__always)
    public static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes, from hash: UInt64 = offsetBasis) -> UInt64 {
        var result = hash
        for byte in bytes { result = adding(byte, to: result) }
        return result
    }

    /// The hash of the UTF-8 of `text`, continuing from `hash` (the hash of no bytes unless given). A
    /// native string's bytes are hashed in place, without stepping through its UTF-8 view.
    @inlinable @inline(__always)
    public static func hash(_ text: String, from hash: UInt64 = offsetBasis) -> UInt64 {
        text.utf8.withContiguousStorageIfAvailable { Self.hash($0, from: hash) } ?? Self.hash(text.utf8, from: hash)
    }
}
