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
    /// the ends trimmed, on the UTF-8 bytes. (`CheckText.comparisonKey` collapses white space too, while
    /// it folds case in the same pass.)
    public var collapsingWhitespace: String {
        // White space beyond ASCII (U+0085 … U+3000) is found on the bytes too (``whiteSpaceWidth(_:at:)``).
        var text = self
        return text.withUTF8 { utf8 in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(utf8.count)
            var pendingSpace = false
            var index = 0
            while index < utf8.count {
                let width = Self.whiteSpaceWidth(utf8, at: index)
                if width > 0 {
                    pendingSpace = !bytes.isEmpty
                    index += width
                    continue
                }
                if pendingSpace { bytes.append(0x20); pendingSpace = false }
                bytes.append(utf8[index])
                index += 1
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// The length in bytes of the white-space scalar (`Unicode.Scalar.isWhiteSpace`) whose UTF-8 starts
    /// at `index` in valid UTF-8, or 0. Only the lead bytes C2, E1, E2 and E3 start white space beyond
    /// ASCII (U+0085, U+00A0; U+1680; U+2000 … U+205F; U+3000); every other scalar, the German and
    /// Turkish letters (C3–C5) among them, is passed over without being decoded.
    @inline(__always)
    private static func whiteSpaceWidth(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = utf8[index]
        if byte < 0x80 { return Unicode.Scalar.isWhiteSpace(UInt32(byte)) ? 1 : 0 }
        guard byte == 0xC2 || (byte >= 0xE1 && byte <= 0xE3) else { return 0 }
        var end = index
        return Unicode.Scalar.isWhiteSpace(UTF8Scalars.decode(utf8, at: &end)) ? end - index : 0
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
