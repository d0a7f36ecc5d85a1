import Pairing
public import PublicationCore

/// Finds web addresses of the source that the translation lacks or changes, and addresses the
/// translation adds.
///
/// Scheme and host compare case-insensitively and a trailing `/` is ignored (``LinkScanner``). A
/// translated address (`/de/` → `/tr/`) is a finding to confirm: silence it with a note if intended.
///
/// An address given as an example (the source or translation says "example", "e.g.", "z. B.",
/// "Beispiel", "örneğin", or the address itself is `example@…`) is made up, and a translation may
/// localise it, so such pairs are not checked.
///
/// ```text
/// source: "Mehr unter www.osnabrueck.de/integration."   target: "Bilgi: www.osnabruck.de/integration"
///   → qa.url-mismatch
/// ```
public struct URLMismatchCheck: QualityCheck {
    public static let code: DiagnosticCode = "qa.url-mismatch"
    public static let defaultSeverity: Diagnostic.Severity = .error
    public static let summary = "A web address of the source is missing from the translation or changed."
    public static let appliesToKeyedUnits = true

    private let scanner = LinkScanner()

    /// Creates the check.
    public init() {}

    public func check(_ pair: SegmentPair, in context: CheckContext) -> [Diagnostic] {
        LinkDifference.findings(self, on: pair, links: scanner.urls(in:), key: LinkScanner.URLKey, kind: "web address",
            remedy: "Copy web addresses from the original exactly; change them only when the page exists in the other language.")
    }
}
