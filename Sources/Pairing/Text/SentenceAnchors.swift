import Foundation
public import PublicationCore

/// The parts of a sentence that survive translation unchanged or nearly so: numbers and dates,
/// URLs, e-mail addresses, names and words with diacritics, and the end punctuation.
///
/// The sentence aligner compares the anchors of German and Turkish sentences; quality checks can
/// use them to find a number or a link that a translation lost.
///
/// - Numbers and dates are read by ``NumberAnchor`` (`1.250,5` = `1250,5`).
/// - URLs (`https://…`, `www.…`) are lower-cased without scheme, `www.` and final `/`.
/// - E-mail addresses are lower-cased.
/// - Concepts are entries of the ``CoreLexicon`` (`Regierung` = `hükümet`).
/// - Number words, months and weekdays are read by ``NumberWords`` (`Dezember` = `Aralık`).
/// - Word prefixes are the first four letters, folded, of every word of four or more letters:
///   cognates and inflected names share them (`Parlament`/`Parlamento`, `Trumps`/`Trump'ın`).
/// - Marks record whether the sentence contains quotation marks, brackets, a colon, a dash, a
///   question mark or an exclamation mark anywhere.
/// - Names are capitalised words (after opening quotes are removed) and words of four or more
///   characters with a letter outside ASCII (`Erdoğan`, `Şişli`), cut at an apostrophe
///   (`Trump'ın` → `Trump`) and folded with ``TurkishCaseFolding`` for the sentence's language.
///   A German name ending in `s` (`Trumps`) is also kept without the `s`, for the genitive.
///
/// ```swift
/// let anchors = SentenceAnchors("Laut Trump'ın ofisi 1.250,5 kişi geldi?", language: .turkish)
/// anchors.numbers.map(\.value)   // ["1250.5"]
/// anchors.names                  // ["laut", "trump"]
/// anchors.ending                 // .question
/// ```
public struct SentenceAnchors: Hashable, Sendable {
    /// How a sentence ends, after closing quotes and brackets.
    public enum Ending: UInt8, Hashable, Sendable {
        /// A full stop.
        case fullStop
        /// A question mark.
        case question
        /// An exclamation mark.
        case exclamation
        /// An ellipsis, `…` or `...`.
        case ellipsis
        /// Anything else, such as a headline without punctuation or a colon.
        case other

        /// How the sentence of `scalars` ends: its last scalar before any trailing white space, closing
        /// quotation marks and closing brackets; three full stops are an ellipsis. The one reading of
        /// a sentence's end, for ``SentenceAnchors`` and the aligner's key scanner.
        init<Scalars: BidirectionalCollection<Unicode.Scalar>>(endOf scalars: Scalars) {
            var end = scalars.endIndex
            while end > scalars.startIndex {
                let before = scalars.index(before: end)
                guard scalars[before].isWhiteSpace || Self.isClosing(scalars[before]) else { break }
                end = before
            }
            guard end > scalars.startIndex else {
                self = .other
                return
            }
            let last = scalars.index(before: end)
            switch scalars[last] {
            case "?": self = .question
            case "!": self = .exclamation
            case "…": self = .ellipsis
            case ".": self = scalars[..<end].suffix(3).elementsEqual("...".unicodeScalars) ? .ellipsis : .fullStop
            default: self = .other
            }
        }

        /// Whether `scalar` closes a quotation or a bracket at a sentence's end.
        private static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case "“", "”", "\"", "'", "’", "‘", "»", "«", ")", "]": true
            default: false
            }
        }
    }

    /// Numbers and dates, in reading order.
    public var numbers: [NumberAnchor]
    /// Values of number words, months and weekdays (``NumberWords``), such as `3` or `month:12`.
    public var numberWords: [String]
    /// Concepts of the ``CoreLexicon`` the sentence's words express.
    public var concepts: [String]
    /// URLs in normalised form.
    public var urls: [String]
    /// E-mail addresses, lower-cased.
    public var emailAddresses: [String]
    /// Names and words with diacritics, folded.
    public var names: [String]
    /// Folded four-letter prefixes of the words of four or more letters, without duplicates.
    public var wordPrefixes: [String]
    /// The punctuation marks the sentence contains, in declaration order.
    public var marks: [Mark]
    /// The end punctuation.
    public var ending: Ending

    /// Punctuation that translations usually keep.
    public enum Mark: String, Hashable, Sendable, CaseIterable {
        /// Any quotation mark: „ “ ” " « » (not the apostrophe).
        case quotation
        /// A round or square bracket.
        case bracket
        /// A colon that is not part of a number or URL.
        case colon
        /// A dash standing between spaces: ` – `, ` — ` or ` - `.
        case dash
        /// A question mark.
        case question
        /// An exclamation mark.
        case exclamation
    }

    /// Finds the anchors of one sentence.
    ///
    /// - Parameters:
    ///   - sentence: The sentence text.
    ///   - language: The language it is written in (for case folding).
    public init(_ sentence: String, language: LanguageTag) {
        numbers = []
        urls = []
        emailAddresses = []
        names = []
        numberWords = []
        concepts = []
        wordPrefixes = []
        marks = []
        ending = Self.ending(of: sentence)
        let text = TextNormalization.nfc(sentence)
        numbers = NumberAnchor.anchors(in: text)
        let german = language == .german
        marks = Self.marks(in: text)
        var prefixes = Set<String>()
        for raw in text.split(whereSeparator: { $0.isWhitespace }) {
            let token = Self.trimmed(raw)
            guard !token.isEmpty else { continue }
            if let email = Self.emailAddress(token) {
                emailAddresses.append(email)
                continue
            }
            if let url = Self.url(token) {
                urls.append(url)
                continue
            }
            var word = token
            if let apostrophe = word.firstIndex(where: { $0 == "'" || $0 == "’" }) {
                word = word[..<apostrophe]
            }
            guard word.count >= 2, word.contains(where: { $0.isLetter }) else { continue }
            let folded = TurkishCaseFolding.fold(normalized: String(word), language: language)
            if let value = NumberWords.value(folded: folded, language: language) { numberWords.append(value) }
            for concept in CoreLexicon.concepts(folded: folded, language: language) where !concepts.contains(concept) {
                concepts.append(concept)
            }
            if word.count >= 4, word.allSatisfy({ $0.isLetter }) {
                let prefix = String(folded.prefix(4))
                if prefixes.insert(prefix).inserted { wordPrefixes.append(prefix) }
            }
            let capitalised = word.first!.isUppercase
            let hasDiacritic = word.count >= 4 && word.unicodeScalars.contains { $0.value > 0x7F && $0.properties.isAlphabetic }
            guard capitalised || hasDiacritic else { continue }
            names.append(folded)
            if german && capitalised && folded.count >= 4 && folded.hasSuffix("s") {
                names.append(String(folded.dropLast()))
            }
        }
    }

    /// The marks in `text`.
    static func marks(in text: String) -> [Mark] {
        var found = Set<Mark>()
        var previous: Character = " "
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            switch character {
            case "„", "“", "”", "\"", "«", "»": found.insert(.quotation)
            case "(", ")", "[", "]": found.insert(.bracket)
            case "?": found.insert(.question)
            case "!": found.insert(.exclamation)
            case ":":
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                if !previous.isNumber && next != "/" && !next.isNumber { found.insert(.colon) }
            case "–", "—", "-":
                let next = index + 1 < characters.count ? characters[index + 1] : "x"
                if previous == " " && next == " " { found.insert(.dash) }
            default: break
            }
            previous = character
        }
        return Mark.allCases.filter { found.contains($0) }
    }

    /// Reads how `sentence` ends.
    static func ending(of sentence: String) -> Ending {
        Ending(endOf: sentence.unicodeScalars)
    }

    private static let leadingPunctuation: Set<Character> = ["„", "“", "\"", "‚", "‘", "'", "«", "»", "(", "[", "{", "<", "-", "–", "—"]
    private static let trailingPunctuation: Set<Character> = [".", ",", ";", ":", "!", "?", "…", "“", "”", "\"", "‘", "’", "'", "»", "«", ")", "]", "}", ">", "-", "–", "—"]

    private static func trimmed(_ token: Substring) -> Substring {
        var result = token
        while let first = result.first, leadingPunctuation.contains(first) { result = result.dropFirst() }
        while let last = result.last, trailingPunctuation.contains(last) { result = result.dropLast() }
        return result
    }

    private static func emailAddress(_ token: Substring) -> String? {
        guard let at = token.firstIndex(of: "@"), at > token.startIndex else { return nil }
        let domain = token[token.index(after: at)...]
        guard let dot = domain.lastIndex(of: "."), dot > domain.startIndex, domain.index(after: dot) < domain.endIndex else {
            return nil
        }
        return token.lowercased()
    }

    static func url(_ token: Substring) -> String? {
        let lower = token.lowercased()
        var rest = Substring(lower)
        if let scheme = rest.range(of: "://") {
            guard rest[..<scheme.lowerBound].allSatisfy({ $0.isLetter }) else { return nil }
            rest = rest[scheme.upperBound...]
        } else if !rest.hasPrefix("www.") {
            return nil
        }
        if rest.hasPrefix("www.") { rest = rest.dropFirst(4) }
        while rest.hasSuffix("/") { rest = rest.dropLast() }
        return rest.isEmpty ? nil : String(rest)
    }
}
