/// Counts words the way editors count them: runs of letters or digits, with inner apostrophes,
/// hyphens and dots kept inside the word (`Deutsch-Türkische`, `1.250,5`, `Şişli'de` are one word each).
///
/// Inline codes are not words. The figure differs slightly from translate-toolkit's `pocount`,
/// which splits on more punctuation.
public enum WordCounter {
    /// The number of words in a text.
    public static func count(_ text: String) -> Int {
        // Native strings are contiguous UTF-8; the scalar loop is only for the rest.
        if let words = text.utf8.withContiguousStorageIfAvailable({ count(utf8: $0) }) { return words }
        var words = 0
        var inWord = false
        for scalar in text.unicodeScalars { step(scalar.value, &words, &inWord) }
        return words
    }

    /// The number of words in the text of inline text, ignoring its codes.
    public static func count(_ text: InlineText) -> Int {
        var words = 0
        for case .text(let run) in text.elements { words += count(run) }
        return words
    }

    /// Counts over valid UTF-8, decoding a scalar only for non-ASCII bytes.
    private static func count(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var stepper = Stepper()
        stepper.add(utf8: bytes)
        return stepper.words
    }

    /// Counts the words of a text that arrives in pieces, as a streaming reader gets it: the pieces of
    /// one run of text (``add(_:)``) count as their concatenation, and ``endRun()`` ends a run where an
    /// inline code stands, as ``count(_:)-(InlineText)`` counts each text run of inline text on its own.
    /// It also says whether any character was other than white space (``InlineText/hasNoText``).
    public struct Stepper: Sendable {
        /// The words so far.
        public private(set) var words = 0
        /// Whether a character other than white space has been added.
        public private(set) var hasText = false
        private var inWord = false

        /// A stepper with no words yet.
        public init() {}

        /// Adds a piece of UTF-8 text; a multi-byte character cut off at the end counts as U+FFFD.
        public mutating func add(_ bytes: UnsafeRawBufferPointer) {
            add(utf8: bytes.assumingMemoryBound(to: UInt8.self))
        }

        /// Ends the current run of text: the next letter starts a new word.
        public mutating func endRun() {
            inWord = false
        }

        mutating func add(utf8 bytes: UnsafeBufferPointer<UInt8>) {
            var index = 0
            let classes = asciiClasses
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    // ASCII: one table look-up says word character, joiner, white space or neither.
                    index += 1
                    switch classes[Int(byte)] {
                    case 1:
                        hasText = true
                        if !inWord { words += 1; inWord = true }
                    case 2:
                        hasText = true
                    case 3:
                        inWord = false
                    default:
                        hasText = true
                        inWord = false
                    }
                    continue
                }
                let value = UTF8Scalars.decodeChecked(bytes, at: &index)
                if !hasText, !InlineText.isWhitespace(value) { hasText = true }
                step(value, &words, &inWord)
            }
        }
    }

    /// For each ASCII byte: 1 for a letter or digit, 2 for a joiner (- ' . , _ /), 3 for white space
    /// (space, tab, line feed, carriage return), 0 for anything else. A joiner ends no word: whether the
    /// word goes on depends on what follows it.
    private static let asciiClasses: [UInt8] = (0..<128).map { value -> UInt8 in
        if isWordCharacter(UInt32(value)) { return 1 }
        if [0x2D, 0x27, 0x2E, 0x2C, 0x5F, 0x2F].contains(value) { return 2 }
        return [0x20, 0x09, 0x0A, 0x0D].contains(value) ? 3 : 0
    }

    @inline(__always)
    private static func step(_ value: UInt32, _ words: inout Int, _ inWord: inout Bool) {
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
        guard let scalar = Unicode.Scalar(value) else { return false }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
    }
}

/// Decoding of valid UTF-8 (as Swift strings hold it) one scalar at a time.
enum UTF8Scalars {
    /// The scalar value starting at `index`; moves `index` past it.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: inout Int) -> UInt32 {
        let lead = UInt32(bytes[index])
        if lead < 0x80 {
            index += 1
            return lead
        }
        if lead < 0xE0 {
            defer { index += 2 }
            return (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
        }
        if lead < 0xF0 {
            defer { index += 3 }
            return (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
        }
        defer { index += 4 }
        return (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
            | UInt32(bytes[index + 3] & 0x3F)
    }

    /// As ``decode(_:at:)``, for bytes that may end inside a character: a cut-off character gives
    /// U+FFFD and moves `index` to the end.
    @inline(__always)
    static func decodeChecked(_ bytes: UnsafeBufferPointer<UInt8>, at index: inout Int) -> UInt32 {
        let lead = bytes[index]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard index + length <= bytes.count else {
            index = bytes.count
            return 0xFFFD
        }
        return decode(bytes, at: &index)
    }
}
