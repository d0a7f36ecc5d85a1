public import PublicationCore

/// What a format handler shares with the loader while a file streams through it: the path for
/// diagnostics, the place to put diagnostics and units, and the counts.
public final class ReadContext {
    /// The path as the user named it, for diagnostics.
    public let displayPath: String
    /// Diagnostics collected so far.
    public var diagnostics: [Diagnostic] { kept + summaries }
    /// The diagnostics kept: at most ``maximumPerCode`` of each code.
    private var kept: [Diagnostic] = []
    /// How many diagnostics each code had, and the place of the first one not kept.
    private var counts: [DiagnosticCode: (count: Int, firstDropped: SourceLocation?)] = [:]
    /// The codes with diagnostics not kept, in the order they first overflowed.
    private var overflowed: [DiagnosticCode] = []

    /// At most this many diagnostics of one code are kept per file; the others are counted and
    /// summarised in one note ("… and 99,980 more"), so that a file with 100,000 unknown elements
    /// does not print 100,000 warnings.
    public static let maximumPerCode = 20
    /// The counts so far.
    public var statistics: FileStatistics
    /// The `<file>` elements seen so far.
    public var files: [XLIFFFileInfo] = []
    /// The contribution, set by the DocBook handler when it finishes.
    public var contribution: ContributionDocument?
    private let unitSink: ((TranslationUnit) -> Void)?
    private let tallySink: ((UnitTally) -> Void)?
    /// Shown every unit after the sink, with the file's languages as known at that point.
    private let observer: (any UnitObserver)?
    /// The observer, when it is shown tallies (a ``UnitTallyObserver`` asking for counts only).
    private let tallyObserver: (any UnitTallyObserver)?
    /// How much of each unit the readers build: full units, or a tally of each (``UnitDetail``).
    public let unitDetail: UnitDetail

    /// Creates a context whose readers build full units and hand each to `unitSink`.
    public convenience init(displayPath: String, unitSink: ((TranslationUnit) -> Void)?) {
        self.init(displayPath: displayPath, unitDetail: .full, unitSink: unitSink, tallySink: nil, observer: nil)
    }

    /// A context whose readers build no unit, only a tally of each (``UnitDetail/counts``), handed to `sink`.
    public static func tallying(displayPath: String, _ sink: ((UnitTally) -> Void)?) -> ReadContext {
        ReadContext(displayPath: displayPath, unitDetail: .counts, unitSink: nil, tallySink: sink, observer: nil)
    }

    /// Creates a context that shows every unit to an observer, building the units as far as the
    /// observer reads them. The observer gets the languages from ``statistics`` directly, so the
    /// loader needs no closure that reaches back to the context.
    convenience init(displayPath: String, observer: any UnitObserver) {
        self.init(displayPath: displayPath, unitDetail: observer.tallyObserver == nil ? .full : .counts, unitSink: nil,
            tallySink: nil, observer: observer)
    }

    private init(
        displayPath: String, unitDetail: UnitDetail, unitSink: ((TranslationUnit) -> Void)?, tallySink: ((UnitTally) -> Void)?,
        observer: (any UnitObserver)?
    ) {
        self.displayPath = displayPath
        self.statistics = FileStatistics(path: displayPath)
        self.unitDetail = unitDetail
        self.unitSink = unitSink
        self.tallySink = tallySink
        self.observer = observer
        self.tallyObserver = unitDetail == .counts ? observer?.tallyObserver : nil
    }

    /// Counts a finished unit and hands it to the sink or the observer. A reader that builds units even
    /// when it is asked for counts only hands on the unit's tally instead.
    public func emit(_ unit: TranslationUnit) {
        guard unitDetail == .full else {
            emit(unit.tally)
            return
        }
        statistics.add(unit)
        unitSink?(unit)
        if let observer {
            observer.observe(unit, sourceLanguage: statistics.sourceLanguage, targetLanguage: statistics.targetLanguage)
        }
    }

    /// Counts a finished unit's tally and hands it to the tally sink or the observer (``UnitDetail/counts``).
    public func emit(_ tally: UnitTally) {
        statistics.add(tally)
        tallySink?(tally)
        if let tallyObserver {
            tallyObserver.observe(tally, sourceLanguage: statistics.sourceLanguage, targetLanguage: statistics.targetLanguage)
        }
    }

    /// Records a diagnostic.
    public func report(_ diagnostic: Diagnostic) {
        var entry = counts[diagnostic.code] ?? (0, nil)
        entry.count += 1
        if entry.count <= Self.maximumPerCode {
            kept.append(diagnostic)
        } else if entry.firstDropped == nil {
            entry.firstDropped = diagnostic.location ?? location(line: 1, column: 1)
            overflowed.append(diagnostic.code)
        }
        counts[diagnostic.code] = entry
    }

    /// One note per code with diagnostics not kept.
    private var summaries: [Diagnostic] {
        overflowed.compactMap { code in
            guard let entry = counts[code] else { return nil }
            let more = entry.count - Self.maximumPerCode
            return Diagnostic(.note, code, "… and \(more) more of this kind in this file, not listed one by one",
                remedy: "fix the ones listed, or the way the file was produced, then check again", at: entry.firstDropped)
        }
    }

    /// Records a diagnostic at a line and column of this file.
    public func report(
        _ severity: Diagnostic.Severity, _ code: DiagnosticCode, _ message: String, remedy: String? = nil,
        line: Int, column: Int, unit: String? = nil, notes: [String] = []
    ) {
        report(Diagnostic(severity, code, message, remedy: remedy,
            at: location(line: line, column: column), unit: unit, notes: notes))
    }

    /// Records a diagnostic of a declared code (its default severity and remedy) at a line and column.
    public func report(
        _ entry: DiagnosticCatalog.Entry, _ message: String, remedy: String? = nil,
        line: Int, column: Int, unit: String? = nil, notes: [String] = []
    ) {
        report(Diagnostic(entry, message, remedy: remedy, at: location(line: line, column: column), unit: unit, notes: notes))
    }

    /// A location in this file.
    public func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: displayPath, line: line, column: column)
    }
}
