public import PublicationCore

extension ContributionAlignment {
    /// Takes confirmations just recorded in the lock file into the alignment, as pairing again with the
    /// new lock file would: a block that was outdated because the lock file recorded another original
    /// is translated now, its row too, and its `align.outdated` finding goes.
    ///
    /// Only a DocBook, Word or OpenDocument translation (paired by ids or by structure) depends on the lock
    /// file; an XLIFF unit is outdated by its own source, which a confirmation does not change.
    ///
    /// ```swift
    /// var alignment = ContributionPairer(lock: oldLock).pair(…)
    /// let gone = alignment.confirm(["osn-p1"])   // osn-p1's align.outdated finding
    /// alignment.blockStates["osn-p1"]?.status   // .current, as ContributionPairer(lock: newLock) says
    /// ```
    ///
    /// - Parameter ids: the ids of the blocks whose originals were just confirmed.
    /// - Returns: the findings that no longer hold, in the order they were in ``diagnostics``.
    @discardableResult
    public mutating func confirm(_ ids: Set<String>) -> [Diagnostic] {
        guard method == .ids || method == .structure else { return [] }
        var confirmed = Set<String>()
        for id in ids {
            guard var state = blockStates[id], state.status == .outdated else { continue }
            state.status = .current
            blockStates[id] = state
            counts.outdated -= 1
            counts.translated += 1
            confirmed.insert(id)
        }
        guard !confirmed.isEmpty else { return [] }
        for index in rows.indices where rows[index].status == .outdated
            && rows[index].segmentIDs(in: originalLanguage).contains(where: confirmed.contains)
        {
            rows[index].status = .translated
        }
        let settled = { (diagnostic: Diagnostic) in
            diagnostic.code == PairingDiagnostics.outdated.code && diagnostic.unit.map(confirmed.contains) == true
        }
        let gone = diagnostics.filter(settled)
        diagnostics.removeAll(where: settled)
        return gone
    }
}
