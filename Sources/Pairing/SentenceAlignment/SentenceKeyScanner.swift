import PublicationCore

/// Computes what the sentence aligner needs of one sentence — its length and its anchor keys —
/// in one pass over the sentence's Unicode scalars, with no intermediate `String`s.
///
/// The result is the same as measuring ``TextNormalization/alignmentLength(of:)`` and hashing the
/// anchors of ``SentenceAnchors`` (numbers by value, URLs, e-mail addresses, names and word
/// prefixes folded with ``TurkishCaseFolding``, number words, the ``CoreLexicon``'s concepts, the
/// marks and the ending), for every sentence whose characters are each one Unicode scalar that NFC
/// leaves unchanged: Latin letters up to U+02FF and the general punctuation, which covers German
/// and Turkish prose. For any other sentence ``scan(_:withAnchors:)`` returns `nil` and the caller
/// takes the `String` path.
///
/// The scanner keeps its buffers between sentences; make one per side of an alignment.
///
/// With ``Purpose/blockPairing`` it finds instead the anchors that ``BlockSequenceAligner``
/// compares: the numbers, names and URLs of ``SentenceAnchors``, each hashed from the very string
/// the block aligner's sets held (`#` and the number's value, `@` and the folded name, the URL).
struct SentenceKeyScanner {
    /// Which keys a scan collects.
    enum Purpose {
        /// The sentence aligner's keys (``SentenceFeatures``).
        case alignment
        /// The block aligner's keys (``blockKey(_:)``): numbers, names and URLs only.
        case blockPairing
    }

    /// The length and ending of a scanned sentence; its keys are in ``keys``.
    struct Result {
        var length: Int
        var ending: SentenceAnchors.Ending
    }

    /// A copy of the anchor keys of the last sentence scanned, in scanning order and possibly repeated
    /// (until a caller sorts ``keyBuffer`` in place).
    var keys: [UInt64] { Array(keyBuffer) }

    /// ``keys`` in the scanner's memory, valid until the next scan (both aligners sort them there
    /// with ``SortedKeys``).
    var keyBuffer: UnsafeMutableBufferPointer<UInt64> {
        UnsafeMutableBufferPointer(start: storage.keyBase, count: keyCount)
    }

    /// The number of keys of the last sentence scanned.
    private var keyCount = 0

    private let german: Bool
    private let turkic: Bool
    private let forBlocks: Bool
    private let tables: SentenceKeyTables
    /// The memory behind ``scalars``, kept from sentence to sentence.
    private let storage = ScalarStorage()
    /// The scalars of the sentence being scanned (a view of ``storage``).
    private var scalars = UnsafeMutableBufferPointer<Unicode.Scalar>(start: nil, count: 0)
    /// The folded bytes of the word being looked at (a view of ``storage``).
    private var folded = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)
    /// The folded bytes of one non-ASCII character.
    private var foldedCharacter: [UInt8] = []

    /// Raw memory for the scalars of one sentence and the folded bytes of one word: filling it
    /// costs no uniqueness or capacity check per element, as appending to an array does.
    private final class ScalarStorage {
        private(set) var base: UnsafeMutablePointer<Unicode.Scalar>
        private var capacity: Int
        private(set) var foldedBase: UnsafeMutablePointer<UInt8>
        private var foldedCapacity: Int
        private(set) var keyBase: UnsafeMutablePointer<UInt64>
        private(set) var keyCapacity: Int
        /// The start and end of each token (run of non-space scalars) of the sentence, in pairs. Tokens
        /// are separated by white space, so `n` scalars have at most `(n + 1) / 2` of them: `n + 2` entries
        /// hold them all. 32-bit, like ``markBase``: a text of more than `Int32.max` bytes is not scanned.
        private(set) var tokenBase: UnsafeMutablePointer<Int32>
        /// Where the sentence's mark characters are (``SentenceKeyScanner/mayBeMark(_:)``).
        private(set) var markBase: UnsafeMutablePointer<Int32>

        init() {
            capacity = 256
            base = .allocate(capacity: capacity)
            tokenBase = .allocate(capacity: capacity + 2)
            markBase = .allocate(capacity: capacity)
            foldedCapacity = 256
            foldedBase = .allocate(capacity: foldedCapacity)
            keyCapacity = 64
            keyBase = .allocate(capacity: keyCapacity)
        }

        /// Doubles the room for keys, keeping the first `count`.
        func growKeys(keeping count: Int) {
            let grown = UnsafeMutablePointer<UInt64>.allocate(capacity: 2 * keyCapacity)
            grown.moveInitialize(from: keyBase, count: count)
            keyBase.deallocate()
            keyBase = grown
            keyCapacity *= 2
        }

        /// Makes room for `count` scalars, their tokens and marks (the old contents are not kept).
        func reserve(_ count: Int) {
            guard count > capacity else { return }
            base.deallocate()
            tokenBase.deallocate()
            markBase.deallocate()
            capacity = max(count, 2 * capacity)
            base = .allocate(capacity: capacity)
            tokenBase = .allocate(capacity: capacity + 2)
            markBase = .allocate(capacity: capacity)
        }

        /// Makes room for `count` folded bytes (the old contents are not kept).
        func reserveFolded(_ count: Int) {
            guard count > foldedCapacity else { return }
            foldedBase.deallocate()
            foldedCapacity = max(count, 2 * foldedCapacity)
            foldedBase = .allocate(capacity: foldedCapacity)
        }

        deinit {
            base.deallocate()
            tokenBase.deallocate()
            markBase.deallocate()
            foldedBase.deallocate()
            keyBase.deallocate()
        }
    }

    /// Creates a scanner for sentences written in `language`.
    init(language: LanguageTag, purpose: Purpose = .alignment) {
        german = language == .german
        turkic = language.code == "tr" || language.code == "az"
        forBlocks = purpose == .blockPairing
        tables = forBlocks ? SentenceKeyTables.empty : SentenceKeyTables.tables(for: language)
    }

    /// The block aligner's key of one anchor string (`#1250`, `@erdoğan`, `example.org`): its
    /// 64-bit FNV-1a hash.
    static func blockKey(_ text: String) -> UInt64 {
        FNV1a.hash(text)
    }

    /// Scans one sentence.
    ///
    /// - Parameters:
    ///   - sentence: The sentence text.
    ///   - withAnchors: Whether to find anchors; without, only the length is measured.
    /// - Returns: The length and ending, or `nil` when the sentence holds a character outside the
    ///   scanner's range (see the type's discussion).
    mutating func scan(_ sentence: String, withAnchors: Bool) -> Result? {
        keyCount = 0
        var length = 0
        var pendingSpace = false
        var hasDigit = false
        // Where the characters ``addMarks(_:)`` looks at are (many sentences have none).
        var markCount = 0
        // The UTF-8 bytes are decoded here, straight into the storage: a sentence has at most as many
        // scalars as bytes. Every scalar the scanner takes has one, two or three bytes.
        var text = sentence
        var tokenCount = 0
        let taken: Int? = text.withUTF8 { bytes -> Int? in
            // Positions are kept in 32 bits (see ``ScalarStorage/tokenBase``); every count below is
            // at most the byte count, so none can overflow.
            guard bytes.count < Int(Int32.max) else { return nil }
            storage.reserve(bytes.count)
            let base = storage.base
            let tokens = storage.tokenBase
            let marks = storage.markBase
            var inToken = false
            var count = 0
            var index = 0
            let end = bytes.count
            while index < end {
                let lead = bytes[index]
                if inToken && (lead | 0x20) &- 0x61 < 26 {
                    // An ASCII letter inside a token, most of the text: none of the cases below but
                    // the scalar and the length (no space is pending inside a token).
                    (base + count).initialize(to: Unicode.Scalar(lead))
                    count &+= 1
                    length &+= 1
                    index &+= 1
                    continue
                }
                let value: UInt32
                if lead < 0x80 {
                    value = UInt32(lead)
                    index &+= 1
                } else if lead < 0xE0 {
                    value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    index &+= 2
                } else if lead < 0xF0 {
                    value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    index &+= 3
                } else {
                    return nil
                }
                guard value < 0x300 || (value >= 0x2002 && value <= 0x206F && value != 0x200C && value != 0x200D)
                        || value == 0x20AC else { return nil }
                let scalar = Unicode.Scalar(value).unsafelyUnwrapped
                (base + count).initialize(to: scalar)
                count &+= 1
                if scalar.isWhiteSpace {
                    pendingSpace = length > 0
                    if inToken {
                        tokens[2 * tokenCount + 1] = Int32(truncatingIfNeeded: count - 1)
                        tokenCount &+= 1
                        inToken = false
                    }
                } else {
                    if !inToken {
                        tokens[2 * tokenCount] = Int32(truncatingIfNeeded: count - 1)
                        inToken = true
                    }
                    if pendingSpace {
                        length &+= 1
                        pendingSpace = false
                    }
                    length &+= 1
                    if value >= 0x30 && value <= 0x39 { hasDigit = true }
                    if Self.mayBeMark(value) {
                        marks[markCount] = Int32(truncatingIfNeeded: count - 1)
                        markCount &+= 1
                    }
                }
            }
            if inToken {
                tokens[2 * tokenCount + 1] = Int32(truncatingIfNeeded: count)
                tokenCount &+= 1
            }
            return count
        }
        guard let taken else { return nil }
        scalars = UnsafeMutableBufferPointer(start: storage.base, count: taken)
        guard withAnchors else { return Result(length: length, ending: .other) }
        let ending = forBlocks ? .other : SentenceAnchors.Ending(endOf: scalars)
        if hasDigit { addNumbers() }
        if markCount > 0 && !forBlocks { addMarks(markCount) }
        // The tokens, as the decoding found them between white space.
        let tokens = storage.tokenBase
        for token in 0..<tokenCount { addToken(Int(tokens[2 * token]), Int(tokens[2 * token + 1])) }
        return Result(length: length, ending: ending)
    }

    /// Adds a key of the sentence being scanned.
    @inline(__always) private mutating func appendKey(_ key: UInt64) {
        if keyCount == storage.keyCapacity { storage.growKeys(keeping: keyCount) }
        (storage.keyBase + keyCount).initialize(to: key)
        keyCount += 1
    }

    // MARK: Tokens

    private mutating func addToken(_ tokenStart: Int, _ tokenEnd: Int) {
        var start = tokenStart, end = tokenEnd
        while start < end && Self.isLeadingPunctuation(scalars[start]) { start += 1 }
        while end > start && Self.isTrailingPunctuation(scalars[end - 1]) { end -= 1 }
        guard start < end else { return }
        // One pass finds what the checks below look for — `@` and `:` (e-mail addresses and
        // URLs), the first apostrophe (the word ends there), the word's letters — and folds the
        // word up to that apostrophe into ``folded``, noting where its fourth character ends and
        // where its last one starts (for the prefix and genitive keys, hashed below only when
        // they are kept); the first eight bytes make the head for the table lookups
        // (``SentenceKeyTables/head(_:)``). A character folds to at most three scalars of at most
        // four bytes each.
        storage.reserveFolded(12 * (end - start))
        let out = storage.foldedBase
        var count = 0
        var head: UInt64 = 0
        @inline(__always) func store(_ byte: UInt8) {
            (out + count).initialize(to: byte)
            if count < 8 { head |= UInt64(byte) << (8 &* UInt64(count)) }
            count &+= 1
        }
        var fourthEnd = 0, lastStart = 0
        var hasAt = false, hasColon = false
        var wordEnd = end
        var letters = 0, hasDiacritic = false
        for index in start..<end {
            let scalar = scalars[index]
            let value = scalar.value
            if (value | 0x20) &- 0x61 < 26 {
                // An ASCII letter (most of a word): none of the cases below.
                guard wordEnd == end else { continue }
                letters &+= 1
            } else {
                switch scalar {
                case "@": hasAt = true
                case ":": hasColon = true
                case "'", "’":
                    if wordEnd == end { wordEnd = index }
                    continue
                default:
                    if wordEnd == end && Self.isLetter(scalar) {
                        letters &+= 1
                        if value > 0x7F { hasDiacritic = true }
                    }
                }
                guard wordEnd == end else { continue }
            }
            lastStart = count
            if value < 0x80 && !(turkic && value == 0x49) {
                // ASCII: A–Z lower-cased, the rest as is (the Turkish I takes the general path).
                store(UInt8(truncatingIfNeeded: value >= 0x41 && value <= 0x5A ? value + 0x20 : value))
            } else if value &- 0x80 < 0x100, case let fold = tables.latinFolds[Int(value &- 0x80)], fold != 0 {
                // Latin-1 and Latin Extended-A: the folded bytes from the table.
                for byteIndex in 0..<Int(fold >> 24 & 0xF) {
                    store(UInt8(truncatingIfNeeded: fold >> (8 * UInt32(byteIndex))))
                }
            } else {
                foldedCharacter.removeAll(keepingCapacity: true)
                CheckText.appendFolded(scalar, turkic: turkic, to: &foldedCharacter)
                for byte in foldedCharacter { store(byte) }
            }
            if index - start == 3 { fourthEnd = count }
        }
        if hasAt && isEmailAddress(start, end) {
            // The block aligner does not compare e-mail addresses.
            if !forBlocks { appendKey(SentenceFeatures.key(string(start, end).lowercased(), .link)) }
            return
        }
        if hasColon || scalars[start] == "w" || scalars[start] == "W", mayBeURL(start, end),
           let url = SentenceAnchors.url(Substring(string(start, end))) {
            appendKey(forBlocks ? Self.blockKey(url) : SentenceFeatures.key(url, .link))
            return
        }
        let wordCount = wordEnd - start
        guard wordCount >= 2, letters > 0 else { return }
        folded = UnsafeMutableBufferPointer(start: out, count: count)
        let capitalised = Self.isUppercase(scalars[start])
        if forBlocks {
            // A name as the block aligner keeps it: `@` and the folded word, ı and i apart.
            guard capitalised || (wordCount >= 4 && hasDiacritic) else { return }
            appendKey(FNV1a.hash(folded, from: FNV1a.adding(UInt8(ascii: "@"), to: FNV1a.offsetBasis)))
            return
        }
        let bucket = SentenceKeyTables.bucket(folded[0], folded[1], count >= 3 ? folded[2] : 0)
        if tables.hasEntries(inBucket: bucket) {
            addNumberWord(head: head, bucket: bucket)
            addConcepts(head: head, bucket: bucket)
        }
        if wordCount >= 4 && letters == wordCount {
            appendKey(SentenceFeatures.key(hash: Self.nameHash(out, 0, fourthEnd), kind: .prefix))
        }
        guard capitalised || (wordCount >= 4 && hasDiacritic) else { return }
        // The hash before the last character: the word without it (a German genitive's `s`).
        let penultimateHash = Self.nameHash(out, 0, lastStart)
        appendKey(SentenceFeatures.key(hash: Self.nameHash(out, lastStart, count, from: penultimateHash), kind: .name))
        if german && capitalised && wordCount >= 4 && folded.last == UInt8(ascii: "s") {
            appendKey(SentenceFeatures.key(hash: penultimateHash, kind: .name))
        }
    }

    /// The ``FNV1a`` hash of the folded bytes `bytes[lower..<upper]` (whole characters), continuing from
    /// `hash`, as names and prefixes are keyed: the dotless ı (C4 B1, never split between characters)
    /// hashed as i, so that names match across the languages (German `Irak`, Turkish `Irak` folded
    /// to `ırak`).
    @inline(__always) private static func nameHash(_ bytes: UnsafeMutablePointer<UInt8>, _ lower: Int, _ upper: Int,
                                                   from hash: UInt64 = FNV1a.offsetBasis) -> UInt64 {
        var result = hash
        var index = lower
        while index < upper {
            let byte = bytes[index]
            if byte == 0xC4 && index + 1 < upper && bytes[index + 1] == 0xB1 {
                result = FNV1a.adding(UInt8(ascii: "i"), to: result)
                index += 2
            } else {
                result = FNV1a.adding(byte, to: result)
                index += 1
            }
        }
        return result
    }

    @inline(__always) private mutating func addNumberWord(head: UInt64, bucket: Int) {
        // Only entries starting with the word's first three bytes can match; their order is kept.
        let count = folded.count
        for entry in tables.numberWords(inBucket: bucket) {
            let length = entry.length
            guard length <= count, head & SentenceKeyTables.headMask(length) == entry.head else { continue }
            if count == length || entry.matchesLongerWords, startsFolded(with: entry.bytes, length) {
                appendKey(entry.key)
                return
            }
        }
    }

    @inline(__always) private mutating func addConcepts(head: UInt64, bucket: Int) {
        let count = folded.count
        for form in tables.lexiconForms(inBucket: bucket) {
            let length = form.length
            guard length <= count, head & SentenceKeyTables.headMask(length) == form.head else { continue }
            if form.isPrefix || count == length, startsFolded(with: form.bytes, length) {
                appendKey(form.key)
            }
        }
    }

    /// Whether the folded word starts with the `length` bytes at `bytes` (`length` is at most the
    /// word's byte count). Both are whole UTF-8 sequences, so a byte prefix ends on a character
    /// boundary here.
    @inline(__always) private func startsFolded(with bytes: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        // The head comparison has checked the first eight bytes.
        var index = 8
        while index < length {
            if folded[index] != bytes[index] { return false }
            index += 1
        }
        return true
    }

    private func isEmailAddress(_ start: Int, _ end: Int) -> Bool {
        var at = start
        while at < end && scalars[at] != "@" { at += 1 }
        guard at < end, at > start else { return false }
        var dot = end - 1
        while dot > at && scalars[dot] != "." { dot -= 1 }
        return dot > at + 1 && dot + 1 < end
    }

    /// Whether the token contains `://` or starts with `www.` in any case: the tokens that
    /// ``SentenceAnchors`` reads as URLs.
    private func mayBeURL(_ start: Int, _ end: Int) -> Bool {
        if end - start >= 4 {
            var www = true
            for index in start..<(start + 3) where scalars[index] != "w" && scalars[index] != "W" { www = false }
            if www && scalars[start + 3] == "." { return true }
        }
        var index = start
        while index + 2 < end {
            if scalars[index] == ":" && scalars[index + 1] == "/" && scalars[index + 2] == "/" { return true }
            index += 1
        }
        return false
    }

    private func string(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    // MARK: Numbers

    /// Adds the keys of the numbers and dates of the sentence: the tokens and values of
    /// ``NumberAnchor/anchors(in:)``, read from the scalars and hashed without a `String`.
    private mutating func addNumbers() {
        let count = scalars.count
        var index = 0
        while index < count {
            guard Self.isDigit(scalars[index]) else {
                index += 1
                continue
            }
            // A token runs over digits and over single dots or commas followed by a digit.
            let start = index
            while index < count {
                if Self.isDigit(scalars[index]) {
                    index += 1
                } else if (scalars[index] == "." || scalars[index] == ",") && index + 1 < count && Self.isDigit(scalars[index + 1]) {
                    index += 1
                } else {
                    break
                }
            }
            addNumber(start, index)
        }
    }

    /// Adds the key of the number token `scalars[start..<end]` (digit groups joined by single dots
    /// or commas, starting and ending with a digit), following ``NumberAnchor/init(_:)`` rule by rule.
    private mutating func addNumber(_ start: Int, _ end: Int) {
        // The digit groups: the lengths of the first three, whether the others have three digits,
        // where the last starts, and the separators between them.
        var groupCount = 0, dots = 0, commas = 0
        var lastSeparator: Unicode.Scalar = " "
        var firstLengths = (0, 0, 0)
        var tailGroupsAreThousands = true, middleGroupsAreThousands = true
        var groupStart = start
        var lastGroupStart = start
        var index = start
        while index <= end {
            if index == end || !Self.isDigit(scalars[index]) {
                let length = index - groupStart
                switch groupCount {
                case 0: firstLengths.0 = length
                case 1: firstLengths.1 = length
                case 2: firstLengths.2 = length
                default: break
                }
                if groupCount > 0 && length != 3 {
                    tailGroupsAreThousands = false
                    if index != end { middleGroupsAreThousands = false }
                }
                groupCount += 1
                lastGroupStart = groupStart
                if index < end {
                    if scalars[index] == "." { dots += 1 } else { commas += 1 }
                    lastSeparator = scalars[index]
                }
                groupStart = index + 1
            }
            index += 1
        }
        let separators = groupCount - 1
        storage.reserveFolded(end - start + 16)
        let value = storage.foldedBase
        var length = 0
        func append(_ byte: UInt8) {
            (value + length).initialize(to: byte)
            length += 1
        }
        func appendDigits(_ from: Int, _ to: Int) {
            for position in from..<to where Self.isDigit(scalars[position]) { append(UInt8(truncatingIfNeeded: scalars[position].value)) }
        }
        func number(_ from: Int, _ to: Int) -> Int {
            var result = 0
            for position in from..<to { result = result * 10 + Int(scalars[position].value - 0x30) }
            return result
        }
        if dots == 2, commas == 0, firstLengths.0 <= 2, firstLengths.1 <= 2, firstLengths.2 == 2 || firstLengths.2 == 4 {
            let day = number(start, start + firstLengths.0)
            let monthStart = start + firstLengths.0 + 1
            let month = number(monthStart, monthStart + firstLengths.1)
            if (1...31).contains(day), (1...12).contains(month) {
                // date:YEAR-MM-DD, the year as written.
                for byte in "date:".utf8 { append(byte) }
                appendDigits(monthStart + firstLengths.1 + 1, end)
                append(UInt8(ascii: "-"))
                if month < 10 { append(UInt8(ascii: "0")) }
                for byte in String(month).utf8 { append(byte) }
                append(UInt8(ascii: "-"))
                if day < 10 { append(UInt8(ascii: "0")) }
                for byte in String(day).utf8 { append(byte) }
                appendKey(forBlocks ? Self.blockKey(prefix: UInt8(ascii: "#"), value, length) : Self.key(value, length, .date))
                return
            }
        }
        // The integer part is the digits of [start, integerEnd); the fraction those of
        // [fractionStart, end), if any.
        let integerEnd: Int, fractionStart: Int?
        let firstGroupEnd = start + firstLengths.0
        if dots > 0 && commas == 1 && lastSeparator == "," {
            // 1.250,5: dots group thousands.
            guard middleGroupsAreThousands else { return }
            integerEnd = lastGroupStart - 1
            fractionStart = lastGroupStart
        } else if dots == 0 && commas == 1 {
            integerEnd = firstGroupEnd
            fractionStart = firstGroupEnd + 1
        } else if dots == 0 && commas > 1 {
            guard tailGroupsAreThousands else { return }
            integerEnd = end
            fractionStart = nil
        } else if commas == 0 && dots >= 1 && tailGroupsAreThousands {
            integerEnd = end
            fractionStart = nil
        } else if commas == 0 && dots == 1 {
            integerEnd = firstGroupEnd
            fractionStart = firstGroupEnd + 1
        } else if separators == 0 {
            integerEnd = end
            fractionStart = nil
        } else {
            return
        }
        // Leading zeros of the integer part go (one digit stays), trailing zeros of the fraction.
        var integerStart = start
        var digitsLeft = 0
        for position in start..<integerEnd where Self.isDigit(scalars[position]) { digitsLeft += 1 }
        while digitsLeft > 1 && (scalars[integerStart] == "0" || !Self.isDigit(scalars[integerStart])) {
            if Self.isDigit(scalars[integerStart]) { digitsLeft -= 1 }
            integerStart += 1
        }
        appendDigits(integerStart, integerEnd)
        if let fractionStart {
            var fractionEnd = end
            while fractionEnd > fractionStart && scalars[fractionEnd - 1] == "0" { fractionEnd -= 1 }
            if fractionEnd > fractionStart {
                append(UInt8(ascii: "."))
                appendDigits(fractionStart, fractionEnd)
            }
        }
        appendKey(forBlocks ? Self.blockKey(prefix: UInt8(ascii: "#"), value, length) : Self.key(value, length, .number))
    }

    @inline(__always) private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value &- 0x30 < 10
    }

    /// ``SentenceFeatures/key(_:_:)`` of the bytes at `bytes`.
    private static func key(_ bytes: UnsafeMutablePointer<UInt8>, _ count: Int, _ kind: SentenceFeatures.KeyKind) -> UInt64 {
        SentenceFeatures.key(hash: FNV1a.hash(UnsafeBufferPointer(start: bytes, count: count)), kind: kind)
    }

    /// ``blockKey(_:)`` of `prefix` followed by the bytes at `bytes`.
    private static func blockKey(prefix: UInt8, _ bytes: UnsafeMutablePointer<UInt8>, _ count: Int) -> UInt64 {
        FNV1a.hash(UnsafeBufferPointer(start: bytes, count: count), from: FNV1a.adding(prefix, to: FNV1a.offsetBasis))
    }

    // MARK: Marks and ending

    /// Adds the keys of the marks of the sentence, whose `markCount` mark characters the decoding
    /// noted (``ScalarStorage/markBase``).
    private mutating func addMarks(_ markCount: Int) {
        var found: UInt8 = 0
        let count = scalars.count
        let marks = storage.markBase
        for mark in 0..<markCount {
            let index = Int(marks[mark])
            let scalar = scalars[index]
            switch scalar {
            case "„", "“", "”", "\"", "«", "»": found |= 1 << 0
            case "(", ")", "[", "]": found |= 1 << 1
            case ":":
                let previous: Unicode.Scalar = index > 0 ? scalars[index - 1] : " "
                let next: Unicode.Scalar = index + 1 < count ? scalars[index + 1] : " "
                if !Self.isNumber(previous) && next != "/" && !Self.isNumber(next) { found |= 1 << 2 }
            case "–", "—", "-":
                let previous: Unicode.Scalar = index > 0 ? scalars[index - 1] : " "
                let next: Unicode.Scalar = index + 1 < count ? scalars[index + 1] : "x"
                if previous == " " && next == " " { found |= 1 << 3 }
            case "?": found |= 1 << 4
            case "!": found |= 1 << 5
            default: break
            }
        }
        guard found != 0 else { return }
        for (bit, key) in Self.markKeys.enumerated() where found & (1 << UInt8(bit)) != 0 { appendKey(key) }
    }

    /// Whether the scalar `value` is one ``addMarks(_:)`` reacts to: in ASCII `! " ( ) - : ?` (bits
    /// 33, 34, 40, 41, 45, 58, 63 of the first mask) and `[ ]` (bits 27 and 29 of the second, for 91
    /// and 93), else the quotation marks « » “ ” „ and the dashes – —.
    @inline(__always) private static func mayBeMark(_ value: UInt32) -> Bool {
        if value < 64 { return (0x8400_2306_0000_0000 as UInt64) >> UInt64(value) & 1 != 0 }
        if value < 128 { return (0x0000_0000_2800_0000 as UInt64) >> UInt64(value - 64) & 1 != 0 }
        switch value {
        case 0xAB, 0xBB, 0x201C, 0x201D, 0x201E, 0x2013, 0x2014: return true
        default: return false
        }
    }

    /// The keys of the marks in the bit order of ``addMarks(_:)``.
    private static let markKeys: [UInt64] = [
        SentenceAnchors.Mark.quotation, .bracket, .colon, .dash, .question, .exclamation,
    ].map { SentenceFeatures.key($0.rawValue, .mark) }

    // MARK: Character classes (the `Character` properties, for characters of one scalar)

    private static let letterBit: UInt8 = 2, numberBit: UInt8 = 4, uppercaseBit: UInt8 = 8

    /// The classes of the scalars below U+2070 (which holds every scalar the scanner takes except
    /// `€`), taken once from the standard library's properties. Only the ranges the scanner takes
    /// (below U+0300, and the general punctuation from U+2000) are filled: the others are never
    /// asked for, and `Character.isUppercase` for each of the 8,000 would be a good part of a short
    /// run's time.
    private static let classes: [UInt8] = (0..<0x2070).map { value in
        guard value < 0x300 || value >= 0x2000, let scalar = Unicode.Scalar(UInt32(value)) else { return 0 }
        return classes(of: scalar)
    }

    private static func classes(of scalar: Unicode.Scalar) -> UInt8 {
        var result: UInt8 = 0
        if scalar.properties.isAlphabetic { result |= letterBit }
        if scalar.properties.numericType != nil { result |= numberBit }
        if Character(scalar).isUppercase { result |= uppercaseBit }
        return result
    }

    @inline(__always) private static func has(_ scalar: Unicode.Scalar, _ bit: UInt8) -> Bool {
        let value = scalar.value
        if value < 0x2070 { return classes[Int(value)] & bit != 0 }
        return classes(of: scalar) & bit != 0
    }

    @inline(__always) private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) }
        return has(scalar, letterBit)
    }

    @inline(__always) private static func isNumber(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        return has(scalar, numberBit)
    }

    @inline(__always) private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return has(scalar, uppercaseBit)
    }

    private static func isLeadingPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        // Letters and digits, which most tokens start with, are ruled out by one range test.
        if (scalar.value | 0x20) &- 0x61 < 26 || scalar.value &- 0x30 < 10 { return false }
        switch scalar {
        case "„", "“", "\"", "‚", "‘", "'", "«", "»", "(", "[", "{", "<", "-", "–", "—": return true
        default: return false
        }
    }

    private static func isTrailingPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        // Letters and digits are ruled out by one range test.
        if (scalar.value | 0x20) &- 0x61 < 26 || scalar.value &- 0x30 < 10 { return false }
        switch scalar {
        case ".", ",", ";", ":", "!", "?", "…", "“", "”", "\"", "‘", "’", "'", "»", "«", ")", "]", "}", ">", "-", "–", "—":
            return true
        default: return false
        }
    }
}
