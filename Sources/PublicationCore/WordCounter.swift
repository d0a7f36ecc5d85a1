/// Counts words the way editors count them: runs of letters or digits, with inner apostrophes,
/// hyphens and dots kept inside the word (`Deutsch-Türkische`, `1.250,5`, `Şişli'de` are one word each).
///
/// Inline codes are not words. The figure differs slightly from translate-toolkit's `pocount`,
/// which splits on more punctuation.
public enum WordCounter {
    /// The number of words in a text.
    public static func count(_ text: String) -> Int {
        var words = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isWordCharacter: Bool
            if value < 0x80 {
                // ASCII fast path: letters and digits.
                isWordCharacter = (value >= 0x30 && value <= 0x39) || ((value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A)
            } else {
                let properties = scalar.properties
                isWordCharacter = properties.isAlphabetic || properties.numericType != nil
            }
            if isWordCharacter {
                if !inWord { words += 1; inWord = true }
            } else if inWord, value == 0x2D || value == 0x27 || value == 0x2019 || value == 0x2E || value == 0x2C
                || value == 0x5F || value == 0x2F
            {
                // Joiners (- ' ’ . , _ /) stay inside a word only when a letter or digit follows.
                continue
            } else {
                inWord = false
            }
        }
        return words
    }

    /// The number of words in the text of inline text, ignoring its codes.
    public static func count(_ text: InlineText) -> Int {
        var words = 0
        for case .text(let run) in text.elements { words += count(run) }
        return words
    }
}
