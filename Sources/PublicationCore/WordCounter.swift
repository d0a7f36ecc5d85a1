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
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil {
                if !inWord { words += 1; inWord = true }
            } else if inWord, scalar == "-" || scalar == "'" || scalar == "’" || scalar == "." || scalar == ","
                || scalar == "_" || scalar == "/"
            {
                // Joiners stay inside a word only when a letter or digit follows; the next scalar decides.
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
