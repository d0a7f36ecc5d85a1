public import Alignment
public import Assembly
public import Foundation
import FormatReaders
public import PublicationCore

/// A publication as the exchange sees it: for each contribution the original's blocks and where its
/// translation is (an XLIFF file, a DocBook document, or not yet there).
public struct ExchangeVolume: Sendable {
    /// Where a contribution's translation is.
    public enum Translation: Sendable {
        /// The manifest names no file, or the file does not exist yet.
        case absent
        /// An XLIFF file whose unit ids are the original's block ids.
        case xliff(units: [TranslationUnit], version: XLIFFVersion)
        /// A DocBook document; `pairedByIDs` is false for a translation without ids.
        case docbook(ContributionDocument, pairedByIDs: Bool)
        /// The file exists but could not be read.
        case unreadable
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
        var contributions: [Contribution] = []
        var diagnostics: [Diagnostic] = []
        let loader = DocumentLoader()
        for entry in manifest.orderedContributions {
            let contribution = entry.contribution
            guard let originalPath = contribution.path(in: contribution.original) else { continue }
            let original = loader.load(contentsOf: base.appendingPathComponent(originalPath), displayPath: originalPath)
            diagnostics += original.diagnostics.filter { $0.severity == .error }
            guard let document = original.contribution else { continue }
            let translationPath = contribution.path(in: contribution.original.partner)
            var translation = Translation.absent
            if let translationPath {
                let url = base.appendingPathComponent(translationPath)
                if FileManager.default.fileExists(atPath: url.path) {
                    var units: [TranslationUnit] = []
                    let loaded = loader.load(contentsOf: url, displayPath: translationPath) { units.append($0) }
                    diagnostics += loaded.diagnostics.filter { $0.severity == .error }
                    switch loaded.format {
                    case .docbook?:
                        if let translated = loaded.contribution {
                            let method = ContributionPairer(lock: lock).pair(id: contribution.id, original: document,
                                originalPath: originalPath, translation: .document(translated, path: translationPath)).method
                            translation = .docbook(translated, pairedByIDs: method != .structure)
                        } else {
                            translation = .unreadable
                        }
                    case .xliff1?: translation = .xliff(units: units, version: .v1_2)
                    case .xliff2?: translation = .xliff(units: units, version: .v2_1)
                    default: translation = .unreadable
                    }
                }
            }
            contributions.append(Contribution(id: contribution.id, originalLanguage: contribution.original,
                originalPath: originalPath, original: document, blocks: ExchangeBlockCollector.blocks(of: document),
                translationPath: translationPath, translation: translation))
        }
        return ExchangeVolume(base: base, contributions: contributions, lock: lock, diagnostics: diagnostics)
    }
}
