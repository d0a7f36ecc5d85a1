/// The 64-bit FNV-1a hash, byte by byte: the hash of the aligners' anchor keys
/// (``SentenceFeatures``, ``SentenceKeyScanner``) and of ``Fingerprint``.
///
/// It is stable across machines and runs (unlike `Hasher`), and a caller can fold bytes in one at a
/// time as it finds them, or start from the hash of a prefix (``adding(_:to:)``).
enum FNV1a {
    /// The hash of no bytes.
    @inline(__always) static var offsetBasis: UInt64 { 0xcbf2_9ce4_8422_2325 }

    /// The FNV prime for 64 bits.
    @inline(__always) static var prime: UInt64 { 0x0000_0100_0000_01B3 }

    /// `hash` with `byte` folded in.
    @inline(__always) static func adding(_ byte: UInt8, to hash: UInt64) -> UInt64 {
        (hash ^ UInt64(byte)) &* prime
    }

    /// The hash of `bytes`, continuing from `hash` (the hash of no bytes unless given).
    @inline(__always) static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes, from hash: UInt64 = offsetBasis) -> UInt64 {
        var result = hash
        for byte in bytes { result = adding(byte, to: result) }
        return result
    }
}
