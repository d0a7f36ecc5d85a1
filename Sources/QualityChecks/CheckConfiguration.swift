import Pairing
public import PublicationCore

/// Which checks run, how serious their findings are, and which findings are silenced.
///
/// Fed by the manifest's `check.severities` (code → `error`, `warning`, `note` or `off`) and by a
/// list of suppressions:
///
/// ```swift
/// let (configuration, problems) = CheckConfiguration.parse(severities: ["qa.double-space": "off",
///                                                                     "qa.length-ratio": "note"])
/// ```
public struct CheckConfiguration: Hashable, Sendable {
    /// Settings by code; codes not listed keep their default severity.
    public var settings: [DiagnosticCode: SeveritySetting]
    /// Findings silenced at one pair each.
    public var suppressions: Set<CheckSuppression>

    /// Creates a configuration.
    public init(settings: [DiagnosticCode: SeveritySetting] = [:], suppressions: Set<CheckSuppression> = []) {
        self.settings = settings
        self.suppressions = suppressions
    }

    /// Whether a check runs.
    public func isEnabled(_ code: DiagnosticCode) -> Bool { settings[code] != .off }

    /// The severity of a finding, or `nil` when its check is off.
    public func severity(of code: DiagnosticCode, default defaultSeverity: Diagnostic.Severity) -> Diagnostic.Severity? {
        guard let setting = settings[code] else { return defaultSeverity }
        return setting.severity
    }

    /// Reads severities as written in a manifest or configuration file.
    ///
    /// - Parameters:
    ///   - severities: code → `error`, `warning`, `note` or `off` (also `ignore`, `info`).
    ///   - knownCodes: the codes that exist; others are reported.
    ///   - location: where the settings were written, for the diagnostics.
    /// - Returns: the configuration and a diagnostic for each unknown code or severity.
    public static func parse(
        severities: [String: String], knownCodes: Set<DiagnosticCode> = CheckCatalog.codes,
        location: SourceLocation? = nil
    ) -> (CheckConfiguration, [Diagnostic]) {
        var configuration = CheckConfiguration()
        var problems: [Diagnostic] = []
        for (code, value) in severities.sorted(by: { $0.key < $1.key }) {
            let diagnosticCode = DiagnosticCode(code)
            guard knownCodes.contains(diagnosticCode) else {
                problems.append(
                    Diagnostic(
                        CheckCatalog.unknownCode, "The check settings name \"\(code)\", which is not a QA check.",
                        remedy: "Use one of the codes listed in docs/checks.md (they start with \"qa.\").",
                        at: location))
                continue
            }
            switch value.lowercased() {
            case "off", "ignore", "none": configuration.settings[diagnosticCode] = .off
            case "error": configuration.settings[diagnosticCode] = .error
            case "warning": configuration.settings[diagnosticCode] = .warning
            case "note", "info": configuration.settings[diagnosticCode] = .note
            default:
                problems.append(
                    Diagnostic(
                        CheckCatalog.unknownSeverity,
                        "The check \"\(code)\" is set to \"\(value)\", which is not a severity.",
                        remedy: "Write error, warning, note or off.", at: location))
            }
        }
        return (configuration, problems.map(DiagnosticVoice.voiced))
    }

    /// Reads suppressions as written in a configuration file, one a line: a code and a pair id, or a
    /// code, a file and a pair id, separated by white space.
    ///
    /// ```text
    /// qa.repeated-word p12
    /// qa.identical-target Sources-tr/sisli.xlf intro-title
    /// ```
    ///
    /// - Parameters:
    ///   - lines: the lines; blank lines and lines starting with `#` are skipped.
    ///   - knownCodes: the codes that exist; others are reported.
    ///   - location: where the list was written, for the diagnostics.
    /// - Returns: the suppressions and a diagnostic for each line that is not one.
    public static func parse(
        suppressions lines: [String], knownCodes: Set<DiagnosticCode> = CheckCatalog.codes,
        location: SourceLocation? = nil
    ) -> (Set<CheckSuppression>, [Diagnostic]) {
        var result: Set<CheckSuppression> = []
        var problems: [Diagnostic] = []
        for line in lines {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            if fields.isEmpty || fields[0].hasPrefix("#") { continue }
            guard fields.count == 2 || fields.count == 3, knownCodes.contains(DiagnosticCode(fields[0])) else {
                problems.append(
                    Diagnostic(
                        CheckCatalog.malformedSuppression,
                        "The suppression \"\(line)\" does not start with a QA check's code followed by a segment id.",
                        remedy: "Write a code and a segment id, such as \"qa.repeated-word p12\", optionally with the file "
                            + "between them.",
                        at: location))
                continue
            }
            result.insert(
                CheckSuppression(
                    DiagnosticCode(fields[0]), unit: fields[fields.count - 1], file: fields.count == 3 ? fields[1] : nil))
        }
        return (result, problems.map(DiagnosticVoice.voiced))
    }
}
