import Pairing
public import PublicationCore

/// Finds glossary terms in the source whose required translation is absent from the target.
///
/// Terms are found with ``TermMatcher``'s stem rule, so the German `Geflüchteten` matches the entry
/// `Geflüchtete`, and the Turkish `mültecilere` satisfies `mülteciler`. Works in both directions:
/// a Turkish source with `mülteciler` requires `Geflüchtete` in the German translation.
///
/// ```text
/// glossary: Geflüchtete,mülteciler
/// source: "Die Stadt unterstützt Geflüchtete."   target: "Şehir sığınmacıları destekliyor."   → qa.glossary-term
/// source: "Die Stadt unterstützt Geflüchtete."   target: "Şehir mültecileri destekliyor."     → nothing
/// ```
public struct GlossaryCheck: QualityCheck {
    public static let code: DiagnosticCode = "qa.glossary-term"
    public static let defaultSeverity: Diagnostic.Severity = .warning
    public static let summary = "A glossary term of the source is not translated with the required term."

    private struct Rule: Sendable {
        var entry: Glossary.Entry
        var german: TermMatcher
        var turkish: TermMatcher
    }

    private let rules: [Rule]
    /// Rule indices by the first three letters of their first stem, per language.
    private let index: [String: [String: [Int]]]

    /// The glossary the check enforces.
    public let glossary: Glossary

    /// Creates the check for a glossary.
    public init(glossary: Glossary) {
        self.glossary = glossary
        rules = glossary.entries.map {
            Rule(entry: $0, german: TermMatcher(term: $0.german, language: .german),
                 turkish: TermMatcher(term: $0.turkish, language: .turkish))
        }
        var index: [String: [String: [Int]]] = [:]
        for (position, rule) in rules.enumerated() {
            for key in Set(rule.german.indexKeys) { index["de", default: [:]][key, default: []].append(position) }
            for key in Set(rule.turkish.indexKeys) { index["tr", default: [:]][key, default: []].append(position) }
        }
        self.index = index
    }

    public func check(_ pair: SegmentPair, in context: CheckContext) -> [Diagnostic] {
        guard !rules.isEmpty, let targetText = pair.targetText,
            let languageIndex = index[pair.sourceLanguage.code], pair.targetLanguage.isPublicationLanguage,
            pair.sourceLanguage != pair.targetLanguage
        else { return [] }
        let sourceWords = CheckText.words(in: pair.sourceText).map { CheckText.folded($0.text, language: pair.sourceLanguage) }
        var candidates: [Int] = []
        for word in sourceWords {
            if let found = languageIndex[String(word.prefix(3))] { candidates.append(contentsOf: found) }
        }
        guard !candidates.isEmpty else { return [] }
        let targetWords = CheckText.words(in: targetText).map { CheckText.folded($0.text, language: pair.targetLanguage) }
        var findings: [Diagnostic] = []
        var seen: Set<Int> = []
        for position in candidates where seen.insert(position).inserted {
            let rule = rules[position]
            let (sourceMatcher, targetMatcher) = pair.sourceLanguage == .german
                ? (rule.german, rule.turkish) : (rule.turkish, rule.german)
            guard sourceMatcher.matches(sourceWords), !targetMatcher.matches(targetWords),
                let sourceTerm = rule.entry.term(in: pair.sourceLanguage),
                let targetTerm = rule.entry.term(in: pair.targetLanguage)
            else { continue }
            findings.append(
                finding(
                    "The original has the glossary term “\(sourceTerm)”, but \(pair.translationName) "
                        + "\(CheckText.quoted(targetText)) does not use “\(targetTerm)”.",
                    remedy: "Translate “\(sourceTerm)” as “\(targetTerm)” (in a fitting form), as the glossary requires"
                        + (rule.entry.note.map { "; note: \($0)" } ?? "") + ".",
                    at: pair,
                    notes: rule.entry.location.map { ["the glossary entry is at \($0)"] } ?? []))
        }
        return findings
    }
}
