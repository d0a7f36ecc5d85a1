import Pairing
extension String {
    /// The string with its first character upper-cased.
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }

    /// The string with every occurrence of `target` replaced, without Foundation.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}

extension String {
    /// Whether the text contains `needle`, compared by UTF-8 bytes (fast, and exact for NFC text).
    func containsText(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let head = pattern.first else { return true }
        var text = self
        return text.withUTF8 { bytes in
            guard bytes.count >= pattern.count else { return false }
            candidates: for start in 0...(bytes.count - pattern.count) where bytes[start] == head {
                for offset in 1..<pattern.count where bytes[start + offset] != pattern[offset] { continue candidates }
                return true
            }
            return false
        }
    }
}

extension String {
    /// Whether any UTF-8 byte of the text is one of `bytes`: a quick test that lets a check skip a text
    /// before it compares characters. It is sound one way only, which is all a check needs: given each
    /// looked-for character's first byte (an ASCII byte or a lead byte), a text without any of them holds
    /// none of those characters (other characters may share a lead byte, so a hit proves nothing).
    func hasAnyByte(of bytes: [UInt8]) -> Bool {
        utf8.contains(where: bytes.contains)
    }

    /// Whether the text has two white-space characters in a row, each a space or a no-break space
    /// (U+00A0), found on the UTF-8 bytes.
    var hasTwoSpacesInARow: Bool {
        var text = self
        return text.withUTF8 { utf8 in
            var previousWasSpace = false
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                let isSpace: Bool
                if byte == 0x20 {
                    isSpace = true
                    index += 1
                } else if byte == 0xC2, index + 1 < utf8.count, utf8[index + 1] == 0xA0 {
                    isSpace = true
                    index += 2
                } else {
                    isSpace = false
                    index += 1
                }
                if isSpace && previousWasSpace { return true }
                previousWasSpace = isSpace
            }
            return false
        }
    }
}
