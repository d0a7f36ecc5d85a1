import Foundation

/// A stable fingerprint of a text: FNV-1a (64 bit) of its NFC form with runs of whitespace collapsed.
///
/// The same text gives the same fingerprint on every machine and in every run (unlike `Hasher`), so
/// fingerprints can be written to the lock file and compared later.
public enum Fingerprint {
    /// The fingerprint of a text as 16 hexadecimal digits.
    public static func of(_ text: String) -> String {
        let normalised = text.comparableForm
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in normalised.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
