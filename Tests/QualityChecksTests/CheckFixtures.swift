import Pairing
import QualityChecks
import PublicationCore

/// Builds pairs for check tests: German → Turkish unless said otherwise.
enum CheckFixtures {
    static func pair(
        _ source: InlineText, _ target: InlineText?, from sourceLanguage: LanguageTag = .german,
        to targetLanguage: LanguageTag = .turkish, id: String = "p1", group: String = "",
        state: TranslationState? = nil, written: String? = nil, notes: [Note] = []
    ) -> SegmentPair {
        let derived: TranslationState =
            target == nil ? .missing : (target!.hasNoText ? .empty : .translated)
        return SegmentPair(
            id: id, group: group, source: source, target: target, sourceLanguage: sourceLanguage,
            targetLanguage: targetLanguage, state: state ?? derived, writtenState: written,
            location: SourceLocation(file: "Sources-tr/\(group.isEmpty ? "test" : group).xlf", line: 7, column: 3),
            notes: notes)
    }

    static func turkishToGerman(_ source: InlineText, _ target: InlineText?, id: String = "p1") -> SegmentPair {
        pair(source, target, from: .turkish, to: .german, id: id)
    }

    /// The findings of a pair check.
    static func findings(_ check: some QualityCheck, _ pair: SegmentPair) -> [Diagnostic] {
        check.check(pair, in: CheckContext())
    }

    static func code(_ kind: InlineCode.Kind, _ id: String, element: String = "g") -> InlineText.Element {
        .code(InlineCode(kind: kind, element: element, id: id))
    }
}
