import Pairing
import PublicationCore

/// Pairs grouped by their normalised source (or target), each group split into variants by the
/// normalised other side. Built with dictionaries in one pass: linear in the number of pairs.
struct TranslationGroups {
    /// Which side the groups share.
    enum Side { case source, target }

    /// Pairs with the same text on the other side.
    struct Variant {
        var key: String
        var pairs: [Int]
    }

    /// Pairs with the same text on the grouping side.
    struct Group {
        var variants: [Variant]

        /// The variant with the most pairs; the first one on a tie.
        var mostFrequent: Variant {
            variants.reduce(variants[0]) { $1.pairs.count > $0.pairs.count ? $1 : $0 }
        }
    }

    /// The groups in order of their first pair.
    var groups: [Group]

    init(_ pairs: [SegmentPair], by side: Side) {
        var groupIndex: [String: Int] = [:]
        var variantIndex: [[String: Int]] = []
        var groups: [Group] = []
        for (index, pair) in pairs.enumerated() {
            guard let target = pair.targetText, pair.sourceHasText else { continue }
            let sourceKey = Self.key(pair.sourceText, language: pair.sourceLanguage, strict: side == .source)
            let targetKey = Self.key(target, language: pair.targetLanguage, strict: true)
            let direction = "\(pair.sourceLanguage.code)>\(pair.targetLanguage.code)\u{1F}"
            let (groupKey, variantKey) = side == .source ? (sourceKey, targetKey) : (targetKey, sourceKey)
            guard !groupKey.isEmpty else { continue }
            let group: Int
            if let existing = groupIndex[direction + groupKey] {
                group = existing
            } else {
                group = groups.count
                groupIndex[direction + groupKey] = group
                groups.append(Group(variants: []))
                variantIndex.append([:])
            }
            if let variant = variantIndex[group][variantKey] {
                groups[group].variants[variant].pairs.append(index)
            } else {
                variantIndex[group][variantKey] = groups[group].variants.count
                groups[group].variants.append(Variant(key: variantKey, pairs: [index]))
            }
        }
        self.groups = groups
    }

    /// The comparison key; a loose key also drops punctuation, so `Hallo!` and `Hallo` are one variant.
    private static func key(_ text: String, language: LanguageTag, strict: Bool) -> String {
        let folded = CheckText.comparisonKey(text, language: language)
        if strict { return folded }
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter(keepsInKey)))
    }

    /// Whether a loose key keeps `scalar`: letters, digits and spaces. An ASCII scalar is told without a
    /// Unicode property lookup (in ASCII only A–Z and a–z are alphabetic and only 0–9 have a numeric type).
    static func keepsInKey(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || (0x30...0x39).contains(value)
                || value == 0x20
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
