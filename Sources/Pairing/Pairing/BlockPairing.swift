import PublicationCore

/// The one decision how two documents' blocks pair, for `kopru check` (``ContributionPairer``) and
/// `kopru align` (``DocumentAligner``) alike: by ids when the translation shares at least half of its
/// blocks' ids with the original (ids derived from a Word paragraph's number never count), otherwise by
/// structure (``BlockSequenceAligner``).
///
/// By ids, a translation block whose id the original does not have is an addition, placed right before
/// the next paired block; a second block with an id already paired is neither paired nor an addition.
enum BlockPairing {
    /// Whether two lists of leaves pair by ids.
    static func pairsByIDs(_ first: [TextLeaf], _ second: [TextLeaf]) -> Bool {
        let firstIDs = Set(first.compactMap(\.id))
        // Ids derived from a Word paragraph's number match between unrelated documents: never pair by them.
        let shared = second.compactMap(\.id).filter { firstIDs.contains($0) && !DerivedBlockID.isDerived($0) }.count
        return shared > 0 && shared * 2 >= min(first.count, second.count)
    }

    /// The method and the steps: each step pairs an original leaf with a translation leaf, or leaves
    /// one side out.
    static func pair(_ first: [TextLeaf], _ second: [TextLeaf])
        -> (method: ContributionAlignment.Method, steps: [BlockSequenceAligner.Step])
    {
        guard pairsByIDs(first, second) else { return (.structure, BlockSequenceAligner().align(first, second)) }
        return (.ids, stepsByIDs(first, second))
    }

    static func stepsByIDs(_ first: [TextLeaf], _ second: [TextLeaf]) -> [BlockSequenceAligner.Step] {
        let firstIDs = Set(first.compactMap(\.id))
        var secondIndex: [String: Int] = [:]
        for (index, leaf) in second.enumerated() { if let id = leaf.id, secondIndex[id] == nil { secondIndex[id] = index } }
        var steps: [BlockSequenceAligner.Step] = []
        var used = Set<Int>()
        var nextSecond = 0
        for (index, leaf) in first.enumerated() {
            if let id = leaf.id, let partner = secondIndex[id] {
                // Blocks only the second side has, before this partner, come first.
                while nextSecond < partner {
                    if !used.contains(nextSecond), second[nextSecond].id.map({ !firstIDs.contains($0) }) ?? true {
                        steps.append(.init(original: nil, translation: nextSecond))
                        used.insert(nextSecond)
                    }
                    nextSecond += 1
                }
                steps.append(.init(original: index, translation: partner))
                used.insert(partner)
                nextSecond = max(nextSecond, partner + 1)
            } else {
                steps.append(.init(original: index, translation: nil))
            }
        }
        for index in second.indices where !used.contains(index) && (second[index].id.map { !firstIDs.contains($0) } ?? true) {
            steps.append(.init(original: nil, translation: index))
        }
        return steps
    }
}
