import PublicationCore

/// The number words and the ``CoreLexicon`` of one language as UTF-8 bytes with their anchor keys
/// already hashed, built once per process for ``SentenceKeyScanner``.
///
/// The tables hold the same entries, in the same order, as ``NumberWords`` and ``CoreLexicon``;
/// only the form changes (bytes instead of `String`s), so a lookup gives the same keys. Entries
/// and their bytes live in raw memory, bucket after bucket, so that a lookup reads them without
/// reference counting; the tables are never changed after they are built.
final class SentenceKeyTables: Sendable {
    /// A number word, month or weekday: its folded bytes, whether it matches longer words and its key.
    struct NumberWord {
        /// The folded bytes (in the tables' byte pool).
        let bytes: UnsafePointer<UInt8>
        /// The number of bytes, kept beside the head so that rejecting an entry reads no other memory.
        let length: Int
        /// Whether the entry also matches the words that start with it
        /// (``NumberWords/matchesLongerWords(_:)``).
        let matchesLongerWords: Bool
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

    /// The number words in ``NumberWords`` order, bucket after bucket (``buckets(of:matchingLonger:)``).
    private nonisolated(unsafe) let numberWords: UnsafeMutablePointer<NumberWord>
    /// The lexicon forms in ``CoreLexicon`` order, bucket after bucket.
    private nonisolated(unsafe) let lexiconForms: UnsafeMutablePointer<LexiconForm>
    /// Where the number words (x) and the lexicon forms (y) of bucket b start: number words
    /// `bucketStarts[b].x..<bucketStarts[b + 1].x`. Side by side, so that one cache line serves
    /// both lookups of a word.
    private nonisolated(unsafe) let bucketStarts: UnsafeMutablePointer<SIMD2<Int32>>
    /// The bytes of every entry.
    private nonisolated(unsafe) let bytePool: UnsafeMutablePointer<UInt8>
    /// One bit per bucket that holds a number word or a lexicon form: 512 bytes that stay in the
    /// cache, where most words' buckets are empty and ``bucketStarts`` (32 KiB) would not be read.
    private nonisolated(unsafe) let occupiedBuckets: UnsafeMutablePointer<UInt64>

    /// For each scalar from U+0080 to U+017F, its folding (``CheckText/appendFolded(_:turkic:to:)``,
    /// the same in every language for these scalars): the UTF-8 bytes, first byte lowest, the byte
    /// count in bits 24–27. 0 for a scalar the table does not hold.
    nonisolated(unsafe) let latinFolds: UnsafeMutablePointer<UInt32>

    /// Whether `bucket` holds any number word or lexicon form.
    @inline(__always) func hasEntries(inBucket bucket: Int) -> Bool {
        occupiedBuckets[bucket >> 6] >> UInt64(bucket & 63) & 1 != 0
    }

    /// The number words of `bucket` (``bucket(_:_:_:)``), in table order.
    @inline(__always) func numberWords(inBucket bucket: Int) -> UnsafeBufferPointer<NumberWord> {
        let start = Int(bucketStarts[bucket].x)
        return UnsafeBufferPointer(start: numberWords + start, count: Int(bucketStarts[bucket + 1].x) - start)
    }

    /// The lexicon forms of `bucket` (``bucket(_:_:_:)``), in table order.
    @inline(__always) func lexiconForms(inBucket bucket: Int) -> UnsafeBufferPointer<LexiconForm> {
        let start = Int(bucketStarts[bucket].y)
        return UnsafeBufferPointer(start: lexiconForms + start, count: Int(bucketStarts[bucket + 1].y) - start)
    }

    /// The number of buckets.
    static let bucketCount = 4096

    /// The bucket of a word starting with the bytes `first`, `second` and `third` (0 for a word
    /// of two bytes): every entry that can match the word is in its bucket, in table order
    /// (``buckets(of:matchingLonger:)``).
    @inline(__always) static func bucket(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Int {
        let bytes = UInt32(first) << 16 | UInt32(second) << 8 | UInt32(third)
        return Int(truncatingIfNeeded: (bytes &* 0x9E37_79B1) >> 20) & (bucketCount - 1)
    }

    /// The buckets an entry of `bytes` (at least two) goes into: the bucket of its first three
    /// bytes, or for an entry of two bytes the bucket of a two-byte word and, when it can match
    /// longer words (`matchingLonger`, a prefix form), the bucket of every third byte.
    private static func buckets(of bytes: [UInt8], matchingLonger: Bool) -> [Int] {
        if bytes.count >= 3 { return [bucket(bytes[0], bytes[1], bytes[2])] }
        var result = [bucket(bytes[0], bytes[1], 0)]
        if matchingLonger {
            for third in 1...255 {
                let other = bucket(bytes[0], bytes[1], UInt8(third))
                if !result.contains(other) { result.append(other) }
            }
        }
        return result
    }

    /// The German tables, built on first use.
    static let german = SentenceKeyTables(language: .german)
    /// The Turkish tables, built on first use.
    static let turkish = SentenceKeyTables(language: .turkish)
    /// The tables for any other language: those of English, which are empty because Köprü has no number
    /// words or lexicon for it.
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
        var wordEntries: [(buckets: [Int], bytes: [UInt8], matchesLongerWords: Bool, key: UInt64)] = []
        for (entry, value) in words {
            let kind: SentenceFeatures.KeyKind = value.hasPrefix("month:") || value.hasPrefix("weekday:") ? .date : .number
            let bytes = Array(entry.utf8)
            guard bytes.count >= 2 else { continue }
            let matchesLonger = NumberWords.matchesLongerWords(entry)
            wordEntries.append((Self.buckets(of: bytes, matchingLonger: matchesLonger), bytes, matchesLonger,
                                SentenceFeatures.key(value, kind)))
        }
        var formEntries: [(buckets: [Int], bytes: [UInt8], isPrefix: Bool, key: UInt64)] = []
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
                    formEntries.append((Self.buckets(of: bytes, matchingLonger: isPrefix), bytes, isPrefix, key))
                }
            }
        }
        let pool = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, wordEntries.reduce(0) { $0 + $1.bytes.count }
                                                                     + formEntries.reduce(0) { $0 + $1.bytes.count }))
        bytePool = pool
        var poolCount = 0
        func store(_ bytes: [UInt8]) -> UnsafePointer<UInt8> {
            let start = pool + poolCount
            start.initialize(from: bytes, count: bytes.count)
            poolCount += bytes.count
            return UnsafePointer(start)
        }
        let wordValues = wordEntries.map { entry in
            NumberWord(bytes: store(entry.bytes), length: entry.bytes.count, matchesLongerWords: entry.matchesLongerWords,
                       key: entry.key, head: Self.head(entry.bytes))
        }
        let formValues = formEntries.map { entry in
            LexiconForm(bytes: store(entry.bytes), length: entry.bytes.count, isPrefix: entry.isPrefix,
                        key: entry.key, head: Self.head(entry.bytes))
        }
        latinFolds = .allocate(capacity: 0x100)
        var folded: [UInt8] = []
        for value in 0x80..<0x180 {
            folded.removeAll()
            CheckText.appendFolded(Unicode.Scalar(UInt32(value))!, turkic: false, to: &folded)
            var entry: UInt32 = 0
            if (1...3).contains(folded.count) {
                for (index, byte) in folded.enumerated() { entry |= UInt32(byte) << (8 * UInt32(index)) }
                entry |= UInt32(folded.count) << 24
            }
            (latinFolds + (value - 0x80)).initialize(to: entry)
        }
        let wordStarts: [Int], formStarts: [Int]
        (numberWords, wordStarts) = Self.layOut(wordValues, buckets: wordEntries.map(\.buckets))
        (lexiconForms, formStarts) = Self.layOut(formValues, buckets: formEntries.map(\.buckets))
        bucketStarts = .allocate(capacity: Self.bucketCount + 1)
        for bucket in 0...Self.bucketCount {
            (bucketStarts + bucket).initialize(to: SIMD2(Int32(wordStarts[bucket]), Int32(formStarts[bucket])))
        }
        occupiedBuckets = .allocate(capacity: Self.bucketCount / 64)
        occupiedBuckets.initialize(repeating: 0, count: Self.bucketCount / 64)
        for bucket in 0..<Self.bucketCount
        where wordStarts[bucket + 1] > wordStarts[bucket] || formStarts[bucket + 1] > formStarts[bucket] {
            occupiedBuckets[bucket >> 6] |= 1 << UInt64(bucket & 63)
        }
    }

    /// The entries laid out bucket after bucket, each bucket's entries in table order, and where
    /// each bucket starts (``bucketCount`` + 1 offsets).
    private static func layOut<Entry>(_ entries: [Entry], buckets: [[Int]])
        -> (UnsafeMutablePointer<Entry>, [Int]) {
        var groups = [[Int]](repeating: [], count: bucketCount)
        for (index, entryBuckets) in buckets.enumerated() {
            for bucket in entryBuckets { groups[bucket].append(index) }
        }
        let laidOut = UnsafeMutablePointer<Entry>.allocate(capacity: max(1, groups.reduce(0) { $0 + $1.count }))
        var starts = [Int](repeating: 0, count: bucketCount + 1)
        var count = 0
        for (bucket, group) in groups.enumerated() {
            starts[bucket] = count
            for index in group {
                (laidOut + count).initialize(to: entries[index])
                count += 1
            }
        }
        starts[bucketCount] = count
        return (laidOut, starts)
    }

    deinit {
        numberWords.deallocate()
        bucketStarts.deallocate()
        lexiconForms.deallocate()
        bytePool.deallocate()
        occupiedBuckets.deallocate()
        latinFolds.deallocate()
    }
}
