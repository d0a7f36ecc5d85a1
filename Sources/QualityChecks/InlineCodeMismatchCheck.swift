import Pairing
public import PublicationCore

/// Finds inline codes (tags, placeholders) of the source that are missing from the translation, and
/// codes in the translation that the source does not have.
///
/// Codes are compared by kind and id (``InlineCode/matchKey``), so `<g id="1">` in the source is
/// matched by `<g id="1">` in the target, whatever is between them.
///
/// Annotation markers (XLIFF `mrk`, `sm`/`em`) are not compared: a translation may carry its own
/// annotations (an ITS quality note, a glossary mark, with ids of its own), as the XLIFF 2 test suite's
/// `withGlossary.xlf` and `sample1.xlf` show.
///
/// ```text
/// source: "Klicken Sie <g id="1">hier</g>."   target: "Buraya tıklayın."   → qa.inline-code-mismatch
/// ```
public struct InlineCodeMismatchCheck: QualityCheck {
    public static let code: DiagnosticCode = "qa.inline-code-mismatch"
    public static let defaultSeverity: Diagnostic.Severity = .error
    public static let summary = "Inline codes of the source are missing from the translation, or it has extra ones."
    public static let appliesToKeyedUnits = true

    /// Creates the check.
    public init() {}

    public func check(_ pair: SegmentPair, in context: CheckContext) -> [Diagnostic] {
        guard let target = pair.target, pair.targetText != nil else { return [] }
        // Annotation markers (mrk, sm/em) annotate text rather than carry formatting: a translation may add
        // its own (a quality note, a term mark) or carry others; they are not compared here.
        let sourceCodes = pair.source.codes.filter { !$0.isAnnotationMarker }
        let targetCodes = target.codes.filter { !$0.isAnnotationMarker }
        guard !(sourceCodes.isEmpty && targetCodes.isEmpty) else { return [] }
        var counts: [String: Int] = [:]
        for code in sourceCodes { counts[code.matchKey, default: 0] += 1 }
        for code in targetCodes { counts[code.matchKey, default: 0] -= 1 }
        var remaining = counts
        var missing: [String] = []
        for code in sourceCodes where remaining[code.matchKey, default: 0] > 0 {
            missing.append(code.displayName)
            remaining[code.matchKey, default: 0] -= 1
        }
        var extra: [String] = []
        for code in targetCodes where remaining[code.matchKey, default: 0] < 0 {
            extra.append(code.displayName)
            remaining[code.matchKey, default: 0] += 1
        }
        var findings: [Diagnostic] = []
        if !missing.isEmpty {
            findings.append(
                finding(
                    "\(pair.translationName.capitalisedFirst) lacks the inline code\(missing.count > 1 ? "s" : "") "
                        + "\(missing.joined(separator: ", ")) of the original \(CheckText.quoted(pair.sourceText)).",
                    remedy: "Put the codes back around the matching words; without them formatting or links are lost.",
                    at: pair))
        }
        if !extra.isEmpty {
            findings.append(
                finding(
                    "\(pair.translationName.capitalisedFirst) has the inline code\(extra.count > 1 ? "s" : "") "
                        + "\(extra.joined(separator: ", ")), which the original does not have.",
                    remedy: "Remove the codes the original does not have, or correct their ids.", at: pair))
        }
        return findings
    }
}
