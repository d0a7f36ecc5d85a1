import PublicationCore

/// The number words and the ``CoreLexicon`` of one language as UTF-8 bytes with their anchor keys
/// already hashed, built once per process for ``SentenceKeyScanner``.
///
/// The tables hold the same entries, in the same order, as ``NumberWords`` and ``CoreLexicon``;
/// only the form changes (bytes instead of `String`s), so a lookup gives the same keys.
final class SentenceKeyTables: Sendable {
    /// A number word, month or weekday: its folded bytes, its length in characters and its key.
    struct NumberWord: Sendable {
        let bytes: [UInt8]
        /// `bytes.count`, kept beside the head so that rejecting an entry reads no other memory.
        let length: Int
        let characterCount: Int
        let key: UInt64
        /// The first eight bytes (zero-padded), see ``SentenceKeyTables/head(_:)``.
        let head: UInt64
    }

    /// A lexicon form: its folded bytes (without `*`), whether it matches as a prefix, and the
    /// key of its concept.
    struct LexiconForm: Sendable {
        let bytes: [UInt8]
        /// `bytes.count`, kept beside the head so that rejecting a form reads no other memory.
        let length: Int
        let isPrefix: Bool
        let key: UInt64
        /// The first eight bytes (zero-padded), see ``SentenceKeyTables/head(_:)``.
        let head: UInt64
    }

    /// The first eight bytes of `bytes` in one integer, zero-padded, the first byte lowest: a
    /// word starts with a form only if the word's head, masked to the form's length, equals the
    /// form's head, so most candidates are rejected by one comparison.
    static func head(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { head($0) }
    }

    /// The head of bytes in memory, as for an array of them.
    @inline(__always) static func head(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var result: UInt64 = 0
        for index in 0..<min(8, bytes.count) { result |= UInt64(bytes[index]) << (8 * UInt64(index)) }
        return result
    }

    /// The mask that keeps the first `count` bytes of a head.
    @inline(__always) static func headMask(_ count: Int) -> UInt64 {
        count >= 8 ? ~0 : (1 << (8 * UInt64(count))) &- 1
    }

    /// The number words in ``NumberWords`` order, by ``bucket(_:_:)`` of the first two bytes of
    /// their UTF-8 form (every form has at least two bytes).
    let numberWordsByBucket: [[NumberWord]]
    /// The lexicon forms by ``bucket(_:_:)`` of the first two bytes of their UTF-8 form.
    let lexiconByBucket: [[LexiconForm]]

    /// The number of buckets.
    static let bucketCount = 1024

    /// The bucket of a word or form starting with the bytes `first` and `second`: every entry
    /// that can match a word is in the word's bucket, in its original order.
    @inline(__always) static func bucket(_ first: UInt8, _ second: UInt8) -> Int {
        (Int(first) &* 31 ^ Int(second) &* 7) & (bucketCount - 1)
    }

    /// The German tables, built on first use.
    static let german = SentenceKeyTables(language: .german)
    /// The Turkish tables, built on first use.
    static let turkish = SentenceKeyTables(language: .turkish)
    /// Empty tables, for languages without number words or lexicon.
    static let empty = SentenceKeyTables(language: .english)

    /// The tables for `language`.
    static func tables(for language: LanguageTag) -> SentenceKeyTables {
        switch language.code {
        case "de": return german
        case "tr": return turkish
        default: return empty
        }
    }

    private init(language: LanguageTag) {
        let words: [(String, String)]
        let lexiconSide: ((german: String, turkish: String)) -> String
        switch language.code {
        case "de":
            words = NumberWords.german
            lexiconSide = { $0.german }
        case "tr":
            words = NumberWords.turkish
            lexiconSide = { $0.turkish }
        default:
            words = []
            lexiconSide = { _ in "" }
        }
        var numberWords = [[NumberWord]](repeating: [], count: Self.bucketCount)
        for (entry, value) in words {
            let kind: SentenceFeatures.KeyKind = value.hasPrefix("month:") || value.hasPrefix("weekday:") ? .date : .number
            let bytes = Array(entry.utf8)
            let word = NumberWord(bytes: bytes, length: bytes.count, characterCount: entry.count, key: SentenceFeatures.key(value, kind),
                                  head: Self.head(bytes))
            guard word.bytes.count >= 2 else { continue }
            numberWords[Self.bucket(word.bytes[0], word.bytes[1])].append(word)
        }
        numberWordsByBucket = numberWords
        var lexicon = [[LexiconForm]](repeating: [], count: Self.bucketCount)
        if !words.isEmpty {
            for entry in CoreLexicon.entries {
                let concept = String(entry.german.split(separator: "|")[0]).replacingOccurrences(of: "*", with: "")
                let key = SentenceFeatures.key(concept, .concept)
                for form in lexiconSide(entry).split(separator: "|") where !form.contains(" ") && !form.hasPrefix("-") {
                    let isPrefix = form.hasSuffix("*")
                    let text = isPrefix ? String(form.dropLast()) : String(form)
                    let bytes = Array(text.utf8)
                    let lexiconForm = LexiconForm(bytes: bytes, length: bytes.count, isPrefix: isPrefix, key: key, head: Self.head(bytes))
                    guard lexiconForm.bytes.count >= 2 else { continue }
                    lexicon[Self.bucket(lexiconForm.bytes[0], lexiconForm.bytes[1])].append(lexiconForm)
                }
            }
        }
        lexiconByBucket = lexicon
    }
}
