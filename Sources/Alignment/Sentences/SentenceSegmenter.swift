public import PublicationCore
import Foundation

/// Splits the text of a paragraph into sentences with the ordered rules of its language.
///
/// The segmenter looks at every place where a non-space character is followed by white space and
/// the character is one that can end a sentence (a terminator `. ! ? …` or a closing quote or
/// bracket). The first rule of ``SegmentationRules`` that matches there decides (see
/// ``SegmentationRule``). Sentences are returned trimmed, with their inner white space unchanged.
///
/// ```swift
/// let segmenter = SentenceSegmenter(language: .german)
/// segmenter.sentences(in: "Er kam am 17. Dezember, d. h. spät. Sie blieb.")
/// // ["Er kam am 17. Dezember, d. h. spät.", "Sie blieb."]
/// ```
public struct SentenceSegmenter: Sendable {
    /// The rules this segmenter applies.
    public let rules: SegmentationRules
    private let compiled: [CompiledRule]

    /// Creates a segmenter with the rules of `language` (``SegmentationRules/rules(for:)``).
    ///
    /// - Parameter language: The language of the text to segment.
    public init(language: LanguageTag) {
        self.init(rules: .rules(for: language))
    }

    /// Creates a segmenter with the given rules.
    ///
    /// - Parameter rules: The rules; a pattern that is not a valid ICU regular expression is a
    ///   programming error and stops the program.
    public init(rules: SegmentationRules) {
        self.rules = rules
        self.compiled = rules.rules.map { rule in
            do {
                return try CompiledRule(rule)
            } catch {
                preconditionFailure("invalid pattern in segmentation rule \(rule.name): \(error)")
            }
        }
    }

    /// Splits `text` into sentences.
    ///
    /// - Parameter text: The text of one paragraph.
    /// - Returns: The sentences in order, trimmed; empty when the text is only white space.
    public func sentences(in text: String) -> [String] {
        boundaries(in: text).map { range in
            String(text[range])
        }
    }

    /// The ranges of the sentences in `text`, trimmed of surrounding white space.
    ///
    /// - Parameter text: The text of one paragraph.
    /// - Returns: One range per sentence, in order.
    public func boundaries(in text: String) -> [Range<String.Index>] {
        let utf16 = Array(text.utf16)
        let string = text as NSString
        var cuts: [Int] = []
        var index = 1
        while index < utf16.count {
            if Self.isSpace(utf16[index]) && !Self.isSpace(utf16[index - 1])
                && Self.mayEndSentence(utf16[index - 1]) && decidesBreak(string, at: index, length: utf16.count) {
                cuts.append(index)
            }
            index += 1
        }
        var result: [Range<String.Index>] = []
        var start = 0
        for cut in cuts + [utf16.count] {
            var lower = start, upper = cut
            while lower < upper && Self.isSpace(utf16[lower]) { lower += 1 }
            while upper > lower && Self.isSpace(utf16[upper - 1]) { upper -= 1 }
            if lower < upper {
                let from = String.Index(utf16Offset: lower, in: text)
                let to = String.Index(utf16Offset: upper, in: text)
                result.append(from..<to)
            }
            start = cut
        }
        return result
    }

    /// The name of the rule that decides at the white space following `prefix` in `prefix + suffix`,
    /// or `nil` when no rule matches: for tests and for explaining a segmentation.
    ///
    /// - Parameters:
    ///   - prefix: The text before the place, ending with a non-space character.
    ///   - suffix: The text after the place, starting with white space.
    /// - Returns: The deciding rule, or `nil`.
    public func decidingRule(between prefix: String, and suffix: String) -> SegmentationRule? {
        let text = (prefix + suffix) as NSString
        let position = (prefix as NSString).length
        guard let index = decidingIndex(text, at: position, length: text.length) else { return nil }
        return rules.rules[index]
    }

    private func decidesBreak(_ text: NSString, at position: Int, length: Int) -> Bool {
        guard let index = decidingIndex(text, at: position, length: length) else { return false }
        return rules.rules[index].action == .breakHere
    }

    private func decidingIndex(_ text: NSString, at position: Int, length: Int) -> Int? {
        let beforeStart = max(0, position - 48)
        let beforeRange = NSRange(location: beforeStart, length: position - beforeStart)
        let afterRange = NSRange(location: position, length: min(length, position + 48) - position)
        let before = text.substring(with: beforeRange)
        let after = text.substring(with: afterRange)
        let beforeLength = (before as NSString).length
        let afterLength = (after as NSString).length
        for (index, rule) in compiled.enumerated() {
            guard rule.before.firstMatch(in: before, options: [], range: NSRange(location: 0, length: beforeLength)) != nil,
                  rule.after.firstMatch(in: after, options: [.anchored], range: NSRange(location: 0, length: afterLength)) != nil
            else { continue }
            return index
        }
        return nil
    }

    private static func isSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0xA0 || unit == 0x202F
            || (unit >= 0x2000 && unit <= 0x200A) || unit == 0x3000
    }

    /// Characters after which a sentence can end: terminators, closing quotes and brackets.
    private static func mayEndSentence(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x2E, 0x21, 0x3F, 0x2026,              // . ! ? …
             0x201C, 0x201D, 0x22, 0x2018, 0x2019, 0x27, 0xBB, 0xAB, 0x29, 0x5D: // quotes, ) ]
            return true
        default:
            return false
        }
    }
}

/// A rule with its patterns compiled once.
private struct CompiledRule: @unchecked Sendable {
    // NSRegularExpression is immutable after creation and documented as safe to share between threads.
    let before: NSRegularExpression
    let after: NSRegularExpression

    init(_ rule: SegmentationRule) throws {
        let beforePattern = rule.before.hasSuffix("$") ? rule.before : "(?:" + rule.before + ")$"
        before = try NSRegularExpression(pattern: beforePattern, options: [])
        after = try NSRegularExpression(pattern: rule.after, options: [])
    }
}
