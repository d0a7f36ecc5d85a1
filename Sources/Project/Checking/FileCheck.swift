import Foundation
import FormatReaders
import Pairing
public import PublicationCore
import QualityChecks

/// `kopru check FILE…`: each file's counts and its per-segment listing, the QA checks, and files that
/// differ only by a language token (`x.de.xlf`, `x.tr.xlf`, `x.en.xlf`) paired unit by unit through
/// their common source.
///
/// ```swift
/// let outcome = FileCheck(quality: .auto).run(["Sources-tr/04-saarbruecken.xlf"])
/// print(outcome.report.summary.complete, outcome.diagnostics.count)
/// ```
public struct FileCheck: Sendable {
    /// When the QA checks run.
    public var quality: QualityMode

    /// What a check of files found.
    public struct Outcome: Sendable {
        /// The counts, the contributions paired through a common source, the findings and the summary.
        public var report: CheckReport
        /// Every finding, in the order to print them.
        public var diagnostics: [Diagnostic]
        /// Whether any path named something to read: a file (also one that does not exist, which is
        /// reported), or a folder holding files. False when every path is a folder without a file Köprü
        /// reads: then nothing was checked, and no verdict can be given.
        public var foundInputs: Bool
    }

    public init(quality: QualityMode = .auto) {
        self.quality = quality
    }

    /// Checks the files and folders of `paths`.
    ///
    /// - Parameter progress: called with the number of files read so far and the total.
    public func run(_ paths: [String], progress: (@Sendable (Int, Int) -> Void)? = nil) -> Outcome {
        var collector = InputCollector()
        let inputs = collector.collect(paths)
        var diagnostics: [Diagnostic] = collector.missing.map {
            Diagnostic(.error, FormatReaderDiagnostics.unreadable.code, "\($0): no such file or folder", remedy: "check the path")
        }
        diagnostics += collector.emptyFolders.map {
            Diagnostic(ProjectDiagnostics.emptyFolder, "the folder \($0) holds no file Köprü reads")
        }
        let foundInputs = !(inputs.isEmpty && collector.missing.isEmpty)
        // Files whose paths differ only by a language token are versions of the same content: their units
        // are kept for pairing. Every other file streams through and is only counted.
        let groups = FileGrouper().group(inputs.map(\.displayPath))
        let indexByPath = Dictionary(inputs.enumerated().map { ($1.displayPath, $0) }, uniquingKeysWith: { first, _ in first })
        let kept = Set(groups.flatMap { $0.members.compactMap { indexByPath[$0.path] } })
        let checks = quality == .off ? nil : CheckRunner()
        let sizes = inputs.map { (try? FileManager.default.attributesOfItem(atPath: $0.url.path)[.size] as? Int) ?? 0 }
        let quality = self.quality
        let qualityFiles = Set(inputs.indices.filter { index in
            quality == .on || (quality == .auto && sizes[index] <= QualityMode.automaticLimit)
        })
        for index in inputs.indices where quality == .auto && sizes[index] > QualityMode.automaticLimit {
            diagnostics.append(Diagnostic(QualityChecksDiagnostics.skippedLargeFile,
                "the QA checks were not run on this \(sizes[index] / 1_000_000) MB file; its counts are complete",
                remedy: "run `kopru check --qa on` to check every segment of large files too",
                at: SourceLocation(file: inputs[index].displayPath, line: 1, column: 1)))
        }
        let total = inputs.count
        let loaded = FileBatchReader().read(inputs.map { ($0.url, $0.displayPath) }, keepingUnitsOf: kept,
            observers: { index in
                CombinedObserver([CompletenessObserver()] + (qualityFiles.contains(index) ? [QualityObserver()] : []))
            }) { done in
            progress?(done, total)
        }
        var entries: [CheckReport.FileEntry] = []
        for (index, (document, units, findings)) in loaded.enumerated() {
            diagnostics.append(contentsOf: document.diagnostics)
            diagnostics.append(contentsOf: CombinedObserver.listing(findings, units: units, of: document))
            // A file kept for pairing is also checked against its own source (often English), as a
            // translator made it; its German–Turkish pairs through that source are checked below.
            if let checks, let units, kept.contains(index), qualityFiles.contains(index) {
                let statistics = document.statistics
                let pairs = units.flatMap {
                    $0.checkPairs(sourceLanguage: statistics.sourceLanguage, targetLanguage: statistics.targetLanguage)
                }
                diagnostics.append(contentsOf: checks.run(pairs))
            }
            entries.append(CheckReport.FileEntry(document.statistics, readable: document.isReadable))
        }
        var contributions: [CheckReport.ContributionEntry] = []
        for group in groups {
            let sets: [TranslationFileSet] = group.members.compactMap { member in
                // A file with errors (a duplicate id, say) still takes part with the units it has.
                guard let index = indexByPath[member.path], let units = loaded[index].units,
                    let format = loaded[index].document.format, !format.isContribution
                else { return nil }
                let statistics = loaded[index].document.statistics
                return TranslationFileSet(path: member.path, sourceLanguage: statistics.sourceLanguage,
                    targetLanguage: statistics.targetLanguage, units: units)
            }
            guard sets.contains(where: { !$0.isSourceOnly }) else { continue }
            let result = PivotPairer().pair(sets, group: group.key)
            diagnostics.append(contentsOf: result.diagnostics)
            // Each translation was checked against its own source above; the German–Turkish pairs through
            // that source are checked only for what needs both languages.
            if checks != nil { diagnostics.append(contentsOf: CheckRunner(checks: CheckCatalog.pivotChecks()).run(result.pairs)) }
            for language in [LanguageTag.german, .turkish] {
                guard let counts = result.languages[language] else { continue }
                contributions.append(CheckReport.ContributionEntry(
                    id: "\(group.key) → \(language.code)", originLanguage: result.pivotLanguage?.code ?? "?",
                    segments: counts.segments, translated: counts.translated, missing: counts.missing,
                    outdated: counts.outdated, needsReview: counts.needsReview))
            }
        }
        diagnostics = CombinedObserver.withoutRepeats(diagnostics)
        let report = CheckReport(files: entries, contributions: contributions, diagnostics: diagnostics,
            unreadableInputs: collector.missing.count)
        return Outcome(report: report, diagnostics: diagnostics, foundInputs: foundInputs)
    }
}
