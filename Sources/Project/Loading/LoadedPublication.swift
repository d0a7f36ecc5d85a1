public import FormatReaders
public import Pairing
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

        /// The XLIFF file that keeps the translation, when it is kept in XLIFF (read as XLIFF units);
        /// `nil` for a document or no translation.
        ///
        /// A translation kept in XLIFF says itself whether a block is outdated (its unit's source) and
        /// confirmed (its unit's state), and its pairing never reads kopru.lock: `kopru check --accept` and
        /// `kopru import` record none of its blocks there. Both decide it here, so they never disagree.
        public var xliffTranslationPath: String? {
            if case .units(_, let path) = translation { return path }
            return nil
        }
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

    /// What `kopru check --accept` confirms.
    public enum Acceptance: Sendable, Equatable {
        /// Every translated block, except outdated ones whose translation did not change since it was
        /// confirmed (or cannot be told to have changed): those stay outdated until named.
        case all
        /// The blocks and contributions with these ids, outdated or not.
        case named(Set<String>)
    }

    /// What an acceptance did.
    public struct AcceptanceResult: Sendable {
        /// The new lock file.
        public var lock: LockFile
        /// The blocks confirmed, as `contribution#block`.
        public var confirmed: [String]
        /// Outdated blocks left outdated by `--accept all`, as `contribution#block`: their translation has
        /// not changed since it was confirmed.
        public var leftOutdated: [String]
        /// Names that match no block or contribution.
        public var unknownNames: [String]
        /// The lock file's keys of the blocks confirmed, in the order of ``confirmed``.
        public var confirmedKeys: [LockFile.Key] = []
        /// Blocks of translations kept in XLIFF that were to be confirmed but that kopru.lock cannot
        /// confirm, because the XLIFF file decides, in reading order: every outdated one (by `all`, by its
        /// contribution or by name), whose unit was made from an older original; every one whose unit's
        /// state does not confirm it yet (needs review); and every block named by its own id, with how it
        /// stands (confirmed by its unit, or without a translation yet).
        public var decidedByXLIFF: [XLIFFBlock] = []
        /// Blocks named by their own id that are not confirmed because they have no translation yet
        /// (missing or empty), as `contribution#block`, in reading order; those of a translation kept in
        /// XLIFF are in ``decidedByXLIFF``.
        public var untranslated: [String] = []
        /// Contributions asked for as a whole (by `all` or their id) whose translation is kept in XLIFF, so
        /// that nothing of them is recorded: their units confirm them.
        public var keptInXLIFF: [XLIFFContribution] = []
        /// Earlier records of blocks of translations kept in XLIFF, removed from the lock file because the
        /// pairing of XLIFF units never reads them.
        public var removedXLIFFKeys: [LockFile.Key] = []
    }

    /// A contribution whose translation is kept in XLIFF.
    public struct XLIFFContribution: Sendable, Hashable {
        /// The contribution's id.
        public var contribution: String
        /// The XLIFF file, relative to the manifest.
        public var path: String

        public init(contribution: String, path: String) {
            self.contribution = contribution
            self.path = path
        }
    }

    /// A block of a translation kept in XLIFF that `--accept` leaves to the XLIFF file.
    public struct XLIFFBlock: Sendable, Hashable {
        /// The block, as `contribution#block`.
        public var block: String
        /// The XLIFF file, relative to the manifest.
        public var path: String
        /// How its translation stands (``BlockState/Status/outdated`` when its unit was made from an
        /// older original).
        public var status: BlockState.Status

        public init(block: String, path: String, status: BlockState.Status) {
            self.block = block
            self.path = path
            self.status = status
        }
    }

    /// Confirms translated blocks in the lock file: records the fingerprints of their originals and
    /// translations as they are now, so that a later change of the original marks them outdated.
    ///
    /// A translation kept in XLIFF says itself whether a block is outdated (its unit's source) and
    /// confirmed (its unit's state), and its pairing never reads kopru.lock: none of its blocks is
    /// recorded; those the acceptance asks for are listed in ``AcceptanceResult/decidedByXLIFF``. A
    /// named block without a translation is listed in ``AcceptanceResult/untranslated``.
    ///
    /// - Parameters:
    ///   - acceptance: everything, or the named blocks and contributions.
    ///   - lock: the lock file as it is.
    public func accepting(_ acceptance: Acceptance, into lock: LockFile) -> AcceptanceResult {
        var result = AcceptanceResult(lock: lock, confirmed: [], leftOutdated: [], unknownNames: [])
        var seen = Set<String>()
        for contribution in contributions {
            seen.insert(contribution.id)
            // Every block of the original is a name --accept knows, whether or not it can be confirmed.
            seen.formUnion(contribution.alignment.blockStates.keys)
            // A translation kept in XLIFF decides itself, by its units' sources and states: nothing of it is
            // recorded in the lock.
            if let path = contribution.xliffTranslationPath {
                accept(xliff: contribution, path: path, acceptance, into: &result, seen: &seen)
                continue
            }
            // Every block with a translation: each row's blocks, then the title, the subtitle and
            // footnotes, which have no row of their own.
            var candidates: [(id: String, isOutdated: Bool, translationFingerprint: String?)] = []
            for row in contribution.alignment.rows {
                let ids = contribution.originalLanguage == .turkish ? row.turkishSegmentIDs : row.germanSegmentIDs
                seen.formUnion(ids)
                guard row.status == .translated || row.status == .outdated || row.status == .needsReview else { continue }
                let translation = contribution.originalLanguage == .turkish ? row.german : row.turkish
                let translationFingerprint = translation.map { Fingerprint.of($0.plainText) }
                candidates += ids.map { ($0, row.status == .outdated, translationFingerprint) }
            }
            for block in contribution.alignment.otherTranslatedBlocks {
                seen.insert(block.id)
                candidates.append((block.id, block.isOutdated, Fingerprint.of(block.translationText)))
            }
            for candidate in candidates {
                guard let fingerprint = contribution.alignment.fingerprints[candidate.id] else { continue }
                let key = LockFile.Key(contribution: contribution.id, block: candidate.id)
                switch acceptance {
                case .named(let names):
                    guard names.contains(contribution.id) || names.contains(candidate.id) else { continue }
                case .all:
                    // `all` leaves an outdated block alone when its translation has not changed since it was
                    // confirmed: only naming it confirms it as it is.
                    if candidate.isOutdated,
                        lock.entries[key].map({ $0.translationFingerprint == nil || $0.translationFingerprint == candidate.translationFingerprint }) ?? false
                    {
                        result.leftOutdated.append("\(contribution.id)#\(candidate.id)")
                        continue
                    }
                }
                result.lock.entries[key] = LockFile.Entry(originalLanguage: contribution.originalLanguage.code,
                    fingerprint: fingerprint, translationFingerprint: candidate.translationFingerprint)
                result.confirmed.append("\(contribution.id)#\(candidate.id)")
                result.confirmedKeys.append(key)
            }
            if case .named(let names) = acceptance {
                // A named block without a translation has nothing to confirm: say so, rather than nothing.
                for id in contribution.alignment.decidedBlockIDs where names.contains(id) {
                    guard let status = contribution.alignment.blockStates[id]?.status, status.hasNoTranslation
                    else { continue }
                    result.untranslated.append("\(contribution.id)#\(id)")
                }
            }
        }
        if case .named(let names) = acceptance {
            result.unknownNames = names.subtracting(seen).sorted()
        }
        return result
    }

    /// The part of ``accepting(_:into:)`` for a translation kept in XLIFF, whose units say whether a block
    /// is outdated (the unit's source) and confirmed (its state), and whose pairing never reads
    /// kopru.lock: none of its blocks is recorded, and earlier records of those asked for are removed
    /// (they could only keep a `publication.wrong-language` error of a changed `original:` alive).
    /// Outdated and unconfirmed blocks asked for, and every block named by its own id, are listed in
    /// ``AcceptanceResult/decidedByXLIFF`` with how they stand; a contribution asked for as a whole is
    /// listed in ``AcceptanceResult/keptInXLIFF``.
    private func accept(
        xliff contribution: ContributionResult, path: String, _ acceptance: Acceptance,
        into result: inout AcceptanceResult, seen: inout Set<String>
    ) {
        let names: Set<String>? = if case .named(let names) = acceptance { names } else { nil }
        let whole = names.map { $0.contains(contribution.id) } ?? true
        for row in contribution.alignment.rows { seen.formUnion(row.segmentIDs(in: contribution.originalLanguage)) }
        for id in contribution.alignment.decidedBlockIDs {
            guard let state = contribution.alignment.blockStates[id] else { continue }
            let isNamed = names?.contains(id) ?? false
            let isOpen = state.status == .outdated || state.status == .needsReview
            if isNamed || (whole && isOpen) {
                result.decidedByXLIFF.append(XLIFFBlock(block: "\(contribution.id)#\(id)", path: path, status: state.status))
            }
        }
        if whole { result.keptInXLIFF.append(XLIFFContribution(contribution: contribution.id, path: path)) }
        for key in result.lock.entries.keys.filter({ $0.contribution == contribution.id }).sorted() {
            guard whole || (names?.contains(key.block) ?? false) else { continue }
            result.lock.entries[key] = nil
            result.removedXLIFFKeys.append(key)
        }
    }

    /// Takes an acceptance into the publication, so that it reads as loading it again with the new lock
    /// file would, without reading or pairing the files again: each confirmed block that was outdated
    /// by the lock file is translated now (``ContributionAlignment/confirm(_:)``), with its row in the
    /// volume, and the findings that no longer hold go, among them a `publication.wrong-language` that
    /// the lock file's confirmations from another original language caused.
    ///
    /// - Parameters:
    ///   - acceptance: what ``accepting(_:into:)`` returned.
    ///   - previous: the lock file it was given.
    ///   - manifest: the manifest the publication was loaded from.
    public mutating func settle(_ acceptance: AcceptanceResult, previous: LockFile, manifest: Manifest) {
        let entries = Dictionary(manifest.contributions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for index in contributions.indices {
            let id = contributions[index].id
            let confirmed = Set(acceptance.confirmedKeys.filter { $0.contribution == id }.map(\.block))
            var gone = contributions[index].alignment.confirm(confirmed)
            if !gone.isEmpty, let volumeIndex = publication.contributions.firstIndex(where: { $0.id == id }) {
                publication.contributions[volumeIndex].rows = contributions[index].alignment.rows
            }
            let languages = LanguageCheck(contribution: id, original: contributions[index].originalLanguage)
            let location = entries[id]?.location
            let before = languages.checkOriginal(against: previous, at: location)
            let after = languages.checkOriginal(against: acceptance.lock, at: location)
            if before != after {
                // A confirmation adds entries in the manifest's language, or removes the records of a translation
                // kept in XLIFF: the finding can go or change its count, and takes its place in the list.
                gone += before
                if let old = before.first, let place = diagnostics.firstIndex(of: old) {
                    diagnostics.insert(contentsOf: after, at: place)
                } else {
                    diagnostics += after
                }
            }
            for diagnostic in gone {
                if let place = diagnostics.firstIndex(of: diagnostic) { diagnostics.remove(at: place) }
            }
        }
    }
}
