public import Alignment
public import FormatReaders
public import PublicationCore

/// A publication read from its manifest: the volume ready for the writers, and everything the check
/// needs (per-file counts, per-contribution pairing results, diagnostics).
public struct LoadedPublication: Sendable {
    /// One contribution's pairing result.
    public struct ContributionResult: Sendable {
        public var id: String
        public var originalLanguage: LanguageTag
        public var alignment: ContributionAlignment
        /// The original's path, relative to the manifest.
        public var originalPath: String
        /// The original as read (figure paths as written in its file).
        public var original: ContributionDocument
        /// The translation's path, if the manifest names one.
        public var translationPath: String?
        /// The translation as read: a document, XLIFF units, or nothing.
        public var translation: TranslationSource
        /// The translation file's format; `nil` when it does not exist or could not be recognised.
        public var translationFormat: DocumentFormat?
        /// Whether the translation file exists.
        public var translationExists: Bool
    }

    /// The volume for the writers.
    public var publication: BilingualPublication
    /// Each contribution's pairing, in reading order.
    public var contributions: [ContributionResult]
    /// Each file read, in manifest order.
    public var files: [LoadedDocument]
    /// Problems of the files and of the pairing.
    public var diagnostics: [Diagnostic]

    /// Source and translation of every paired block of the volume, for the QA checks.
    public var pairs: [SegmentPair] { contributions.flatMap(\.alignment.pairs) }

    /// The lock file that confirms every translated block as it is now.
    public func acceptingAll(into lock: LockFile) -> LockFile {
        var result = lock
        for contribution in contributions {
            for row in contribution.alignment.rows where row.status == .translated || row.status == .outdated
                || row.status == .needsReview
            {
                let ids = contribution.originalLanguage == .turkish ? row.turkishSegmentIDs : row.germanSegmentIDs
                for id in ids {
                    guard let fingerprint = contribution.alignment.fingerprints[id] else { continue }
                    result.entries[LockFile.Key(contribution: contribution.id, block: id)] = LockFile.Entry(
                        originalLanguage: contribution.originalLanguage.code, fingerprint: fingerprint)
                }
            }
        }
        return result
    }
}
