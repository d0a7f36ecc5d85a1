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
