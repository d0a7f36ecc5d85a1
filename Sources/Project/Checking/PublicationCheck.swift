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
/// let outcome = try check.run(lock: try LockFile.read(from: lockURL))
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

    /// Reads, pairs and checks the publication.
    ///
    /// - Parameters:
    ///   - lock: the lock file as it is.
    ///   - acceptance: the blocks to confirm, or `nil`. When it names something the publication does not
    ///     have, nothing is written and the outcome's ``Outcome/acceptance`` lists the unknown names.
    ///   - progress: called with the number of contributions read so far and the total.
    /// - Throws: ``ProjectError`` when the confirmed lock file cannot be written.
    public func run(
        lock: LockFile, accepting acceptance: LoadedPublication.Acceptance? = nil,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws(ProjectError) -> Outcome {
        let total = manifest.contributions.count
        var loaded = PublicationLoader().load(manifest, relativeTo: base, lock: lock) { done, _ in progress?(done, total) }
        var accepted: LoadedPublication.AcceptanceResult?
        if let acceptance {
            let result = loaded.accepting(acceptance, into: lock)
            accepted = result
            if result.unknownNames.isEmpty {
                try AtomicFile.write(Data(result.lock.text.utf8), to: base.appendingPathComponent("kopru.lock"),
                    displayPath: "kopru.lock")
                // The publication as it stands with the translations just confirmed: taken from the
                // pairing already done, not read and paired again.
                loaded.settle(result, previous: lock, manifest: manifest)
            }
        }
        var diagnostics = loaded.diagnostics
        if quality != .off { diagnostics += qualityFindings(loaded) }
        diagnostics = manifest.check.applying(diagnostics)
        let entries = loaded.files.map { CheckReport.FileEntry($0.statistics, readable: $0.isReadable) }
        let report = CheckReport(files: entries, contributions: loaded.contributionEntries, diagnostics: diagnostics)
        return Outcome(report: report, diagnostics: diagnostics, publication: loaded, acceptance: accepted)
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
