import Pairing
public import PublicationCore

/// Finds dotted/dotless i errors in Turkish text: a capital `I` where Turkish needs `İ`
/// (`Izmir` for `İzmir`, `ISTANBUL` for `İSTANBUL`), and the `i̇` (i with a combining dot) that
/// lower-casing `İ` without the Turkish rules produces.
///
/// Turkish has `i`/`İ` and `ı`/`I` as different letters, so a word's correct capitals are known only
/// from its lower-case form. The check takes that form from: the Turkish source (when the source is
/// Turkish), the other words of the translation (`İzmir` elsewhere in the segment), and a short list
/// of frequent words (``dottedWords``). A German source is no help: German writes both `Irak` (Turkish
/// `Irak`) and `Iran` (Turkish `İran`) with `I`. All-capital words of up to five letters are mostly
/// international acronyms that Turkish writes with `I` (`IBAN`, `ORCID`), so only the built-in list is
/// consulted for them; web and e-mail addresses are not used as references.
///
/// Text that is not Turkish is not checked: units still untranslated (state `new`,
/// `needs-translation`) are skipped by the runner, and a translation that mostly repeats the source's
/// words (English left in place, ``SegmentPair/targetIsCopyOfSource``) is skipped here.
///
/// ```text
/// target (Turkish): "Izmir'deki mülteciler"     → qa.turkish-i ("İzmir")
/// target (Turkish): "ISTANBUL VE IZMIR"         → qa.turkish-i ("İSTANBUL")
/// target (Turkish): "Isparta ve Iğdır"          → nothing (dotless in Turkish)
/// ```
public struct TurkishDottedICheck: QualityCheck {
    public static let code: DiagnosticCode = "qa.turkish-i"
    public static let defaultSeverity: Diagnostic.Severity = .error
    public static let summary = "A Turkish word has I where Turkish writes İ, or a dotted i from wrong lower-casing."

    /// Frequent Turkish words and names with a dotted i, in lower case.
    public static let dottedWords: [String] = [
        "istanbul", "izmir", "izmit", "iskenderun", "inegöl", "iran", "italya", "ispanya", "ingiltere", "isviçre",
        "isveç", "irlanda", "israil", "islam", "içişleri", "ilçe", "insan", "ihtiyaç", "iletişim", "istihdam",
        "işçi", "ikamet", "izin", "için", "ile", "iyi", "ise", "ilk", "iş", "il", "mülteci", "belediye",
        "entegrasyon", "eğitim", "göçmenlik", "ilişki", "bilgi", "hizmet", "destek", "birlik", "türkiye",
    ]

    /// Creates the check.
    public init() {}

    public func check(_ pair: SegmentPair, in context: CheckContext) -> [Diagnostic] {
        guard pair.targetLanguage == .turkish, let targetText = pair.targetText else { return [] }
        if let word = CheckText.words(in: targetText).first(where: { $0.text.containsText("i\u{0307}") }) {
            return [
                finding(
                    "\(pair.translationName.capitalisedFirst) has “\(word.text)” with an i and a combining dot, "
                        + "the result of lower-casing İ without Turkish rules.",
                    remedy: "Write “\(word.text.replacingAll("i\u{0307}", with: "i"))” with a plain i.", at: pair)
            ]
        }
        // Text copied from the source is not Turkish ("Information" left in English): no Turkish spelling applies.
        guard targetText.containsText("I"), !pair.targetIsCopyOfSource else { return [] }
        let targetWords = CheckText.words(in: targetText)
        var references: [String] = []
        for word in CheckText.words(in: Self.withoutLinks(targetText)) where !word.text.containsText("I") && word.text.count >= 2 {
            references.append(CheckText.folded(word.text, language: .turkish))
        }
        if pair.sourceLanguage == .turkish {
            for word in CheckText.words(in: Self.withoutLinks(pair.sourceText)) where word.text.count >= 2 {
                references.append(CheckText.folded(word.text, language: .turkish))
            }
        }
        for word in targetWords where word.text.containsText("I") {
            // Short all-capital words are mostly international acronyms (IBAN, ORCID, ISBN), which Turkish
            // writes with I; only the built-in list speaks for them.
            let isAcronym = word.isAllCaps && word.text.count <= 5
            let candidates = isAcronym ? Self.dottedWords : Self.dottedWords + references
            if let expected = Self.expectedSpelling(of: word.text, references: candidates) {
                return [
                    finding(
                        "\(pair.translationName.capitalisedFirst) writes “\(word.text)”; Turkish writes "
                            + "“\(expected)” with a dotted İ.",
                        remedy: "Use Turkish capitalisation: i becomes İ and ı becomes I. "
                            + "Write “\(expected)”.",
                        at: pair)
                ]
            }
        }
        return []
    }

    /// The text without web and e-mail addresses, whose lower-case letters say nothing about Turkish.
    static func withoutLinks(_ text: String) -> String {
        let scanner = LinkScanner()
        var rest = text
        for link in scanner.urls(in: text) + scanner.emails(in: text) { rest = rest.replacingAll(link, with: " ") }
        return rest
    }

    /// The word with `İ` where a reference has `i`, or `nil` when no reference asks for a change.
    static func expectedSpelling(of word: String, references: [String]) -> String? {
        let characters = Array(word)
        let lower = Array(CheckText.folded(word, language: .turkish))
        guard lower.count == characters.count else { return nil }
        for reference in references {
            let referenceCharacters = Array(reference)
            let exactOnly = referenceCharacters.count < 4
            guard referenceCharacters.count <= lower.count,
                !exactOnly || referenceCharacters.count == lower.count
            else { continue }
            var matches = true
            var changed = characters
            var changes = 0
            for index in referenceCharacters.indices {
                let have = lower[index]
                let want = referenceCharacters[index]
                if have == want { continue }
                if have == "ı", want == "i", characters[index] == "I" {
                    changed[index] = "İ"
                    changes += 1
                } else {
                    matches = false
                    break
                }
            }
            if matches, changes > 0 { return String(changed) }
        }
        return nil
    }
}
