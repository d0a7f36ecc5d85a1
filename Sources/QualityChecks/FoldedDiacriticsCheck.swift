import Pairing
public import PublicationCore

/// Finds names whose letters with diacritics were folded to ASCII in the translation: `Sisli` for
/// `Şişli`, `Osnabruck` or `Osnabrueck` for `Osnabrück`, `Saarbrucken` for `Saarbrücken`.
///
/// A source word counts as a name when it is capitalised and has a letter outside ASCII. The finding
/// is made when the translation lacks the name as written (also with a suffix: `Şişli'de`) but has
/// its ASCII form (or, for German umlauts, the `ue`/`oe`/`ae` form) instead. A name whose only change
/// is the dotted `İ` written as `I` is left to ``TurkishDottedICheck`` in Turkish text, and is
/// correct in German text: German spells Istanbul and Izmir without the dot (Duden).
///
/// ```text
/// source: "Grüße aus Şişli"    target: "Sisli'den selamlar"   → qa.folded-diacritics
/// source: "Stadt Osnabrück"    target: "Osnabrück şehri"      → nothing
/// ```
public struct FoldedDiacriticsCheck: QualityCheck {
    public static let code: DiagnosticCode = "qa.folded-diacritics"
    public static let defaultSeverity: Diagnostic.Severity = .error
    public static let summary = "A name lost its diacritics in the translation (Sisli for Şişli)."

    /// Creates the check.
    public init() {}

    public func check(_ pair: SegmentPair, in context: CheckContext) -> [Diagnostic] {
        guard let targetText = pair.targetText else { return [] }
        let sourceText = pair.sourceText
        guard CheckText.hasNonASCIILetter(sourceText) else { return [] }
        let names = CheckText.words(in: sourceText).filter {
            $0.isCapitalised && $0.text.count >= 3 && CheckText.hasNonASCIILetter($0.text)
        }
        guard !names.isEmpty else { return [] }
        let targetWords = CheckText.words(in: targetText).map(\.text)
        var findings: [Diagnostic] = []
        var reported: Set<String> = []
        for name in names where !reported.contains(name.text) {
            if targetWords.contains(where: { $0.hasPrefix(name.text) }) { continue }
            let dotOnly = name.text.replacingAll("İ", with: "I")
            var variants = [CheckText.asciiFolded(name.text), CheckText.umlautTransliterated(name.text)]
            variants.removeAll { $0 == name.text || $0 == dotOnly }
            guard let written = targetWords.first(where: { word in variants.contains { word.hasPrefix($0) } }) else {
                continue
            }
            reported.insert(name.text)
            findings.append(
                finding(
                    "\(pair.translationName.capitalisedFirst) writes “\(written)” where the original has "
                        + "“\(name.text)”: the name lost its letters with diacritics.",
                    remedy: "Write the name “\(name.text)” with its original letters; "
                        + "never fold Turkish or German letters to ASCII.",
                    at: pair))
        }
        return findings
    }
}
