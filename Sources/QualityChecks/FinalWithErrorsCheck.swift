import Pairing
public import PublicationCore

/// Finds segments marked final or signed-off while another check reports an error in them.
///
/// Runs after every other check (``CheckScope/review``) and sees their findings with the configured
/// severities; a finding that was silenced or lowered to a warning does not count.
///
/// ```text
/// <target state="final">… 102 …</target> with qa.number-mismatch (error)   → qa.final-with-errors
/// ```
public struct FinalWithErrorsCheck: QualityCheck {
    public static let code: DiagnosticCode = "qa.final-with-errors"
    public static let defaultSeverity: Diagnostic.Severity = .error
    public static let summary = "A segment is marked final or signed-off, but other checks report errors in it."
    public static let appliesToUntranslatedUnits = true
    public static let appliesToKeyedUnits = true
    public static let scope = CheckScope.review

    /// The written states that claim a finished, approved translation.
    public static let finalStates: Set<String> = ["final", "signed-off"]

    /// Creates the check.
    public init() {}

    public func check(corpus pairs: [SegmentPair], in context: CheckContext) -> [Diagnostic] {
        guard !context.findings.isEmpty else { return [] }
        var findings: [Diagnostic] = []
        for pair in pairs {
            guard let written = pair.writtenState, Self.finalStates.contains(written.lowercased()),
                let errors = context.findings[pair.id]?.filter({
                    // The same unit id may occur in another file: only this pair's place counts.
                    $0.severity == .error && $0.code != Self.code && $0.location == pair.location
                }),
                !errors.isEmpty
            else { continue }
            let codes = errors.map(\.code.rawValue)
            var unique: [String] = []
            for code in codes where !unique.contains(code) { unique.append(code) }
            findings.append(
                finding(
                    "Segment \"\(pair.id)\" is marked \"\(written)\", but has "
                        + "\(errors.count == 1 ? "an error" : "\(errors.count) errors"): \(unique.joined(separator: ", ")).",
                    remedy: "Correct the translation, or set the state back to \"translated\" until it is reviewed.",
                    at: pair))
        }
        return findings
    }
}
