import Pairing
public import PublicationCore

/// Finds placeholders of the source that the translation drops, repeats too rarely or too often, or
/// adds: `{{ limit }}`, `%count%`, `%d`, `%1$s`, `%@`, `{0}`, `{name}`, ICU `{n, plural, …}`, `$name`,
/// `:name`.
///
/// Placeholders are found by ``PlaceholderScanner`` in the syntaxes configured under
/// `check.placeholders` in `kopru.yaml` (all by default) and compared as multisets: the translation
/// must have each placeholder as often as the source. Where source or translation hold plural forms
/// separated by `|` (Symfony's `one|many`), each placeholder need only occur, because the languages
/// need different numbers of forms. Inline codes (`<x/>`, `<ph/>`) are not text and are compared by
/// the inline-code checks, so a placeholder kept as a code is never counted here. A keyed unit (its
/// source a message key such as `title_edit`) has no placeholders to compare and is skipped.
///
/// ```text
/// source: "Mindestens {{ limit }} Zeichen."   target: "En az {{ limit }} karakter."   → nothing
/// source: "%d Artikel gelöscht"               target: "Makaleler silindi"             → qa.placeholder-mismatch
/// source: "{count, plural, one {# Tag} other {# Tage}}"   target: "{count, plural, other {# gün}}"   → nothing
/// ```
public struct PlaceholderMismatchCheck: QualityCheck {
    public static let code: DiagnosticCode = "qa.placeholder-mismatch"
    public static let defaultSeverity: Diagnostic.Severity = .error
    public static let summary = "A placeholder of the source is missing from the translation, or the translation has one the source does not."

    /// The scanner with the configured syntaxes.
    public var scanner: PlaceholderScanner

    /// Creates the check.
    ///
    /// - Parameter syntaxes: the placeholder syntaxes to recognise; by default all of them.
    public init(syntaxes: Set<PlaceholderSyntax> = Set(PlaceholderSyntax.allCases)) {
        scanner = PlaceholderScanner(syntaxes: syntaxes)
    }

    public func check(_ pair: SegmentPair, in context: CheckContext) -> [Diagnostic] {
        guard let targetText = pair.targetText else { return [] }
        let sourceText = pair.sourceText
        guard Self.mayHavePlaceholders(sourceText) || Self.mayHavePlaceholders(targetText) else { return [] }
        var source = scanner.placeholders(in: sourceText)
        var target = scanner.placeholders(in: targetText)
        if sourceText.containsText("|") || targetText.containsText("|") {
            source = Self.unique(source)
            target = Self.unique(target)
        }
        var balance: [String: Int] = [:]
        for placeholder in source { balance[placeholder, default: 0] += 1 }
        for placeholder in target { balance[placeholder, default: 0] -= 1 }
        let missing = Self.unique(source.filter { balance[$0, default: 0] > 0 })
        let extra = Self.unique(target.filter { balance[$0, default: 0] < 0 })
        guard !missing.isEmpty || !extra.isEmpty else { return [] }
        var message = "\(pair.translationName.capitalisedFirst) of \(CheckText.quoted(sourceText))"
        if !missing.isEmpty {
            message += " lacks " + Self.describe(missing, balance: balance, sign: 1)
            if !extra.isEmpty { message += " and" }
        }
        if !extra.isEmpty { message += " has " + Self.describe(extra, balance: balance, sign: -1) + " that the original does not have" }
        return [
            finding(
                message + ".",
                remedy: "Copy each placeholder of the original into the translation unchanged, as often as the "
                    + "original has it; the program fills it in, so it must not be translated.",
                at: pair)
        ]
    }

    /// Whether a text has a character that starts a placeholder at all; most texts have none.
    static func mayHavePlaceholders(_ text: String) -> Bool {
        text.utf8.contains { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "$") || $0 == UInt8(ascii: ":") }
    }

    private static func unique(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0).inserted }
    }

    private static func describe(_ placeholders: [String], balance: [String: Int], sign: Int) -> String {
        let parts = placeholders.map { placeholder in
            let count = balance[placeholder, default: 0] * sign
            return count > 1 ? "“\(placeholder)” (\(count) times)" : "“\(placeholder)”"
        }
        return (parts.count == 1 ? "the placeholder " : "the placeholders ") + parts.joined(separator: ", ")
    }
}
