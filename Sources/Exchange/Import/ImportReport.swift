public import PublicationCore

/// What `kopru import` did, or would do with `--dry-run`.
public struct ImportReport: Sendable {
    /// One unit written into the sources.
    public struct Applied: Hashable, Sendable {
        /// The contribution's id.
        public var contribution: String
        /// The unit (block) id.
        public var unit: String
        /// The file written.
        public var file: String
        /// Whether the translation is confirmed: recorded in kopru.lock, or, for a translation kept in
        /// XLIFF, written with a confirming state.
        public var confirmed: Bool
    }

    /// One source file changed.
    public struct FileChange: Hashable, Sendable {
        /// The file's path, relative to the manifest.
        public var path: String
        /// Whether the file was created.
        public var created: Bool
        /// The units written into it.
        public var units: [String]
    }

    /// The units written.
    public var applied: [Applied] = []
    /// The units whose returned translation equals the one in the sources, as `contribution#block`.
    public var unchanged: [String] = []
    /// Refused units (errors) and units left out (notes).
    public var diagnostics: [Diagnostic] = []
    /// The files changed (or that would change).
    public var changes: [FileChange] = []
    /// The blocks confirmed in kopru.lock, as `contribution#block`; never one of a translation kept in
    /// XLIFF, whose units confirm it.
    public var confirmedInLock: [String] = []
    /// Earlier records of blocks of translations kept in XLIFF removed from kopru.lock, as
    /// `contribution#block`: the import wrote those blocks or found them unchanged, and their units decide.
    public var removedFromLock: [String] = []
    /// Where the previous versions of the changed files were copied, relative to the manifest.
    public var backupFolder: String?
    /// Whether nothing was written.
    public var isDryRun = false

    /// The refused units.
    public var refused: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}
