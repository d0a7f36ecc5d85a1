import FormatReaders
import Pairing
import Project
import PublicationCore
import QualityChecks

/// Runs the QA checks over the units of one bilingual file as they stream by, in bounded memory.
final class QualityObserver: UnitObserver {
    private var runner = StreamingCheckRunner(runner: CheckRunner())

    func observe(_ unit: TranslationUnit, sourceLanguage: LanguageTag?, targetLanguage: LanguageTag?) {
        for pair in unit.checkPairs(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage) { runner.add(pair) }
    }

    func finish() -> [Diagnostic] {
        runner.finish()
    }
}
