public import PublicationCore

/// Finds e-mail addresses of the source that the translation lacks or changes, and addresses the
/// translation adds. Addresses compare case-insensitively.
///
/// ```text
/// source: "Kontakt: integration@osnabrueck.de"   target: "İletişim: integration@osnabruck.de"
///   → qa.email-mismatch
/// ```
public struct EmailMismatchCheck: QualityCheck {
    public static let code: DiagnosticCode = "qa.email-mismatch"
    public static let defaultSeverity: Diagnostic.Severity = .error
    public static let summary = "An e-mail address of the source is missing from the translation or changed."
    public static let appliesToKeyedUnits = true

    private let scanner = LinkScanner()

    /// Creates the check.
    public init() {}

    public func check(_ pair: SegmentPair, in context: CheckContext) -> [Diagnostic] {
        guard let targetText = pair.targetText else { return [] }
        let difference = LinkDifference(
            source: scanner.emails(in: pair.sourceText), target: scanner.emails(in: targetText),
            key: LinkScanner.emailKey)
        guard let description = difference.description(kind: "e-mail address") else { return [] }
        return [
            finding(
                "\(pair.translationName.capitalisedFirst) \(description).",
                remedy: "Copy e-mail addresses from the original exactly.", at: pair)
        ]
    }
}
