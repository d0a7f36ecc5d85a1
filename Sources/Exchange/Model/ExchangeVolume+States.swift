public import Pairing
import Foundation
import PublicationCore

extension ExchangeVolume.Contribution {
    /// The state of every block's translation, by block id.
    ///
    /// - XLIFF translation: the unit with the block's id; outdated when its source differs from the
    ///   block's text (white space collapsed), as the completeness check decides.
    /// - DocBook translation with ids: the block with the same id; outdated when the lock file recorded
    ///   another original text.
    /// - DocBook translation without ids: the structural pairing of the completeness check.
    public func states(lock: LockFile) -> [String: BlockState] {
        var result: [String: BlockState] = [:]
        switch translation {
        case .absent, .unreadable:
            for block in blocks { result[block.id] = BlockState(status: .missing) }
        case .xliff(let units, _):
            var byID: [String: TranslationUnit] = [:]
            for unit in units where byID[unit.id] == nil { byID[unit.id] = unit }
            for block in blocks {
                guard let unit = byID[block.id] else {
                    result[block.id] = BlockState(status: .missing)
                    continue
                }
                let target = unit.joinedTarget
                let source = unit.joinedSource.plainText
                let worst = unit.leastAdvancedState
                var state = BlockState(status: .current, translationText: target?.plainText, translation: target)
                switch worst {
                case .missing: state.status = .missing
                case .empty: state.status = .empty
                case .untranslated, .needsReview: state.status = .needsReview
                case .translated: break
                }
                if target != nil, worst != .missing, worst != .empty, source.comparableForm != block.text.comparableForm {
                    state.status = .outdated
                    state.oldSource = source
                }
                result[block.id] = state
            }
        case .docbook(let document, let pairedByIDs):
            let translated = Dictionary(ExchangeBlockCollector.blocks(of: document).map { ($0.id, $0) },
                uniquingKeysWith: { first, _ in first })
            let titleText = document.info.title.plainText
            var missingByStructure: Set<String> = []
            if !pairedByIDs {
                let alignment = ContributionPairer(lock: lock).pair(id: id, original: original,
                    originalPath: originalPath, translation: .document(document, path: translationPath ?? ""))
                for row in alignment.rows where row.status == .missingTranslation {
                    missingByStructure.formUnion(originalLanguage == .turkish ? row.turkishSegmentIDs : row.germanSegmentIDs)
                }
            }
            for block in blocks {
                if block.kind == .title || block.kind == .subtitle {
                    let text = block.kind == .title ? titleText : document.info.subtitle.plainText
                    let empty = text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
                    result[block.id] = empty ? BlockState(status: .missing)
                        : BlockState(status: .current, translationText: text)
                    continue
                }
                guard pairedByIDs else {
                    result[block.id] = BlockState(status: missingByStructure.contains(block.id) ? .missing : .current)
                    continue
                }
                guard let partner = translated[block.id] else {
                    result[block.id] = BlockState(status: .missing)
                    continue
                }
                var state = BlockState(status: .current, translationText: partner.text)
                if block.kind != .footnote, let recorded = lock.fingerprint(contribution: id, block: block.id),
                    recorded != Fingerprint.of(block.text)
                {
                    state.status = .outdated
                }
                result[block.id] = state
            }
        }
        return result
    }
}
