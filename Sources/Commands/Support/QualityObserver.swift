import Alignment
import FormatReaders
import PublicationCore

/// Runs the QA checks over the units of one bilingual file as they stream by, in bounded memory.
final class QualityObserver: UnitObserver {
    private var runner = StreamingCheckRunner(runner: CheckRunner())

    func observe(_ unit: TranslationUnit, sourceLanguage: LanguageTag?, targetLanguage: LanguageTag?) {
        guard unit.isTranslatable, let sourceLanguage, let targetLanguage, sourceLanguage != targetLanguage else { return }
        for segment in unit.segments {
            // A missing target is counted, not a QA finding.
            guard let target = segment.target else { continue }
            let id = segment.id.map { "\(unit.key)#\($0)" } ?? unit.key.description
            runner.add(SegmentPair(id: id, group: unit.fileKey, source: segment.source, target: target,
                sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, state: segment.state,
                writtenState: segment.writtenState, location: segment.location ?? unit.location, notes: unit.notes))
        }
    }

    func finish() -> [Diagnostic] {
        runner.finish()
    }
}
