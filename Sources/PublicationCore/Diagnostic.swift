/// A problem found in an input, reported with a place, a stable code and a remedy.
///
/// Readers and checks *collect* diagnostics and go on; only the command line prints them,
/// compiler-style:
///
/// ```text
/// Sources-tr/sisli.xml:42:7: warning: paragraph "p12" has no German translation [align.missing]
///   Translate the paragraph, or export what is missing with `kopru export-missing`.
/// ```
public struct Diagnostic: Hashable, Sendable, Codable {
    /// How serious a diagnostic is.
    public enum Severity: String, Hashable, Sendable, Codable, Comparable {
        case note, warning, error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// How serious the problem is.
    public var severity: Severity
    /// The stable code, such as `xliff.unit-without-id`; see ``DiagnosticCode``.
    public var code: DiagnosticCode
    /// One sentence in the user's words that quotes the bad value.
    public var message: String
    /// What to do about it, if there is something to say.
    public var remedy: String?
    /// Where the problem is, when it has a place.
    public var location: SourceLocation?
    /// The translation unit or segment concerned, when there is one.
    public var unit: String?
    /// Further remarks, such as the XML parser's own words.
    public var notes: [String]

    /// Creates a diagnostic of a declared code, with the code's default severity and, unless one is
    /// given, its remedy: the way a module reports the codes it declares in its catalog.
    ///
    /// ```swift
    /// Diagnostic(PairingDiagnostics.missing, "paragraph \"p4\" has no Turkish translation", at: location)
    /// ```
    public init(
        _ entry: DiagnosticCatalog.Entry, _ message: String, remedy: String? = nil, at location: SourceLocation? = nil,
        unit: String? = nil, notes: [String] = []
    ) {
        self.init(entry.defaultSeverity, entry.code, message, remedy: remedy ?? entry.remedy, at: location, unit: unit,
            notes: notes)
    }

    /// Creates a diagnostic.
    public init(
        _ severity: Severity,
        _ code: DiagnosticCode,
        _ message: String,
        remedy: String? = nil,
        at location: SourceLocation? = nil,
        unit: String? = nil,
        notes: [String] = []
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.remedy = remedy
        self.location = location
        self.unit = unit
        self.notes = notes
    }
}
