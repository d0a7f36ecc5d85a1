/// Counts words the way editors count them: runs of letters or digits, with inner apostrophes,
/// hyphens and dots kept inside the word (`Deutsch-Türkische`, `1.250,5`, `Şişli'de` are one word each).
///
/// Inline codes are not words. The figure differs slightly from translate-toolkit's `pocount`,
/// which splits on more punctuation.
public enum WordCounter {
    /// The number of words in a text.
    public static func count(_ text: String) -> Int {
        var text = text  // withUTF8 makes a bridged string native and contiguous first
        return text.withUTF8 { bytes in
            var stepper = Stepper()
            stepper.add(UnsafeRawBufferPointer(bytes))
            return stepper.words
        }
    }

    /// The number of words in the text of inline text, ignoring its codes.
    public static func count(_ text: InlineText) -> Int {
        var words = 0
        for case .text(let run) in text.elements { words += count(run) }
        return words
    }

    /// For each ASCII byte: 1 for a letter or digit, 2 for a joiner (- ' . , _ /), 0 for white space
    /// (space, tab, line feed, carriage return), 3 for anything else. A joiner ends no word: whether the
    /// word goes on depends on what follows it.
    private static let asciiClasses: [UInt8] = (0..<128).map { value -> UInt8 in
        if isWordCharacter(UInt32(value)) { return 1 }
        if [0x2D, 0x27, 0x2E, 0x2C, 0x5F, 0x2F].contains(value) { return 2 }
        return Unicode.Scalar.isXMLWhitespace(UInt32(value)) ? 0 : 3
    }

    @inline(__always)
    fileprivate static func step(_ value: UInt32, _ words: inout Int, _ inWord: inout Bool) {
        if isWordCharacter(value) {
            if !inWord { words += 1; inWord = true }
        } else if inWord, value == 0x2D || value == 0x27 || value == 0x2019 || value == 0x2E || value == 0x2C
            || value == 0x5F || value == 0x2F
        {
            // Joiners (- ' ’ . , _ /) stay inside a word only when a letter or digit follows.
            return
        } else {
            inWord = false
        }
    }

    /// Letters and digits: an ASCII test, a range test for the Latin letters of German and Turkish
    /// (U+00C0–U+017F, all letters but × and ÷), and Unicode properties for everything else.
    @inline(__always)
    private static func isWordCharacter(_ value: UInt32) -> Bool {
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || ((value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A)
        }
        if value >= 0xC0 && value <= 0x17F { return value != 0xD7 && value != 0xF7 }
        return hasWordProperties(value)
    }

    /// The Unicode test, out of line: inlined, its property types would be set up on every call of
    /// the loops that use ``isWordCharacter(_:)``, though most texts never get this far.
    @inline(never)
    private static func hasWordProperties(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
    }
}

extension WordCounter {
    /// Counts the words of text that arrives in pieces, as a streaming parser hands it on: the text runs
    /// of one ``InlineText`` fed in order, with ``endWord()`` where an inline code lies between them.
    ///
    /// The count is the one `WordCounter.count(_:)` gives for the built ``InlineText``: a word goes
    /// on across the pieces of one run (a parser splits text at entities; a character split between two pieces, which libxml2 never hands
    /// on, would still be read whole),
    /// and a code ends it. The stepper also notes whether any character is not white space, the test
    /// of ``InlineText/hasNoText``.
    ///
    /// ```swift
    /// var stepper = WordCounter.Stepper()
    /// stepper.add("Straßen")   // as bytes, in any pieces
    /// stepper.endWord()        // a code
    /// stepper.add("fest in Şişli'de")
    /// stepper.words            // 4
    /// ```
    public struct Stepper: Hashable, Sendable {
        /// The words counted so far.
        public private(set) var words = 0
        /// Whether a character that is not white space has come by.
        public private(set) var hasText = false
        private var inWord = false
        /// The bits of a character whose bytes have not all come yet.
        private var scalar: UInt32 = 0
        /// How many bytes of that character are still to come.
        private var remaining = 0

        /// A stepper that has seen nothing.
        public init() {}

        /// Reads the next piece of the text, as UTF-8 bytes.
        public mutating func add(_ bytes: UnsafeRawBufferPointer) {
            // The state in locals for the loop, stored back once.
            var words = self.words
            var inWord = self.inWord
            var hasText = self.hasText
            var scalar = self.scalar
            var remaining = self.remaining
            let classes = WordCounter.asciiClasses
            let count = bytes.count
            var index = 0
            while index < count {
                let byte = bytes[index]
                index += 1
                if byte < 0x80 {
                    remaining = 0
                    switch classes[Int(byte)] {
                    case 0:
                        inWord = false
                    case 1:
                        if !inWord { words += 1; inWord = true }
                        hasText = true
                        // The rest of the word's ASCII letters and digits change nothing.
                        while index < count, bytes[index] < 0x80, classes[Int(bytes[index])] == 1 { index += 1 }
                    case 2:
                        hasText = true
                    default:
                        inWord = false
                        hasText = true
                    }
                } else if byte >= 0xC0 {
                    // A lead byte: how many continuation bytes follow.
                    if byte < 0xE0 {
                        scalar = UInt32(byte & 0x1F); remaining = 1
                    } else if byte < 0xF0 {
                        scalar = UInt32(byte & 0x0F); remaining = 2
                    } else {
                        scalar = UInt32(byte & 0x07); remaining = 3
                    }
                } else if remaining > 0 {
                    scalar = scalar << 6 | UInt32(byte & 0x3F)
                    remaining -= 1
                    if remaining == 0 {
                        WordCounter.step(scalar, &words, &inWord)
                        if !hasText && !InlineText.isWhitespace(scalar) { hasText = true }
                    }
                }
            }
            self.words = words
            self.inWord = inWord
            self.hasText = hasText
            self.scalar = scalar
            self.remaining = remaining
        }

        /// Reads the next piece of the text.
        public mutating func add(_ text: String) {
            var text = text
            text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
        }

        /// An inline code lies here: it ends the word being read.
        public mutating func endWord() {
            inWord = false
            remaining = 0
        }
    }
}
