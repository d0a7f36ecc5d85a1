import Foundation
import Synchronization
public import PublicationCore

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
    /// The German and Turkish rules are compiled once per process and shared by every segmenter.
    ///
    /// - Parameter language: The language of the text to segment.
    public init(language: LanguageTag) {
        switch language.code {
        case "de": self = Self.german
        case "tr": self = Self.turkish
        default: self.init(compiling: .rules(for: language))
        }
    }

    /// Creates a segmenter with the given rules.
    ///
    /// - Parameter rules: The rules; a pattern that is not a valid ICU regular expression is a
    ///   programming error and stops the program.
    public init(rules: SegmentationRules) {
        if rules == .german {
            self = Self.german
        } else if rules == .turkish {
            self = Self.turkish
        } else {
            self.init(compiling: rules)
        }
    }

    /// Creates a segmenter; `lazily` compiles each rule's expressions when a text first reaches
    /// them (for the built-in rules, whose patterns the tests compile), otherwise all at once.
    private init(compiling rules: SegmentationRules, lazily: Bool = false) {
        self.rules = rules
        self.compiled = rules.rules.map { CompiledRule($0) }
        if !lazily {
            for rule in compiled { _ = rule.expressions() }
        }
    }

    /// The German segmenter, made on first use; a rule's expressions are compiled when first needed.
    private static let german = SentenceSegmenter(compiling: .german, lazily: true)
    /// The Turkish segmenter, made on first use; a rule's expressions are compiled when first needed.
    private static let turkish = SentenceSegmenter(compiling: .turkish, lazily: true)

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
        var string: NSString?
        var cuts: [Int] = []
        var index = 1
        while index < utf16.count {
            if Self.isSpace(utf16[index]) && !Self.isSpace(utf16[index - 1])
                && Self.mayEndSentence(utf16[index - 1]) {
                if string == nil { string = text as NSString }
                if decidesBreak(string!, utf16, at: index) { cuts.append(index) }
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
        let joined = prefix + suffix
        let position = prefix.utf16.count
        guard let index = decidingIndex(joined as NSString, Array(joined.utf16), at: position) else { return nil }
        return rules.rules[index]
    }

    private func decidesBreak(_ text: NSString, _ utf16: [UInt16], at position: Int) -> Bool {
        guard let index = decidingIndex(text, utf16, at: position) else { return false }
        return rules.rules[index].action == .breakHere
    }

    /// The index of the first rule that matches at `position`. A rule whose `before` pattern ends
    /// in literal text is skipped without running its expressions when the text does not end so.
    private func decidingIndex(_ text: NSString, _ utf16: [UInt16], at position: Int) -> Int? {
        let length = utf16.count
        let beforeStart = max(0, position - 48)
        let beforeRange = NSRange(location: beforeStart, length: position - beforeStart)
        let afterRange = NSRange(location: position, length: min(length, position + 48) - position)
        let before = text.substring(with: beforeRange)
        let after = text.substring(with: afterRange)
        let beforeLength = (before as NSString).length
        let afterLength = (after as NSString).length
        for (index, rule) in compiled.enumerated() where rule.endsBefore(position, in: utf16) {
            let expressions = rule.expressions()
            guard expressions.before.firstMatch(in: before, options: [], range: NSRange(location: 0, length: beforeLength)) != nil,
                  expressions.after.firstMatch(in: after, options: [.anchored], range: NSRange(location: 0, length: afterLength)) != nil
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

/// A rule with its patterns compiled once (on first use), and the literal text its `before`
/// pattern must end with.
private final class CompiledRule: @unchecked Sendable {
    // NSRegularExpression is immutable after creation and documented as safe to share between
    // threads; the lock guards only their creation.
    private let name: String
    private let beforePattern: String
    private let afterPattern: String
    private let lock = NSLock()
    private var compiled: (before: NSRegularExpression, after: NSRegularExpression)?
    /// UTF-16 units every match of `before` ends with (empty when the pattern ends otherwise).
    let requiredEnding: [UInt16]

    init(_ rule: SegmentationRule) {
        name = rule.name
        beforePattern = rule.before.hasSuffix("$") ? rule.before : "(?:" + rule.before + ")$"
        afterPattern = rule.after
        requiredEnding = Self.literalEnding(of: rule.before)
    }

    /// The compiled `before` and `after` expressions; an invalid pattern is a programming error
    /// and stops the program.
    func expressions() -> (before: NSRegularExpression, after: NSRegularExpression) {
        lock.lock()
        defer { lock.unlock() }
        if let compiled { return compiled }
        do {
            let result = (before: try Self.expression(beforePattern), after: try Self.expression(afterPattern))
            compiled = result
            return result
        } catch {
            preconditionFailure("invalid pattern in segmentation rule \(name): \(error)")
        }
    }

    /// Expressions by pattern, shared by the rules of a process: many rules have the same `after`
    /// pattern (`\s+\S`, `\s+\p{Lu}`, …): with this table ICU compiles each distinct pattern once per process
    /// (each rule still keeps its pair of expressions after its first use).
    private static let sharedExpressions = Mutex<[String: NSRegularExpression]>([:])

    private static func expression(_ pattern: String) throws -> NSRegularExpression {
        if let known = sharedExpressions.withLock({ $0[pattern] }) { return known }
        let compiled = try NSRegularExpression(pattern: pattern, options: [])
        return sharedExpressions.withLock { expressions in
            if let known = expressions[pattern] { return known }
            expressions[pattern] = compiled
            return compiled
        }
    }

    /// Whether the text before `position` ends with ``requiredEnding``.
    func endsBefore(_ position: Int, in utf16: [UInt16]) -> Bool {
        let count = requiredEnding.count
        guard count > 0 else { return true }
        guard position >= count else { return false }
        var offset = 0
        while offset < count {
            if utf16[position - count + offset] != requiredEnding[offset] { return false }
            offset += 1
        }
        return true
    }

    /// The literal characters at the end of an ICU pattern (before a final `$`), such as `B.` for
    /// `(?<![\p{L}\p{N}])z\.\s?B\.$`: a suffix every match has. Empty when the pattern ends in a
    /// class, group, quantifier or escape sequence, or has an alternative or a flag at its top level.
    static func literalEnding(of pattern: String) -> [UInt16] {
        let scalars = Array(pattern.unicodeScalars)
        let metacharacters = Set("\\^$.|?*+()[]{}".unicodeScalars)
        // An alternative or inline flag at the top level makes any suffix optional.
        var depth = 0, inClass = false, index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\" {
                index += 2
                continue
            }
            if inClass {
                if scalar == "]" { inClass = false }
            } else if scalar == "[" {
                inClass = true
            } else if scalar == "(" {
                if index + 2 < scalars.count, scalars[index + 1] == "?",
                   scalars[index + 2].properties.isAlphabetic || scalars[index + 2] == "-" {
                    return []
                }
                depth += 1
            } else if scalar == ")" {
                depth -= 1
            } else if scalar == "|" && depth == 0 {
                return []
            }
            index += 1
        }
        var end = scalars.count
        if end > 0, scalars[end - 1] == "$", Self.isUnescaped(scalars, at: end - 1) { end -= 1 }
        var literal: [Unicode.Scalar] = []
        var position = end - 1
        while position >= 0 {
            let scalar = scalars[position]
            if !Self.isUnescaped(scalars, at: position) {
                // An escaped punctuation character is itself; `\d`, `\s` and the like are classes,
                // and escapes with arguments (`\u0041`, `\x{41}`, `\Q…\E`) end no literal suffix.
                guard scalar.isASCII, !scalar.properties.isAlphabetic, !("0"..."9").contains(scalar) else {
                    if !"dDsSwWbBhHvVRX".unicodeScalars.contains(scalar) { return [] }
                    break
                }
                literal.append(scalar)
                position -= 2
                continue
            }
            if scalar == "\\" || metacharacters.contains(scalar) { break }
            literal.append(scalar)
            position -= 1
        }
        var result: [UInt16] = []
        for scalar in literal.reversed() { result.append(contentsOf: String(scalar).utf16) }
        return result
    }

    /// Whether the character at `index` is not preceded by an odd number of backslashes.
    private static func isUnescaped(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var backslashes = 0, position = index - 1
        while position >= 0 && scalars[position] == "\\" {
            backslashes += 1
            position -= 1
        }
        return backslashes % 2 == 0
    }
}
