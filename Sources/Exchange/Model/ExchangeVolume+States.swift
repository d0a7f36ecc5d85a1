public import Alignment
import Foundation
public import PublicationCore

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
                let target = Self.joinedTarget(of: unit)
                let source = unit.segments.map(\.source.plainText).joined(separator: " ")
                let worst = Self.worstState(of: unit)
                var state = BlockState(status: .current, translationText: target?.plainText, translation: target)
                switch worst {
                case .missing: state.status = .missing
                case .empty: state.status = .empty
                case .untranslated, .needsReview: state.status = .needsReview
                case .translated: break
                }
                if target != nil, worst != .missing, worst != .empty, Self.normalised(source) != Self.normalised(block.text) {
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
                if block.kind == .title {
                    let empty = titleText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
                    result[block.id] = empty ? BlockState(status: .missing)
                        : BlockState(status: .current, translationText: titleText)
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

    /// The translated text of a block, if there is one, for notes.
    static func joinedTarget(of unit: TranslationUnit) -> InlineText? {
        var result = InlineText()
        var any = false
        for segment in unit.segments {
            guard let target = segment.target else { continue }
            if any { result.append(text: " ") }
            for element in target.elements { result.append(element) }
            any = true
        }
        return any ? result : nil
    }

    /// The joined source of a unit's segments.
    static func joinedSource(of unit: TranslationUnit) -> InlineText {
        var result = InlineText()
        for (index, segment) in unit.segments.enumerated() {
            if index > 0 { result.append(text: " ") }
            for element in segment.source.elements { result.append(element) }
        }
        return result
    }

    static func worstState(of unit: TranslationUnit) -> TranslationState {
        let order: [TranslationState] = [.missing, .empty, .untranslated, .needsReview, .translated]
        var worst = TranslationState.translated
        for segment in unit.segments where order.firstIndex(of: segment.state)! < order.firstIndex(of: worst)! {
            worst = segment.state
        }
        return unit.segments.isEmpty ? .missing : worst
    }

    static func normalised(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
