import Foundation
public import PublicationCore

/// The ordered sentence-boundary rules of one language (see ``SegmentationRule``).
///
/// The German and Turkish rule lists live in `SegmentationRules+German.swift` and
/// `SegmentationRules+Turkish.swift`; `docs/sentence-rules.md` is generated from them by
/// ``markdownDocumentation(for:)``.
public struct SegmentationRules: Hashable, Sendable {
    /// The language the rules are written for.
    public var language: LanguageTag
    /// The rules, tried in order; the first match decides.
    public var rules: [SegmentationRule]

    /// Creates a rule list.
    ///
    /// - Parameters:
    ///   - language: The language of the text the rules segment.
    ///   - rules: The rules, most specific first.
    public init(language: LanguageTag, rules: [SegmentationRule]) {
        self.language = language
        self.rules = rules
    }

    /// The rules for `language`: German, Turkish, or (for other languages) the shared rules only.
    ///
    /// - Parameter language: The language of the text.
    /// - Returns: The rule list to use.
    public static func rules(for language: LanguageTag) -> SegmentationRules {
        switch language.code {
        case "de": return .german
        case "tr": return .turkish
        default: return SegmentationRules(language: language, rules: SharedRules.leading + SharedRules.trailing)
        }
    }
}
