public import FormatReaders
import Pairing
public import PublicationCore
import QualityChecks

/// Shows each unit of a file to several observers (the per-segment listing and the QA checks) and
/// joins their findings.
public final class CombinedObserver: UnitTallyObserver {
    private let observers: [any UnitObserver]
    /// The observers that can be shown tallies, found once: a cast per unit asks the run-time for the
    /// conformance each time.
    private let tallyObservers: [any UnitTallyObserver]

    public init(_ observers: [any UnitObserver]) {
        self.observers = observers
        tallyObservers = observers.compactMap { $0 as? any UnitTallyObserver }
    }

    public func observe(_ unit: TranslationUnit, sourceLanguage: LanguageTag?, targetLanguage: LanguageTag?) {
        for observer in observers { observer.observe(unit, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage) }
    }

    /// Shown when every observer is a tally observer that asks for counts only (``unitDetail``).
    public func observe(_ tally: UnitTally, sourceLanguage: LanguageTag?, targetLanguage: LanguageTag?) {
        for observer in tallyObservers {
            observer.observe(tally, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        }
    }

    public func finish() -> [Diagnostic] {
        observers.flatMap { $0.finish() }
    }

    /// What the most demanding observer needs: counts only if every observer is shown tallies for counts only.
    public var unitDetail: UnitDetail {
        observers.allSatisfy { $0.tallyObserver != nil } ? .counts : .full
    }

    /// The findings of a file read in `kopru check FILE`: those its observer made while the file
    /// streamed by, or, for a file whose units were kept for pairing (no observer saw them), the
    /// per-segment listing made from those units.
    public static func listing(_ findings: [Diagnostic], units: [TranslationUnit]?, of document: LoadedDocument) -> [Diagnostic] {
        guard let units else { return findings }
        let listing = CompletenessObserver()
        for unit in units {
            listing.observe(unit, sourceLanguage: document.statistics.sourceLanguage,
                targetLanguage: document.statistics.targetLanguage)
        }
        return findings + listing.finish()
    }

    /// The QA findings that say again what the listing says (`qa.missing-target`, `qa.empty-target` at
    /// the place of a `file.missing-target`, `file.empty-target`) are dropped.
    public static func withoutRepeats(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let repeats: [DiagnosticCode: DiagnosticCode] = [
            MissingTargetCheck.code: FormatReaderDiagnostics.missingTarget.code,
            EmptyTargetCheck.code: FormatReaderDiagnostics.emptyTarget.code,
        ]
        let listed = Set(diagnostics.compactMap { diagnostic in
            diagnostic.location.map { "\(diagnostic.code.rawValue) \($0)" }
        })
        return diagnostics.filter { diagnostic in
            guard let listing = repeats[diagnostic.code], let location = diagnostic.location else { return true }
            return !listed.contains("\(listing.rawValue) \(location)")
        }
    }
}
