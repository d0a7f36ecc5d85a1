import Pairing
public import PublicationCore

/// Finds e-mail addresses of the source that the translation lacks or changes, and addresses the
/// translation adds. Addresses compare case-insensitively.
///
/// An address given as an example (the source or translation says "example", "e.g.", "z. B.",
/// "Beispiel", "örneğin", or the address itself is `example@…`) is made up, and a translation may
/// localise it, so such pairs are not checked.
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
        LinkDifference.findings(self, on: pair, links: scanner.emails(in:), key: LinkScanner.emailKey,
            kind: "e-mail address", remedy: "Copy e-mail addresses from the original exactly.")
    }
}
