public import PublicationCore

/// What a format handler shares with the loader while a file streams through it: the path for
/// diagnostics, the place to put diagnostics and units, and the counts.
public final class ReadContext {
    /// The path as the user named it, for diagnostics.
    public let displayPath: String
    /// Diagnostics collected so far.
    public private(set) var diagnostics: [Diagnostic] = []
    /// The counts so far.
    public var statistics: FileStatistics
    /// The `<file>` elements seen so far.
    public var files: [XLIFFFileInfo] = []
    /// The contribution, set by the DocBook handler when it finishes.
    public var contribution: ContributionDocument?
    private let unitSink: ((TranslationUnit) -> Void)?

    /// Creates a context.
    public init(displayPath: String, unitSink: ((TranslationUnit) -> Void)?) {
        self.displayPath = displayPath
        self.statistics = FileStatistics(path: displayPath)
        self.unitSink = unitSink
    }

    /// Counts a finished unit and hands it to the sink.
    public func emit(_ unit: TranslationUnit) {
        statistics.add(unit)
        unitSink?(unit)
    }

    /// Records a diagnostic.
    public func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Records a diagnostic at a line and column of this file.
    public func report(
        _ severity: Diagnostic.Severity, _ code: DiagnosticCode, _ message: String, remedy: String? = nil,
        line: Int, column: Int, unit: String? = nil, notes: [String] = []
    ) {
        diagnostics.append(Diagnostic(severity, code, message, remedy: remedy,
            at: location(line: line, column: column), unit: unit, notes: notes))
    }

    /// A location in this file.
    public func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: displayPath, line: line, column: column)
    }
}
