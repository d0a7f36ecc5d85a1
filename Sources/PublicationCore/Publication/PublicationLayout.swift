/// How the two languages of a volume are arranged on the page.
///
/// In `kopru.yaml` and on the command line the layouts are written `parallel`, `interleaved`,
/// `sequential` and `sequential-volumes`.
public enum PublicationLayout: String, Hashable, Sendable, Codable, CaseIterable {
    /// Two columns, German left and Turkish right; each ``AlignedRow`` is one row of the grid.
    case parallel
    /// Each block in its original language, followed by its translation, visibly marked.
    case interleaved
    /// Each contribution in its original language, then the whole contribution in translation.
    case sequential
    /// The whole volume in German, then the whole volume in Turkish.
    case sequentialVolumes = "sequential-volumes"
}
