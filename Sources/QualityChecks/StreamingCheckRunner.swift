import Pairing
public import PublicationCore

/// Runs the QA checks over pairs that arrive one by one, in bounded memory.
///
/// Up to ``corpusLimit`` pairs, every check runs over all of them at the end, exactly as
/// ``CheckRunner`` would. Beyond that, pair checks run on batches as the pairs stream in, and the checks
/// that need the whole corpus (consistency, length-ratio norms, "final with errors") look at the first
/// ``corpusLimit`` pairs only, which a note says. At most ``findingLimit``
/// findings are kept; a note counts the rest. So a 100 MB XLIFF file is checked in constant memory.
public struct StreamingCheckRunner {
    /// The checks and their configuration.
    public var runner: CheckRunner
    /// How many pairs are checked at once by the pair checks.
    public var batchSize: Int
    /// How many pairs the corpus checks see at most.
    public var corpusLimit: Int
    /// How many findings are kept at most.
    public var findingLimit: Int

    private var batch: [SegmentPair] = []
    private var corpus: [SegmentPair] = []
    private var corpusOverflow = false
    private var findings: [Diagnostic] = []
    private var dropped = 0
    private var firstLocation: SourceLocation?
    private var keyedCount = 0
    private var firstKeyed: SegmentPair?

    /// Creates a runner.
    public init(runner: CheckRunner, batchSize: Int = 2_000, corpusLimit: Int = 5_000, findingLimit: Int = 5_000) {
        self.runner = runner
        self.runner.reportsKeyedUnits = false
        self.batchSize = batchSize
        self.corpusLimit = corpusLimit
        self.findingLimit = findingLimit
    }

    /// Adds a pair.
    public mutating func add(_ pair: SegmentPair) {
        if firstLocation == nil { firstLocation = pair.location }
        if runner.configuration.isEnabled(CheckRunner.keyedUnitsCode), pair.isKeyed {
            keyedCount += 1
            if firstKeyed == nil { firstKeyed = pair }
        }
        if !corpusOverflow {
            if corpus.count < corpusLimit {
                corpus.append(pair)
                return
            }
            // Too many to keep: the pair checks of the kept pairs run now, the rest stream in batches.
            corpusOverflow = true
            var pairRunner = runner
            pairRunner.checks = runner.checks.filter { type(of: $0).scope == .pair }
            keep(pairRunner.run(corpus))
        }
        batch.append(pair)
        if batch.count >= batchSize { flush() }
    }

    /// Runs what is left and returns every finding, in order.
    public mutating func finish() -> [Diagnostic] {
        if let firstKeyed { findings.append(CheckRunner.keyedUnitNote(count: keyedCount, example: firstKeyed)) }
        guard corpusOverflow else {
            keep(runner.run(corpus))
            corpus = []
            return findings
        }
        flush()
        var corpusRunner = runner
        corpusRunner.checks = runner.checks.filter { type(of: $0).scope != .pair }
        keep(corpusRunner.run(corpus))
        corpus = []
        if corpusOverflow {
            findings.append(Diagnostic(QualityChecksDiagnostics.partialCorpus,
                "the consistency and length checks looked at the first \(corpusLimit) segments of this file only",
                remedy: "check the publication (kopru.yaml) or smaller files to compare every segment", at: firstLocation))
        }
        if dropped > 0 {
            findings.append(Diagnostic(QualityChecksDiagnostics.moreFindings,
                "\(dropped) further QA findings in this file are not listed", at: firstLocation))
        }
        return findings
    }

    private mutating func flush() {
        guard !batch.isEmpty else { return }
        var pairRunner = runner
        pairRunner.checks = runner.checks.filter { type(of: $0).scope == .pair }
        keep(pairRunner.run(batch))
        batch.removeAll(keepingCapacity: true)
    }

    private mutating func keep(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            if findings.count < findingLimit { findings.append(diagnostic) } else { dropped += 1 }
        }
    }
}
