public import Foundation
public import Pairing
public import PublicationCore
import QualityChecks

/// `kopru check` on a publication: every contribution's original against its translation, the QA
/// checks with the manifest's glossary, severities and suppressions, and, when asked, confirming
/// translations in `kopru.lock`.
///
/// ```swift
/// let check = PublicationCheck(manifest: manifest, base: projectFolder)
/// let outcome = check.run(lock: try LockFile.read(from: lockURL))
/// print(outcome.report.summary.complete)
/// ```
public struct PublicationCheck: Sendable {
    public var manifest: Manifest
    /// The folder of `kopru.yaml`; paths in the manifest are relative to it.
    public var base: URL
    /// When the QA checks run (`auto` runs them on a publication).
    public var quality: QualityMode

    /// What the check found.
    public struct Outcome: Sendable {
        /// The counts, the findings and the summary (the gate is applied by the caller).
        public var report: CheckReport
        /// Every finding, with the manifest's severities applied.
        public var diagnostics: [Diagnostic]
        /// The publication as read and paired (after confirming, with the new lock).
        public var publication: LoadedPublication
        /// What `--accept` confirmed; `nil` when nothing was to be confirmed.
        public var acceptance: LoadedPublication.AcceptanceResult?
    }

    public init(manifest: Manifest, base: URL, quality: QualityMode = .auto) {
        self.manifest = manifest
        self.base = base
        self.quality = quality
    }

    /// How long ``run(accepting:progress:)`` waits for another process that holds the project's write
    /// lock, in seconds (``ProjectLock/defaultTimeout`` unless set).
    public var lockTimeout: Double = ProjectLock.defaultTimeout

    /// Reads, pairs and checks the publication; writes nothing.
    ///
    /// - Parameters:
    ///   - lock: the lock file as it is.
    ///   - progress: called with the number of contributions read so far and the total.
    public func run(lock: LockFile, progress: (@Sendable (Int, Int) -> Void)? = nil) -> Outcome {
        check(load(lock, progress: progress), acceptance: nil)
    }

    /// Confirms translations in `kopru.lock` (`kopru check --accept`), then checks the publication as it
    /// stands with them.
    ///
    /// One writer at a time: it takes the project's write lock (``ProjectLock``) before it reads
    /// `kopru.lock`, and keeps it until the new one is written, so that two confirmations at once never
    /// lose one another's entries. The publication is read and paired once.
    ///
    /// - Parameters:
    ///   - acceptance: the blocks to confirm. When it names something the publication does not have,
    ///     nothing is written and the outcome's ``Outcome/acceptance`` lists the unknown names.
    ///   - progress: called with the number of contributions read so far and the total.
    /// - Throws: ``ProjectError/locked(path:holder:)`` when another process holds the project's write lock
    ///   longer than ``lockTimeout``; ``ProjectError/unreadableLockFile(_:)`` when `kopru.lock` cannot be
    ///   read; ``ProjectError`` when the new lock file cannot be written.
    public func run(
        accepting acceptance: LoadedPublication.Acceptance, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws(ProjectError) -> Outcome {
        let projectLock = try ProjectLock.acquire(in: base, purpose: "kopru check --accept", timeout: lockTimeout)
        defer { projectLock.release() }
        let lock: LockFile
        switch LockFile.read(inProject: base) {
        case .success(let read): lock = read
        case .failure(let problem): throw .unreadableLockFile(problem)
        }
        var loaded = load(lock, progress: progress)
        let result = loaded.accepting(acceptance, into: lock)
        if result.unknownNames.isEmpty {
            // Unchanged confirmations leave the file as it is, and no empty kopru.lock appears where none was.
            if result.lock != lock {
                try AtomicFile.write(Data(result.lock.text.utf8), to: base.appendingPathComponent("kopru.lock"),
                    displayPath: "kopru.lock")
            }
            // The publication as it stands with the translations just confirmed: taken from the
            // pairing already done, not read and paired again.
            loaded.settle(result, previous: lock, manifest: manifest)
        }
        return check(loaded, acceptance: result)
    }

    /// Reads and pairs the publication.
    func load(_ lock: LockFile, progress: (@Sendable (Int, Int) -> Void)?) -> LoadedPublication {
        let total = manifest.contributions.count
        return PublicationLoader().load(manifest, relativeTo: base, lock: lock) { done, _ in progress?(done, total) }
    }

    /// The findings and the report of a publication read and paired.
    func check(_ loaded: LoadedPublication, acceptance: LoadedPublication.AcceptanceResult?) -> Outcome {
        var diagnostics = loaded.diagnostics
        if quality != .off { diagnostics += qualityFindings(loaded) }
        diagnostics = manifest.check.applying(diagnostics)
        let entries = loaded.files.map { CheckReport.FileEntry($0.statistics, readable: $0.isReadable) }
        let report = CheckReport(files: entries, contributions: loaded.contributionEntries, diagnostics: diagnostics)
        return Outcome(report: report, diagnostics: diagnostics, publication: loaded, acceptance: acceptance)
    }

    /// The QA findings of a publication: its pairs, with the manifest's glossary, severities and
    /// suppressions, and the problems found in those settings.
    func qualityFindings(_ loaded: LoadedPublication) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        // The manifest's reader has checked the values; the QA codes among them go to the runner.
        var configuration = CheckConfiguration(settings: manifest.check.severities.filter { CheckCatalog.codes.contains($0.key) })
        let (suppressions, suppressionProblems) = CheckConfiguration.parse(suppressions: manifest.check.suppressions)
        configuration.suppressions = suppressions
        problems += suppressionProblems
        let (glossary, glossaryProblems) = manifest.glossary(relativeTo: base)
        problems += glossaryProblems
        let runner = CheckRunner(
            checks: CheckCatalog.defaultChecks(glossary: glossary, placeholders: manifest.check.placeholders),
            configuration: configuration)
        return problems + runner.run(loaded.pairs)
    }
}

extension Manifest.CheckSettings {
    /// The diagnostics with `check.severities` applied to every code but the QA checks' (the QA runner
    /// applies those to its own findings, so each setting is applied once): a code set to `off` is
    /// dropped, another severity replaces the default (for example `align.missing: error`).
    public func applying(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard !severities.isEmpty else { return diagnostics }
        return diagnostics.compactMap { diagnostic in
            guard !CheckCatalog.codes.contains(diagnostic.code), let setting = severities[diagnostic.code] else {
                return diagnostic
            }
            guard let severity = setting.severity else { return nil }
            var changed = diagnostic
            changed.severity = severity
            return changed
        }
    }
}
