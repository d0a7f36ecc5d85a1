import Foundation

/// Rules and pattern pieces both languages share.
enum SharedRules {
    /// Characters that can end a sentence.
    static let terminator = #"[.!?…]"#
    /// Closing quotes and brackets that may follow the terminator: German „…“ and ‚…‘ close with
    /// “ and ‘, Turkish and English “…” with ”, guillemets either way, then ) and ].
    static let closers = #"[“”"‘’'»«)\]]*"#
    /// Opening quotes and brackets that may start the next sentence.
    static let openers = #"[„“"‚‘'«»(\[]*"#

    /// Builds a no-break rule for an abbreviation written with its dots, such as `z. B.`: one rule
    /// after the final dot, and one after each inner dot.
    static func abbreviation(_ language: String, _ written: String, meaning: String) -> [SegmentationRule] {
        let parts = written.split(separator: ".", omittingEmptySubsequences: true)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let slug = parts.joined(separator: "-").lowercased()
        func escaped(_ text: String) -> String {
            var result = ""
            for character in text {
                if "\\^$.|?*+()[]{}".contains(character) { result.append("\\") }
                result.append(character)
            }
            return result
        }
        let full = parts.map(escaped).joined(separator: #"\.\s?"#)
        var result = [SegmentationRule(
            "\(language).abbreviation.\(slug)", .noBreak,
            before: #"(?<![\p{L}\p{N}])"# + full + #"\.$"#,
            after: #"\s"#,
            purpose: "`\(written)` (\(meaning)) does not end a sentence.",
            example: "\(written)| …")]
        for index in 0..<(parts.count - 1) {
            let head = parts[...index].map(escaped).joined(separator: #"\.\s?"#)
            let tail = parts[(index + 1)...].map(escaped).joined(separator: #"\.\s?"#)
            result.append(SegmentationRule(
                "\(language).abbreviation.\(slug).inner-\(index + 1)", .noBreak,
                before: #"(?<![\p{L}\p{N}])"# + head + #"\.$"#,
                after: #"^\s"# + tail + #"\."#,
                purpose: "No break inside `\(written)`.",
                example: parts[...index].joined(separator: ". ") + ".| " + parts[(index + 1)...].joined(separator: ". ") + "."))
        }
        return result
    }

    /// Rules tried before the language's own exceptions.
    static let leading: [SegmentationRule] = [
        SegmentationRule(
            "common.elision", .noBreak,
            before: #"[\[(](?:…|\.\.\.)[\])]$"#, after: #"\s"#,
            purpose: "An elision mark `[…]` or `(...)` inside a quotation does not end a sentence.",
            example: "„Wir […]| werden siegen.“"),
    ]

    /// Rules tried after the language's own exceptions: the general decisions.
    static let trailing: [SegmentationRule] = [
        SegmentationRule(
            "common.lowercase-follows", .noBreak,
            before: terminator + "+" + closers + "$", after: #"\s+"# + openers + #"\p{Ll}"#,
            purpose: "A terminator followed by a lower-case word does not end a sentence (unknown abbreviations, `…` inside a sentence, Turkish `“Ne?” diye sordu`).",
            example: "Er zögerte …| dann ging er."),
        SegmentationRule(
            "common.terminator", .breakHere,
            before: terminator + "+" + closers + "$", after: #"\s+\S"#,
            purpose: "A full stop, `!`, `?` or `…` (also `...`), with any closing quotes and brackets after it, ends a sentence when white space follows.",
            example: "Es regnet.| „Wirklich?“| (Ja.)| Gut!"),
    ]
}

extension SharedRules {
    /// A no-break rule for an abbreviation that can also end a sentence (`usw.`, `vb.`): no break
    /// when a lower-case word or a digit follows; before a capital the general break rule decides.
    static func sentenceFinalAbbreviation(_ language: String, _ written: String, meaning: String) -> SegmentationRule {
        SegmentationRule(
            "\(language).abbreviation.\(written.replacingOccurrences(of: ".", with: "").lowercased())", .noBreak,
            before: #"(?<![\p{L}\p{N}])"# + written.replacingOccurrences(of: ".", with: #"\."#) + "$",
            after: #"\s+"# + openers + #"[\p{Ll}\p{N}]"#,
            purpose: "`\(written)` (\(meaning)) can end a sentence: no break before a lower-case word or a number; before a capital the sentence ends.",
            example: "\(written)| und …")
    }

    /// A no-break rule for an abbreviation that only stands before a number, such as `S. 12`.
    static func numberAbbreviation(_ language: String, _ written: String, meaning: String) -> SegmentationRule {
        SegmentationRule(
            "\(language).abbreviation.\(written.replacingOccurrences(of: ".", with: ""))-number", .noBreak,
            before: #"(?<![\p{L}\p{N}])"# + written.replacingOccurrences(of: ".", with: #"\."#) + "$",
            after: #"\s+\p{N}"#,
            purpose: "`\(written)` (\(meaning)) before a number does not end a sentence.",
            example: "\(written)| 12")
    }

    /// The ordinal rules: a number of one to three digits with a full stop before a word is an
    /// ordinal (`17. Dezember`, `2. Weltkrieg`), unless the word is a typical sentence opening.
    static func ordinals(_ language: String, sentenceOpenings: [String], referenceAbbreviations: [String],
                         example: String) -> [SegmentationRule] {
        // The number stands alone: at the start, or after white space or an opening quote or bracket.
        let number = #"(?<![^\s(\[„“"«»‚‘'])\d{1,3}\.$"#
        let references = referenceAbbreviations.map { $0.replacingOccurrences(of: ".", with: #"\."#) }
        return [
            SegmentationRule(
                "\(language).ordinal.reference-number", .breakHere,
                before: #"(?<![\p{L}\p{N}])(?:"# + references.joined(separator: "|") + #")\s?\d+\.$"#,
                after: #"\s+"# + openers + #"\p{Lu}"#,
                purpose: "A number after \(referenceAbbreviations.map { "`\($0)`" }.joined(separator: ", ")) is a page or item number, not an ordinal: a full stop after it ends the sentence before a capital.",
                example: "\(referenceAbbreviations[0]) 45.| Dort …"),
            SegmentationRule(
                "\(language).ordinal.sentence-opening", .breakHere,
                before: number, after: #"\s+"# + openers + "(?:" + sentenceOpenings.joined(separator: "|") + #")(?![\p{L}\p{N}])"#,
                purpose: "A number with a full stop followed by a typical sentence opening (\(sentenceOpenings.prefix(6).map { "`\($0)`" }.joined(separator: ", ")), …) ends a sentence.",
                example: "… stieg auf 17.| Die …"),
            SegmentationRule(
                "\(language).ordinal", .noBreak,
                before: number, after: #"\s+[\p{L}\p{N}]"#,
                purpose: "A number of up to three digits with a full stop before a word or number is an ordinal or a spaced date and does not end a sentence.",
                example: example),
            SegmentationRule(
                "\(language).ordinal.roman", .noBreak,
                before: #"(?<![\p{L}\p{N}])[IVX]{1,4}\.$"#, after: #"\s+\p{L}"#,
                purpose: "A Roman numeral with a full stop is an ordinal (`II. Dünya Savaşı`, `Wilhelm II.`).",
                example: "II.| …"),
            SegmentationRule(
                "\(language).initial", .noBreak,
                before: #"(?<![\p{L}\p{N}])\p{Lu}\.$"#, after: #"\s+\p{Lu}"#,
                purpose: "A single capital letter with a full stop is an initial (`George W. Bush`, `A.Ş.`).",
                example: "W.| Bush"),
        ]
    }
}
