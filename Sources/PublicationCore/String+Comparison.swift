import Foundation

extension String {
    /// The text in Unicode normalisation form C (`S` + U+0327 → `Ş`).
    ///
    /// Text made only of scalars that never change under NFC (everything below the combining marks at
    /// U+0300, which covers German and Turkish letters, and the general punctuation with its quotes and
    /// dashes) is returned as it is, without a trip through Foundation, which keeps large runs fast.
    public var nfc: String {
        if utf8.allSatisfy({ $0 < 0x80 }) { return self }
        var text = self
        if text.withUTF8(Self.isStableUnderNFC) { return self }
        return precomposedStringWithCanonicalMapping
    }

    /// Whether every scalar of the (valid) UTF-8 `bytes` is below U+0300, in U+2002…U+206F or `€`
    /// (U+20AC), told from the bytes without decoding: lead bytes up to 0xCB start the scalars below
    /// U+0300; E2 80 82…E2 81 AF are U+2002…U+206F; E2 82 AC is `€`.
    private static func isStableUnderNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
            } else if lead <= 0xCB {
                index += 2
            } else if lead == 0xE2 && index + 2 < count {
                let second = bytes[index + 1], third = bytes[index + 2]
                guard (second == 0x80 && third >= 0x82) || (second == 0x81 && third <= 0xAF) || (second == 0x82 && third == 0xAC) else {
                    return false
                }
                index += 3
            } else {
                return false
            }
        }
        return true
    }

    /// The text in NFC with every run of white space made one space and the ends trimmed: the form in
    /// which two versions of a text are compared, and fingerprinted.
    public var comparableForm: String { nfc.collapsingWhitespace }

    /// Every run of white space (Unicode White_Space, no-break spaces included) made one space, and
    /// the ends trimmed; the one implementation of white-space collapsing, with a byte path for ASCII.
    public var collapsingWhitespace: String {
        if utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(utf8.count)
            var pendingSpace = false
            for byte in utf8 {
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    pendingSpace = !bytes.isEmpty
                } else {
                    if pendingSpace { bytes.append(0x20); pendingSpace = false }
                    bytes.append(byte)
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in unicodeScalars {
            if Self.isWhiteSpace(scalar) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" "); pendingSpace = false }
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether a scalar has Unicode's White_Space property, without a property lookup: the property's
    /// 25 code points are fixed (Unicode's PropList.txt), and most scalars of German and Turkish text
    /// are letters that a range test rules out.
    @inline(__always) static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// The one measure of a text's length, used by the sentence aligner's length model and the
    /// length-ratio check alike: characters (extended grapheme clusters) of its comparable form.
    public var comparableLength: Int { comparableForm.count }

    /// A short quotation for messages: the comparable form, cut to `limit` characters with "…".
    public func excerpt(limit: Int = 60) -> String {
        let flat = comparableForm
        return flat.count > limit ? String(flat.prefix(limit - 1)) + "…" : flat
    }
}
