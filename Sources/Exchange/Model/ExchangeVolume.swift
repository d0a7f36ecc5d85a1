public import Pairing
public import Project
public import Foundation
import FormatReaders
public import PublicationCore

/// A publication as the exchange sees it: for each contribution the original's blocks and where its
/// translation is (an XLIFF file, a DocBook, Word or OpenDocument document, or not yet there).
public struct ExchangeVolume: Sendable {
    /// Where a contribution's translation is.
    public enum Translation: Sendable {
        /// The manifest names no file, or the file does not exist yet.
        case absent
        /// An XLIFF file whose unit ids are the original's block ids.
        case xliff(units: [TranslationUnit], version: XLIFFVersion)
        /// A document, with the format it was read in (DocBook, Word or OpenDocument, whatever the file is
        /// called); `pairedByIDs` is false for a translation without ids.
        case document(ContributionDocument, format: DocumentFormat, pairedByIDs: Bool)
        /// The file exists but could not be read.
        case unreadable

        /// Whether there is a translation that was read.
        var isReadable: Bool {
            if case .unreadable = self { false } else { true }
        }
    }

    /// One contribution.
    public struct Contribution: Sendable {
        /// The contribution's id.
        public var id: String
        /// The language it was written in.
        public var originalLanguage: LanguageTag
        /// The original's path, relative to the manifest.
        public var originalPath: String
        /// The original document.
        public var original: ContributionDocument
        /// The original's blocks, in reading order.
        public var blocks: [ExchangeBlock]
        /// The translation's path, relative to the manifest, if the manifest names one.
        public var translationPath: String?
        /// The translation.
        public var translation: Translation
        /// The state of every block's translation, by block id, as the completeness check decided it
        /// (``ContributionAlignment/blockStates``); a block without one has no translation.
        public var states: [String: BlockState]
        /// Whether the translation is kept in XLIFF, whose units' sources and states confirm it, so that
        /// kopru.lock records nothing of it (``LoadedPublication/ContributionResult/xliffTranslationPath``,
        /// the rule `kopru check --accept` follows): read as XLIFF units.
        public var isKeptInXLIFF: Bool {
            if case .xliff = translation { true } else { false }
        }

        /// The language of the translation.
        public var translationLanguage: LanguageTag { originalLanguage.partner }
    }

    /// The folder of the manifest.
    public var base: URL
    /// The contributions, in the manifest's reading order.
    public var contributions: [Contribution]
    /// The lock file.
    public var lock: LockFile
    /// Problems reading the files.
    public var diagnostics: [Diagnostic]

    /// Reads the originals and translations a manifest names.
    ///
    /// - Parameters:
    ///   - manifest: the manifest.
    ///   - base: the folder its paths are relative to.
    ///   - lock: fingerprints of the originals of confirmed translations.
    public static func load(_ manifest: Manifest, relativeTo base: URL, lock: LockFile) -> ExchangeVolume {
        // The files are read and paired once, by the publication loader, as for check and build.
        let publication = PublicationLoader().load(manifest, relativeTo: base, lock: lock)
        let contributions = publication.contributions.map { result -> Contribution in
            var translation = Translation.absent
            if result.translationExists {
                switch (result.translation, result.translationFormat) {
                case (.document(let document, _, let format), _):
                    translation = .document(document, format: format,
                        pairedByIDs: result.alignment.method != .structure)
                case (.units(let units, _), .xliff1?): translation = .xliff(units: units, version: .v1_2)
                case (.units(let units, _), .xliff2?): translation = .xliff(units: units, version: .v2_1)
                default: translation = .unreadable
                }
            }
            let blocks = ExchangeBlock.blocks(of: result.original)
            var states = translation.isReadable ? result.alignment.blockStates : [:]
            for block in blocks where states[block.id] == nil { states[block.id] = BlockState(status: .missing) }
            return Contribution(id: result.id, originalLanguage: result.originalLanguage,
                originalPath: result.originalPath, original: result.original, blocks: blocks,
                translationPath: result.translationPath, translation: translation, states: states)
        }
        let errors = publication.diagnostics.filter { $0.severity == .error }
        return ExchangeVolume(base: base, contributions: contributions, lock: lock, diagnostics: errors)
    }
}
