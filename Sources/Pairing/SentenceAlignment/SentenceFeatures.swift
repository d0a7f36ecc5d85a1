import Foundation
import PublicationCore

/// What the aligner needs of each sentence of one side, in flat arrays: length, anchor keys and
/// end punctuation.
///
/// ``SentenceKeyScanner`` computes them in one pass over each sentence; sentences it does not
/// take (characters outside Latin and general punctuation, or not in NFC) go through
/// ``SentenceAnchors``, which gives the same keys.
///
/// Anchor keys are 64-bit hashes (FNV-1a) of the normalised anchor text with the anchor kind in
/// the top three bits, sorted and without duplicates per sentence, so the anchors two groups of
/// sentences share can be counted by merging sorted ranges.
struct SentenceFeatures: Sendable {
    /// Anchor kinds, stored in the top three bits of a key. The strong kinds, whose anchor found on
    /// one side only counts against a link, come first (numbers, dates and links: every kind up to
    /// ``link``), so that sorted keys hold them in one run and a kind is tested by its number.
    enum KeyKind: UInt64 {
        case number = 0, date = 1, link = 2, name = 3, prefix = 4, mark = 5, concept = 6

        /// The raw kind of `key`: its top three bits.
        @inline(__always) static func rawKind(of key: UInt64) -> Int {
            Int(truncatingIfNeeded: key >> 61)
        }

        /// Whether the kind `rawKind` is strong: a number, a date or a link, whose anchor found on
        /// one side only counts against a link.
        @inline(__always) static func isStrong(_ rawKind: Int) -> Bool {
            rawKind <= Int(link.rawValue)
        }

        /// Whether the kind `rawKind` is a mark (quotation, bracket, colon, dash, question or
        /// exclamation), whose anchor found on one side only counts against a link by its own weight
        /// (`markUnmatched`).
        @inline(__always) static func isMark(_ rawKind: Int) -> Bool {
            rawKind == Int(mark.rawValue)
        }
    }

    var lengths: [Double] = []
    var keyStart: [Int] = [0]
    var keys: [UInt64] = []
    var strongCounts: [Int] = []
    var endings: [SentenceAnchors.Ending] = []

    var count: Int { lengths.count }

    init(_ sentences: [String], language: LanguageTag, withAnchors: Bool) {
        lengths.reserveCapacity(sentences.count)
        strongCounts.reserveCapacity(sentences.count)
        endings.reserveCapacity(sentences.count)
        keyStart.reserveCapacity(sentences.count + 1)
        // About two dozen distinct keys per sentence of prose.
        if withAnchors { keys.reserveCapacity(24 * sentences.count) }
        var scanner = SentenceKeyScanner(language: language)
        var sentenceKeys: [UInt64] = []
        for sentence in sentences {
            let ending: SentenceAnchors.Ending
            if let scanned = scanner.scan(sentence, withAnchors: withAnchors) {
                lengths.append(Double(scanned.length))
                ending = scanned.ending
                if withAnchors {
                    // appendKeys sorts the keys in the scanner's buffer and copies out the distinct ones.
                    appendKeys(scanner.keyBuffer, ending: ending)
                    continue
                }
            } else {
                lengths.append(Double(TextNormalization.alignmentLength(of: sentence)))
                if withAnchors {
                    sentenceKeys.removeAll(keepingCapacity: true)
                    ending = Self.referenceKeys(of: sentence, language: language, into: &sentenceKeys)
                    sentenceKeys.withUnsafeMutableBufferPointer { appendKeys($0, ending: ending) }
                    continue
                }
                ending = .other
            }
            keyStart.append(keys.count)
            strongCounts.append(0)
            endings.append(.other)
        }
    }

    /// Appends one sentence's keys, sorted and without duplicates (in place, by ``SortedKeys``),
    /// with its strong count and ending.
    private mutating func appendKeys(_ unsorted: UnsafeMutableBufferPointer<UInt64>, ending: SentenceAnchors.Ending) {
        let kept = SortedKeys.sortUnique(unsorted)
        let sorted = UnsafeBufferPointer(rebasing: unsorted[..<kept])
        var strong = 0
        for key in sorted where KeyKind.isStrong(KeyKind.rawKind(of: key)) { strong += 1 }
        keys.append(contentsOf: sorted)
        keyStart.append(keys.count)
        strongCounts.append(strong)
        endings.append(ending)
    }

    /// The anchor keys of `sentence` found through ``SentenceAnchors`` (unsorted, possibly
    /// repeated), for sentences ``SentenceKeyScanner`` does not take; returns the ending.
    static func referenceKeys(of sentence: String, language: LanguageTag,
                              into sentenceKeys: inout [UInt64]) -> SentenceAnchors.Ending {
        let anchors = SentenceAnchors(sentence, language: language)
        for number in anchors.numbers {
            sentenceKeys.append(Self.key(number.value, number.kind == .date ? .date : .number))
        }
        for value in anchors.numberWords {
            if value.hasPrefix("month:") || value.hasPrefix("weekday:") {
                sentenceKeys.append(Self.key(value, .date))
            } else {
                sentenceKeys.append(Self.key(value, .number))
            }
        }
        for url in anchors.urls { sentenceKeys.append(Self.key(url, .link)) }
        for address in anchors.emailAddresses { sentenceKeys.append(Self.key(address, .link)) }
        for name in anchors.names {
            // Dotless ı and dotted i are one letter for matching names across the languages
            // (German `Irak`, Turkish `Irak` folded to `ırak`).
            sentenceKeys.append(Self.key(name.replacingOccurrences(of: "ı", with: "i"), .name))
        }
        for prefix in anchors.wordPrefixes {
            sentenceKeys.append(Self.key(prefix.replacingOccurrences(of: "ı", with: "i"), .prefix))
        }
        for concept in anchors.concepts { sentenceKeys.append(Self.key(concept, .concept)) }
        for mark in anchors.marks { sentenceKeys.append(Self.key(mark.rawValue, .mark)) }
        return anchors.ending
    }

    /// The key of `text` as an anchor of kind `kind`: its ``FNV1a`` hash with the kind in the top bits.
    static func key(_ text: String, _ kind: KeyKind) -> UInt64 {
        key(hash: FNV1a.hash(text), kind: kind)
    }

    /// The key of kind `kind` from the ``FNV1a`` hash of an anchor's text: the hash's low 61 bits
    /// and the kind in the top three.
    @inline(__always) static func key(hash: UInt64, kind: KeyKind) -> UInt64 {
        (hash & 0x1FFF_FFFF_FFFF_FFFF) | (kind.rawValue << 61)
    }
}
