import Pairing
public import PublicationCore

/// What a check knows beyond the pair in front of it.
public struct CheckContext: Sendable {
    /// The findings of the pair and corpus checks, by pair id, after severities and suppressions are
    /// applied. Empty until the review checks run.
    public var findings: [String: [Diagnostic]]

    /// Creates a context.
    public init(findings: [String: [Diagnostic]] = [:]) {
        self.findings = findings
    }
}
