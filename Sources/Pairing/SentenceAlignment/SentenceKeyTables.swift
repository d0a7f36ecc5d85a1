import PublicationCore

/// The number words and the ``CoreLexicon`` of one language as UTF-8 bytes with their anchor keys
/// already hashed, built once per process for ``SentenceKeyScanner``.
///
/// The tables hold the same entries, in the same order, as ``NumberWords`` and ``CoreLexicon``;
/// only the form changes (bytes instead of `String`s), so a lookup gives the same keys. Entries
/// and their bytes live in raw memory, bucket after bucket, so that a lookup reads them without
/// reference counting; the tables are never changed after they are built.
final class SentenceKeyTables: Sendable {
    /// A number word, month or weekday: its folded bytes, its length in characters and its key.
    struct NumberWord {
        /// The folded bytes (in the tables' byte pool).
        let bytes: UnsafePointer<UInt8>
        /// The number of bytes, kept beside the head so that rejecting an entry reads no other memory.
        let length: Int
        let characterCount: Int
        let key: UInt64
        /// The first eight bytes (zero-padded), see ``SentenceKeyTables/head(_:)``.
        let head: UInt64
    }

    /// A lexicon form: its folded bytes (without `*`), whether it matches as a prefix, and the
    /// key of its concept.
    struct LexiconForm {
        /// The folded bytes (in the tables' byte pool).
        let bytes: UnsafePointer<UInt8>
        /// The number of bytes, kept beside the head so that rejecting a form reads no other memory.
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

    /// The number words in ``NumberWords`` order, bucket after bucket (``bucket(_:_:)`` of the
    /// first two bytes of their UTF-8 form; every form has at least two bytes).
    private nonisolated(unsafe) let numberWords: UnsafeMutablePointer<NumberWord>
    /// Where the number words of bucket b start: `numberWordStarts[b]..<numberWordStarts[b + 1]`.
    private nonisolated(unsafe) let numberWordStarts: UnsafeMutablePointer<Int>
    /// The lexicon forms in ``CoreLexicon`` order, bucket after bucket.
    private nonisolated(unsafe) let lexiconForms: UnsafeMutablePointer<LexiconForm>
    /// Where the lexicon forms of bucket b start.
    private nonisolated(unsafe) let lexiconStarts: UnsafeMutablePointer<Int>
    /// The bytes of every entry.
    private nonisolated(unsafe) let bytePool: UnsafeMutablePointer<UInt8>

    /// The number words that can match a word whose folded form starts with `first`, `second`.
    @inline(__always) func numberWords(startingWith first: UInt8, _ second: UInt8) -> UnsafeBufferPointer<NumberWord> {
        let bucket = Self.bucket(first, second)
        let start = numberWordStarts[bucket]
        return UnsafeBufferPointer(start: numberWords + start, count: numberWordStarts[bucket + 1] - start)
    }

    /// The lexicon forms that can match a word whose folded form starts with `first`, `second`.
    @inline(__always) func lexiconForms(startingWith first: UInt8, _ second: UInt8) -> UnsafeBufferPointer<LexiconForm> {
        let bucket = Self.bucket(first, second)
        let start = lexiconStarts[bucket]
        return UnsafeBufferPointer(start: lexiconForms + start, count: lexiconStarts[bucket + 1] - start)
    }

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
        // First the entries as (bucket, bytes, …) in table order, then laid out bucket by bucket.
        var wordEntries: [(bucket: Int, bytes: [UInt8], characterCount: Int, key: UInt64)] = []
        for (entry, value) in words {
            let kind: SentenceFeatures.KeyKind = value.hasPrefix("month:") || value.hasPrefix("weekday:") ? .date : .number
            let bytes = Array(entry.utf8)
            guard bytes.count >= 2 else { continue }
            wordEntries.append((Self.bucket(bytes[0], bytes[1]), bytes, entry.count, SentenceFeatures.key(value, kind)))
        }
        var formEntries: [(bucket: Int, bytes: [UInt8], isPrefix: Bool, key: UInt64)] = []
        if !words.isEmpty {
            for entry in CoreLexicon.entries {
                // The concept is the first German form without its `*`.
                let firstForm = entry.german.utf8.prefix { $0 != UInt8(ascii: "|") }.filter { $0 != UInt8(ascii: "*") }
                let key = SentenceFeatures.key(String(decoding: firstForm, as: UTF8.self), .concept)
                for form in lexiconSide(entry).utf8.split(separator: UInt8(ascii: "|")) {
                    guard !form.contains(UInt8(ascii: " ")), form.first != UInt8(ascii: "-") else { continue }
                    let isPrefix = form.last == UInt8(ascii: "*")
                    let bytes = Array(isPrefix ? form.dropLast() : form)
                    guard bytes.count >= 2 else { continue }
                    formEntries.append((Self.bucket(bytes[0], bytes[1]), bytes, isPrefix, key))
                }
            }
        }
        bytePool = .allocate(capacity: max(1, wordEntries.reduce(0) { $0 + $1.bytes.count }
                                              + formEntries.reduce(0) { $0 + $1.bytes.count }))
        var poolCount = 0
        func store(_ bytes: [UInt8]) -> UnsafePointer<UInt8> {
            let start = bytePool + poolCount
            start.initialize(from: bytes, count: bytes.count)
            poolCount += bytes.count
            return UnsafePointer(start)
        }
        numberWords = .allocate(capacity: max(1, wordEntries.count))
        numberWordStarts = .allocate(capacity: Self.bucketCount + 1)
        lexiconForms = .allocate(capacity: max(1, formEntries.count))
        lexiconStarts = .allocate(capacity: Self.bucketCount + 1)
        // A stable sort by bucket keeps each bucket's entries in table order.
        var wordCount = 0
        for (bucket, group) in Self.byBucket(wordEntries.map(\.bucket)).enumerated() {
            numberWordStarts[bucket] = wordCount
            for index in group {
                let entry = wordEntries[index]
                (numberWords + wordCount).initialize(to: NumberWord(
                    bytes: store(entry.bytes), length: entry.bytes.count, characterCount: entry.characterCount,
                    key: entry.key, head: Self.head(entry.bytes)))
                wordCount += 1
            }
        }
        numberWordStarts[Self.bucketCount] = wordCount
        var formCount = 0
        for (bucket, group) in Self.byBucket(formEntries.map(\.bucket)).enumerated() {
            lexiconStarts[bucket] = formCount
            for index in group {
                let entry = formEntries[index]
                (lexiconForms + formCount).initialize(to: LexiconForm(
                    bytes: store(entry.bytes), length: entry.bytes.count, isPrefix: entry.isPrefix,
                    key: entry.key, head: Self.head(entry.bytes)))
                formCount += 1
            }
        }
        lexiconStarts[Self.bucketCount] = formCount
    }

    /// The indices of `buckets` grouped by bucket, each group in ascending order.
    private static func byBucket(_ buckets: [Int]) -> [[Int]] {
        var groups = [[Int]](repeating: [], count: bucketCount)
        for (index, bucket) in buckets.enumerated() { groups[bucket].append(index) }
        return groups
    }

    deinit {
        numberWords.deallocate()
        numberWordStarts.deallocate()
        lexiconForms.deallocate()
        lexiconStarts.deallocate()
        bytePool.deallocate()
    }
}
