import Pairing
public import PublicationCore

/// Notes translations whose inline codes are all there but in another order.
///
/// Turkish puts the verb last and German does not, so a translation often has to move formatting;
/// this is a note to look at, not an error. Broken nesting is ``InlineCodeNestingCheck``'s finding.
///
/// ```text
/// source: "<x id="1"/> und <x id="2"/>"   target: "<x id="2"/> ve <x id="1"/>"   → qa.inline-code-order
/// ```
public struct InlineCodeOrderCheck: QualityCheck {
    public static let code: DiagnosticCode = "qa.inline-code-order"
    public static let defaultSeverity: Diagnostic.Severity = .note
    public static let summary = "The translation has the source's inline codes in another order."
    public static let appliesToKeyedUnits = true

    /// Creates the check.
    public init() {}

    public func check(_ pair: SegmentPair, in context: CheckContext) -> [Diagnostic] {
        guard let target = pair.target, pair.targetText != nil else { return [] }
        let sourceKeys = pair.source.codes.map(\.matchKey)
        let targetKeys = target.codes.map(\.matchKey)
        guard sourceKeys.count > 1, sourceKeys != targetKeys, sourceKeys.sorted() == targetKeys.sorted() else {
            return []
        }
        return [
            finding(
                "\(pair.translationName.capitalisedFirst) has the inline codes in the order "
                    + "\(target.codes.map(\.displayName).joined(separator: " ")) instead of "
                    + "\(pair.source.codes.map(\.displayName).joined(separator: " ")).",
                remedy: "Check that each code still marks the right words; word order may justify the change.",
                at: pair)
        ]
    }
}
