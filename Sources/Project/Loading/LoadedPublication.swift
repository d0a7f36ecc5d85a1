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
    }

    /// Confirms translated blocks in the lock file: records the fingerprints of their originals and
    /// translations as they are now, so that a later change of the original marks them outdated.
    ///
    /// - Parameters:
    ///   - acceptance: everything, or the named blocks and contributions.
    ///   - lock: the lock file as it is.
    public func accepting(_ acceptance: Acceptance, into lock: LockFile) -> AcceptanceResult {
        var result = AcceptanceResult(lock: lock, confirmed: [], leftOutdated: [], unknownNames: [])
        var seen = Set<String>()
        for contribution in contributions {
            seen.insert(contribution.id)
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
        }
        if case .named(let names) = acceptance {
            result.unknownNames = names.subtracting(seen).sorted()
        }
        return result
    }

    /// Takes an acceptance into the publication, so that it reads as loading it again with the new lock
    /// file would, without reading or pairing the files again: each confirmed block that was outdated
    /// by the lock file is translated now (``ContributionAlignment/confirm(_:)``), with its row in the
    /// volume, and the findings that no longer hold go, among them a `pipeline.wrong-language` that
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
                // A confirmation only adds entries in the manifest's language: the finding can go or change its
                // count, and takes its place in the list.
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
