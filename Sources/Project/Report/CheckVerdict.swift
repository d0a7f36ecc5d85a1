import FormatReaders
public import PublicationCore

/// What a check's findings and gate mean for its exit status.
public enum CheckVerdict: Sendable, Equatable {
    /// Everything was read, the gate passed and no finding is an error.
    case passed
    /// Something is incomplete, or a QA or pairing finding is an error (or a warning, when warnings
    /// count as errors).
    case findings
    /// Some input could not be read: a missing path, a file that is not what it should be, a broken
    /// manifest or lock file.
    case unreadable

    /// The codes whose errors are findings about the translation rather than about reading the input.
    static let findingPrefixes = ["qa.", "align."]

    /// The verdict of a report whose gate has been applied.
    public init(report: CheckReport, diagnostics: [Diagnostic], warningsAsErrors: Bool) {
        if report.summary.unreadableFiles > 0 || diagnostics.contains(where: { $0.code == FormatReaderDiagnostics.unreadable.code }) {
            self = .unreadable
            return
        }
        let readingErrors = diagnostics.contains { diagnostic in
            diagnostic.severity == .error && !Self.findingPrefixes.contains { diagnostic.code.rawValue.hasPrefix($0) }
        }
        if readingErrors {
            self = .unreadable
        } else if report.summary.errors > 0 || (warningsAsErrors && report.summary.warnings > 0)
            || report.gate?.passed == false
        {
            self = .findings
        } else {
            self = .passed
        }
    }
}
