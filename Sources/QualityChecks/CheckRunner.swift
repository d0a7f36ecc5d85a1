import Dispatch
import Foundation
import Pairing
public import PublicationCore

/// Runs QA checks over all pairs of a publication, with a configuration.
///
/// Pair checks run first, then corpus checks (consistency, length norms), then review checks,
/// which see the findings of the others. Severities come from ``CheckConfiguration``; a check set to
/// `off` does not run. Findings silenced by a configured ``CheckSuppression`` or by an inline marker
/// in a note (`kopru:ignore qa.repeated-word`) are dropped before the review checks see them.
/// Findings come out in pair order, and in the order of ``checks`` within a pair.
///
/// ```swift
/// let runner = CheckRunner(checks: CheckCatalog.defaultChecks(glossary: glossary))
/// let findings = runner.run(pairs)
/// ```
public struct CheckRunner: Sendable {
    /// The checks, in the order their findings are reported within a pair.
    public var checks: [any QualityCheck]
    /// Severities, disabled checks and suppressions.
    public var configuration: CheckConfiguration
    /// Whether ``run(_:)`` adds one `qa.keyed-units` note per file that has keyed units.
    public var reportsKeyedUnits = true

    /// Creates a runner.
    ///
    /// - Parameters:
    ///   - checks: the checks to run; by default every check of ``CheckCatalog`` without a glossary.
    ///   - configuration: severities and suppressions.
    public init(checks: [any QualityCheck] = CheckCatalog.defaultChecks(), configuration: CheckConfiguration = .init()) {
        self.checks = checks
        self.configuration = configuration
    }

    /// Runs the checks.
    ///
    /// - Parameter pairs: every pair of the publication or file set.
    /// - Returns: the findings, with configured severities, in pair order.
    public func run(_ pairs: [SegmentPair]) -> [Diagnostic] {
        let enabled = checks.enumerated().filter { configuration.isEnabled(type(of: $0.element).code) }
        // Unit ids repeat across files, so a pair is known by its id and its place.
        var pairIndex: [PairKey: Int] = [:]
        var inlineMarkers: [Int: CheckSuppression.InlineMarker] = [:]
        for (index, pair) in pairs.enumerated() {
            let key = PairKey(unit: pair.id, location: pair.location)
            if pairIndex[key] == nil { pairIndex[key] = index }
            if !pair.notes.isEmpty, let marker = CheckSuppression.inlineMarker(in: pair.notes) {
                inlineMarkers[index] = marker
            }
        }
        var ordered: [(pair: Int, check: Int, sequence: Int, diagnostic: Diagnostic)] = []
        var context = CheckContext()

        func keep(_ diagnostic: Diagnostic, check order: Int, pair index: Int?) {
            let resolved = index ?? diagnostic.unit.flatMap { pairIndex[PairKey(unit: $0, location: diagnostic.location)] }
            guard var adjusted = configured(diagnostic, marker: resolved.flatMap { inlineMarkers[$0] }) else { return }
            adjusted.unit = adjusted.unit ?? index.map { pairs[$0].id }
            ordered.append((resolved ?? pairs.count, order, ordered.count, adjusted))
        }

        let pairChecks = enabled.filter { type(of: $0.element).scope == .pair }.map { (order: $0.offset, check: $0.element) }
        for (index, order, diagnostic) in Self.runPairChecks(pairChecks, over: pairs, in: context) {
            keep(diagnostic, check: order, pair: index)
        }
        for (order, check) in enabled where type(of: check).scope == .corpus {
            let checkType = type(of: check)
            let eligible = pairs.filter { checkType.applies(to: $0) }
            for diagnostic in check.check(corpus: eligible, in: context) { keep(diagnostic, check: order, pair: nil) }
        }
        let reviewChecks = enabled.filter { type(of: $0.element).scope == .review }
        if !reviewChecks.isEmpty {
            for entry in ordered {
                guard let unit = entry.diagnostic.unit else { continue }
                context.findings[unit, default: []].append(entry.diagnostic)
            }
            for (order, check) in reviewChecks {
                for diagnostic in check.check(corpus: pairs, in: context) { keep(diagnostic, check: order, pair: nil) }
            }
        }
        if reportsKeyedUnits {
            for (index, note) in Self.keyedUnitNotes(pairs) { ordered.append((index, -1, ordered.count, note)) }
        }
        ordered.sort { ($0.pair, $0.check, $0.sequence) < ($1.pair, $1.check, $1.sequence) }
        return ordered.map(\.diagnostic)
    }

    /// Runs the pair checks over chunks of pairs on all processors; findings come back in pair order.
    private static func runPairChecks(
        _ checks: [(order: Int, check: any QualityCheck)], over pairs: [SegmentPair], in context: CheckContext
    ) -> [(Int, Int, Diagnostic)] {
        guard !checks.isEmpty, !pairs.isEmpty else { return [] }
        let processors = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunkSize = max(512, pairs.count / (processors * 8) + 1)
        let chunkCount = (pairs.count + chunkSize - 1) / chunkSize
        @Sendable func run(chunk: Int) -> [(Int, Int, Diagnostic)] {
            var found: [(Int, Int, Diagnostic)] = []
            for index in (chunk * chunkSize)..<min(pairs.count, (chunk + 1) * chunkSize) {
                let pair = pairs[index]
                let untranslated = pair.isUntranslated
                let keyed = pair.isKeyed
                for (order, check) in checks {
                    let checkType = type(of: check)
                    if untranslated && !checkType.appliesToUntranslatedUnits { continue }
                    if keyed && !checkType.appliesToKeyedUnits { continue }
                    for diagnostic in check.check(pairs[index], in: context) { found.append((index, order, diagnostic)) }
                }
            }
            return found
        }
        if chunkCount == 1 || processors == 1 { return run(chunk: 0) + (1..<chunkCount).flatMap { run(chunk: $0) } }
        var results = [[(Int, Int, Diagnostic)]](repeating: [], count: chunkCount)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each iteration writes only its own slot.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
                slots[chunk] = run(chunk: chunk)
            }
        }
        return results.flatMap { $0 }
    }

    /// The code of the note that a file has keyed units.
    public static let keyedUnitsCode: DiagnosticCode = QualityChecksDiagnostics.keyedUnits.code

    /// One note per file with keyed units (``SegmentPair/isKeyed``), at the first of them, with the
    /// index of that pair.
    static func keyedUnitNotes(_ pairs: [SegmentPair]) -> [(Int, Diagnostic)] {
        var firstByFile: [String: Int] = [:]
        var countByFile: [String: Int] = [:]
        var files: [String] = []
        for (index, pair) in pairs.enumerated() where pair.isKeyed {
            let file = pair.location?.file ?? ""
            if firstByFile[file] == nil {
                firstByFile[file] = index
                files.append(file)
            }
            countByFile[file, default: 0] += 1
        }
        return files.map { file in
            let index = firstByFile[file]!
            return (index, keyedUnitNote(count: countByFile[file]!, example: pairs[index]))
        }
    }

    /// The note that `count` units of a file, the first being `example`, have a message key as source.
    static func keyedUnitNote(count: Int, example: SegmentPair) -> Diagnostic {
        let units = count == 1 ? "1 unit has" : "\(count) units have"
        return Diagnostic(
            .note, keyedUnitsCode,
            "\(units) a message key instead of text as the source, such as “\(example.source.plainText)”; the checks "
                + "of punctuation, numbers, words and length skip them",
            remedy: "nothing to do; to check the wording, check the file whose source holds the text (often the "
                + "English one) against this translation",
            at: example.location, unit: example.id)
    }

    /// A finding with its configured severity, or `nil` when it is switched off or silenced.
    private func configured(_ diagnostic: Diagnostic, marker: CheckSuppression.InlineMarker?) -> Diagnostic? {
        guard let severity = configuration.severity(of: diagnostic.code, default: diagnostic.severity) else { return nil }
        if let unit = diagnostic.unit, !configuration.suppressions.isEmpty {
            let anyFile = CheckSuppression(diagnostic.code, unit: unit)
            let thisFile = CheckSuppression(diagnostic.code, unit: unit, file: diagnostic.location?.file)
            if configuration.suppressions.contains(anyFile) || configuration.suppressions.contains(thisFile) { return nil }
        }
        switch marker {
        case .all?: return nil
        case .codes(let codes)? where codes.contains(diagnostic.code): return nil
        default: break
        }
        var result = diagnostic
        result.severity = severity
        return result
    }

    /// A pair's id and place, which together tell pairs apart across files.
    private struct PairKey: Hashable {
        var unit: String
        var location: SourceLocation?
    }
}
