public import FormatReaders
import Pairing
public import PublicationCore
import QualityChecks

/// Runs the QA checks over the units of one bilingual file as they stream by, in bounded memory.
public final class QualityObserver: UnitObserver {
    private var runner = StreamingCheckRunner(runner: CheckRunner())

    public init() {}

    public func observe(_ unit: TranslationUnit, sourceLanguage: LanguageTag?, targetLanguage: LanguageTag?) {
        for pair in unit.checkPairs(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage) { runner.add(pair) }
    }

    public func finish() -> [Diagnostic] {
        runner.finish()
    }
}
