import Foundation
import PublicationCore

extension SegmentationRules {
    /// The Markdown reference of the rules of the given languages, as in `docs/sentence-rules.md`.
    ///
    /// A test compares the file with this output, so the documentation lists every rule.
    ///
    /// - Parameter languages: The rule lists to document, in order.
    /// - Returns: The Markdown text, ending with a line feed.
    public static func markdownDocumentation(for languages: [SegmentationRules] = [.german, .turkish]) -> String {
        var lines: [String] = [
            "# Sentence segmentation rules",
            "",
            "<!-- Generated from Sources/Pairing/Sentences/SegmentationRules+*.swift by",
            "     SegmentationRules.markdownDocumentation(); SentenceRulesDocumentationTests checks it is current",
            "     (run it with RECORD_GOLDEN=1 to rewrite this file). -->",
            "",
            "`SentenceSegmenter` splits a paragraph at white space that follows a terminator (`.`, `!`, `?`, `…`)",
            "or a closing quote or bracket. At each such place the rules of the language are tried in order; the",
            "first rule whose *before* pattern matches the text ending there and whose *after* pattern matches the",
            "text starting there decides (as in SRX). When no rule matches, there is no break. Because breaks only",
            "happen at white space, URLs, e-mail addresses, decimal numbers (`1.250,5`) and dates (`17.12.2020`)",
            "are never split. Patterns are ICU regular expressions; `|` in an example marks the place decided.",
            "",
        ]
        for rules in languages {
            let title: String
            switch rules.language.code {
            case "de": title = "German"
            case "tr": title = "Turkish"
            default: title = rules.language.code
            }
            lines.append("## \(title) (`\(rules.language.code)`, \(rules.rules.count) rules)")
            lines.append("")
            lines.append("| # | Rule | Action | Before | After | Purpose | Example |")
            lines.append("|---:|---|---|---|---|---|---|")
            for (index, rule) in rules.rules.enumerated() {
                lines.append("| \(index + 1) | `\(rule.name)` | \(rule.action.rawValue) | \(code(rule.before)) | \(code(rule.after)) | \(cell(rule.purpose)) | \(code(rule.example)) |")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }

    private static func code(_ text: String) -> String {
        let escaped = cell(text)
        return escaped.contains("`") ? "``\(escaped)``" : "`\(escaped)`"
    }
}
