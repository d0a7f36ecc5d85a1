/// A severity as a project configures it for a diagnostic code (`check.severities` in `kopru.yaml`):
/// a diagnostic's severity, or `off` to drop the code's findings (and not run its check).
public enum SeveritySetting: String, Hashable, Sendable, CaseIterable, Codable {
    /// Report as a note.
    case note
    /// Report as a warning.
    case warning
    /// Report as an error (fails `kopru check`).
    case error
    /// Do not report.
    case off

    /// The severity, or `nil` for `off`.
    public var severity: Diagnostic.Severity? { Diagnostic.Severity(rawValue: rawValue) }
}
