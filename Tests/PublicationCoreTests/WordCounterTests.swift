import PublicationCore
import Testing

/// Word counts and the empty-text test, which work on UTF-8 bytes with shortcuts for ASCII and the
/// Latin letters of German and Turkish, against their definition in Unicode properties.
@Suite struct WordCounterTests {
    @Test(arguments: [
        ("Deutsch-Türkische Gesellschaft", 2),
        ("1.250,5 Wohnungen", 2),
        ("Şişli'de ve İstanbul'da", 3),
        ("Straßenfeste × 3 ÷ 4", 3),
        ("Die Stadt bietet seit dem 17.12.2020 Sprachkurse an.", 8),
        ("µ ª º ² ½ ∞", 5),
        ("日本語 テキスト", 2),
        ("— - ' ’", 0),
        ("", 0),
        ("Café’s naïve 😀 emoji", 3),
    ])
    func wordCount(_ text: String, _ expected: Int) {
        #expect(WordCounter.count(text) == expected)
        #expect(WordCounter.count(text) == Self.referenceCount(text))
    }

    /// Every scalar from U+0000 to U+024F between two letters, so that the Latin shortcut agrees with
    /// the Unicode properties for each of them.
    @Test func latinScalarsAgreeWithUnicodeProperties() {
        for value in UInt32(0)...0x24F {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(Character(scalar)) + "b c"
            #expect(WordCounter.count(text) == Self.referenceCount(text), "U+\(String(value, radix: 16))")
        }
    }

    @Test(arguments: [
        ([" \t\n"], true),
        (["\u{00A0}\u{2003}"], true),
        ([" ", "ş"], false),
        (["\u{00A0}x"], false),
        ([String](), true),
    ])
    func hasNoText(_ runs: [String], _ expected: Bool) {
        var text = InlineText()
        for run in runs {
            text.append(.code(InlineCode(kind: .placeholder, element: "x")))
            text.append(text: run)
        }
        #expect(text.hasNoText == expected)
    }

    @Test func adjacentTextRunsMerge() {
        var text = InlineText()
        text.reserveCapacity(4)
        text.append(text: "Nr. ")
        text.append(text: "5")
        text.append(.code(InlineCode(kind: .placeholder, element: "x", id: "1")))
        text.append(text: "")
        text.append(text: "ende")
        #expect(text.elements == [.text("Nr. 5"), .code(InlineCode(kind: .placeholder, element: "x", id: "1")), .text("ende")])
    }

    /// The counting rule written directly over Unicode scalars and their properties.
    static func referenceCount(_ text: String) -> Int {
        var words = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil {
                if !inWord { words += 1; inWord = true }
            } else if inWord, "-'’.,_/".unicodeScalars.contains(scalar) {
                continue
            } else {
                inWord = false
            }
        }
        return words
    }
}
