import Pairing
public import PublicationCore

extension TranslationUnit {
    /// The pairs the QA checks see in one bilingual unit: one per segment that has a target, from the
    /// file's source language to its target language.
    ///
    /// A segment without a target is counted, not checked; a unit marked `translate="no"` and a file
    /// whose two languages are unknown or the same give no pairs.
    ///
    /// - Parameters:
    ///   - sourceLanguage: the file's source language.
    ///   - targetLanguage: the file's target language.
    /// - Returns: the pairs, in segment order, with ids `unit` or `unit#segment`.
    public func checkPairs(sourceLanguage: LanguageTag?, targetLanguage: LanguageTag?) -> [SegmentPair] {
        guard isTranslatable, let sourceLanguage, let targetLanguage, sourceLanguage != targetLanguage else { return [] }
        var pairs: [SegmentPair] = []
        for segment in segments {
            guard let target = segment.target else { continue }
            let id = segment.id.map { "\(key)#\($0)" } ?? key.description
            pairs.append(SegmentPair(id: id, group: fileKey, source: segment.source, target: target,
                sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, state: segment.state,
                writtenState: segment.writtenState, location: segment.location ?? location, notes: notes))
        }
        return pairs
    }
}
