/// The inline codes of one side of a unit (all its sources, or all its targets) as far as pairing,
/// uniqueness, copying and reordering need them.
struct XLIFF2CodeSequence {
    /// A start code waiting for its end.
    struct OpenCode {
        var attributes: [String: String]
        var line: Int
        var column: Int
    }

    /// What `copyOf` needs to know about a code.
    struct CodeInfo {
        /// `true` for `<ph>`, `false` for the paired `<pc>`, `<sc>` and `<ec>`.
        var isPlaceholder: Bool
        var canCopy: Bool
    }

    /// A run of codes that may not be reordered: a `firstNo` code and the `no` codes after it.
    struct Run: Equatable {
        var tokens: [String]
        var line: Int
        var column: Int

        static func == (lhs: Run, rhs: Run) -> Bool { lhs.tokens == rhs.tokens }
    }

    /// Ids of the inline elements, which must be unique.
    var ids = XLIFF2IDMap<Void>()
    /// `<sc>` elements whose `<ec>` has not come yet.
    var openCodes = XLIFF2IDMap<OpenCode>()
    /// `<sm>` elements whose `<em>` has not come yet.
    var openMarkers = XLIFF2IDMap<OpenCode>()
    /// Ids of isolated `<sc>` elements.
    var isolatedStarts = XLIFF2IDMap<Void>()
    /// The codes that `copyOf` may point to.
    var codes = XLIFF2IDMap<CodeInfo>()
    /// Finished runs of non-reorderable codes.
    var runs: [Run] = []
    /// The run being collected.
    var currentRun: Run?
    /// Ids whose opening is in the current run.
    var runMembers = XLIFF2IDMap<Void>()

    /// Empties the sequence, keeping the storage of its lists.
    mutating func removeAll() {
        ids.removeAll()
        openCodes.removeAll()
        openMarkers.removeAll()
        isolatedStarts.removeAll()
        codes.removeAll()
        if !runs.isEmpty { runs.removeAll(keepingCapacity: true) }
        if currentRun != nil { currentRun = nil }
        runMembers.removeAll()
    }

    /// Whether a run is being collected and `id` opened in it, so that its closing joins the run.
    func runHolds(_ id: String) -> Bool {
        currentRun != nil && runMembers.contains(id)
    }

    /// Closes the current run.
    mutating func endRun() {
        guard let run = currentRun else { return }
        runs.append(run)
        currentRun = nil
        runMembers.removeAll()
    }
}
