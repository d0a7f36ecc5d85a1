internal import Foundation
import PublicationCore

/// Unicode normalisation and whitespace clean-up shared by segmentation, alignment and checks.
///
/// ```swift
/// TextNormalization.nfc("S\u{0327}is\u{0327}li")             // "Şişli" (precomposed)
/// TextNormalization.collapsingWhitespace("  a \n\t b ")     // "a b"
/// ```
public enum TextNormalization {
    /// Returns `text` in Unicode Normalization Form C (canonical composition).
    ///
    /// - Parameter text: Any text.
    /// - Returns: The same text with combining sequences composed, such as `S` + U+0327 → `Ş`.
    public static func nfc(_ text: String) -> String { text.nfc }

    /// Returns `text` in NFC with runs of white space (including no-break spaces) collapsed to one
    /// space and trimmed at both ends.
    ///
    /// - Parameter text: Any text.
    /// - Returns: The cleaned text.
    public static func collapsingWhitespace(_ text: String) -> String { text.comparableForm }

    /// The length of `text` in characters (extended grapheme clusters) after NFC and white-space
    /// collapsing: the measure the sentence aligner's length model uses.
    ///
    /// - Parameter text: Any text.
    /// - Returns: The number of characters.
    public static func alignmentLength(of text: String) -> Int { text.comparableLength }
}
