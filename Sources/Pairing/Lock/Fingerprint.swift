import Foundation
import PublicationCore

/// A stable fingerprint of a text: FNV-1a (64 bit) of its NFC form with runs of whitespace collapsed.
///
/// The same text gives the same fingerprint on every machine and in every run (unlike `Hasher`), so
/// fingerprints can be written to the lock file and compared later.
public enum Fingerprint {
    /// The fingerprint of a text as 16 hexadecimal digits.
    public static func of(_ text: String) -> String {
        let normalised = text.comparableForm
        let hash = FNV1a.hash(normalised)
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
