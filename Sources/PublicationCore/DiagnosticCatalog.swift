/// The documented list of diagnostic codes: code, default severity and a one-line description.
///
/// Each module contributes its entries (for example `XLIFF12Reader.diagnostics`); the command
/// line joins them for `kopru codes` and the generated `docs/diagnostics.md`.
public enum DiagnosticCatalog {
    /// One documented diagnostic code.
    public struct Entry: Hashable, Sendable, Codable {
        /// The stable code.
        public var code: DiagnosticCode
        /// The severity used unless configured otherwise.
        public var defaultSeverity: Diagnostic.Severity
        /// One line saying what the code means.
        public var summary: String
        /// What to do, when it is the same for every finding of the code; a finding may say more.
        public var remedy: String?

        /// Creates an entry.
        public init(_ code: DiagnosticCode, _ defaultSeverity: Diagnostic.Severity, _ summary: String, remedy: String? = nil) {
            self.code = code
            self.defaultSeverity = defaultSeverity
            self.summary = summary
            self.remedy = remedy
        }
    }
}
