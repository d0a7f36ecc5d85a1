import Foundation

extension String {
    /// The text in Unicode normalisation form C (`S` + U+0327 → `Ş`).
    ///
    /// Text made only of scalars that never change under NFC (everything below the combining marks at
    /// U+0300, which covers German and Turkish letters, and the general punctuation with its quotes and
    /// dashes) is returned as it is, without a trip through Foundation, which keeps large runs fast.
    public var nfc: String {
        if utf8.allSatisfy({ $0 < 0x80 }) || unicodeScalars.allSatisfy(Self.isStableUnderNFC) { return self }
        return precomposedStringWithCanonicalMapping
    }

    @inline(__always) private static func isStableUnderNFC(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x300 || (value >= 0x2002 && value <= 0x206F) || value == 0x20AC
    }

    /// The text in NFC with every run of white space made one space and the ends trimmed: the form in
    /// which two versions of a text are compared, and fingerprinted.
    public var comparableForm: String {
        nfc.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A short quotation for messages: the comparable form, cut to `limit` characters with "…".
    public func excerpt(limit: Int = 60) -> String {
        let flat = comparableForm
        return flat.count > limit ? String(flat.prefix(limit - 1)) + "…" : flat
    }
}
