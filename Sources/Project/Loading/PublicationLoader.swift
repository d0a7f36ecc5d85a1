public import FormatReaders
public import Foundation
public import Pairing
import PublicationCore

/// Reads every file a manifest names, pairs each contribution's original with its translation, and
/// assembles the bilingual volume.
///
/// ```swift
/// let manifest = try Manifest(yaml: String(decoding: try Data(contentsOf: URL(fileURLWithPath: "kopru.yaml")), as: UTF8.self))
/// let loaded = PublicationLoader().load(manifest, relativeTo: URL(fileURLWithPath: "."), lock: lock)
/// loaded.publication                  // for HTMLWriter, PDFWriter, EPUBWriter
/// loaded.contributions[0].alignment   // counts, rows, diagnostics
/// ```
public struct PublicationLoader: Sendable {
    /// Reads the files.
    public var loader: DocumentLoader

    /// Creates a loader.
    public init(loader: DocumentLoader = DocumentLoader()) {
        self.loader = loader
    }

    /// Loads the publication a manifest describes.
    ///
    /// - Parameters:
    ///   - manifest: the manifest.
    ///   - base: the folder the manifest's paths are relative to.
    ///   - lock: fingerprints of the originals of confirmed translations.
    ///   - progress: called after each contribution with (done, total).
    public func load(
        _ manifest: Manifest, relativeTo base: URL, lock: LockFile = LockFile(),
        progress: ((Int, Int) -> Void)? = nil
    ) -> LoadedPublication {
        var files: [LoadedDocument] = []
        var diagnostics: [Diagnostic] = []
        var results: [LoadedPublication.ContributionResult] = []
        var contributions: [BilingualContribution] = []
        let pairer = ContributionPairer(lock: lock)
        let ordered = manifest.orderedContributions
        for (index, entry) in ordered.enumerated() {
            defer { progress?(index + 1, ordered.count) }
            let contribution = entry.contribution
            let originalLanguage = contribution.original
            let translationLanguage = originalLanguage.partner
            guard let originalPath = contribution.path(in: originalLanguage) else {
                diagnostics.append(Diagnostic(PipelineDiagnostics.noOriginal,
                    "contribution \"\(contribution.id)\" names no \(originalLanguage.englishName) file, but \(originalLanguage.englishName) is its original language",
                    remedy: "add the file under `\(originalLanguage == .turkish ? "turkish" : "german")` in kopru.yaml",
                    at: contribution.location))
                continue
            }
            let original = read(originalPath, relativeTo: base)
            guard original.exists else {
                diagnostics.append(Diagnostic(PipelineDiagnostics.missingOriginal,
                    "the original of contribution \"\(contribution.id)\", \(originalPath), does not exist",
                    remedy: "add the file, or correct its path in kopru.yaml", at: contribution.location))
                continue
            }
            files.append(original.document)
            diagnostics += original.document.diagnostics
            guard var originalDocument = original.document.contribution else {
                if original.document.isReadable {
                    diagnostics.append(Diagnostic(PipelineDiagnostics.originalNotDocbook,
                        "the original of contribution \"\(contribution.id)\" must be a DocBook, Word or OpenDocument document, but \(originalPath) is \(original.document.format?.rawValue ?? "not readable")",
                        remedy: "name the DocBook, Word (.docx) or OpenDocument (.odt) file of the original; XLIFF files hold translations",
                        at: contribution.location))
                }
                continue
            }
            let languages = LanguageCheck(contribution: contribution.id, original: originalLanguage)
            diagnostics += languages.checkOriginal(originalDocument, path: originalPath)
            diagnostics += languages.checkOriginal(against: lock, at: contribution.location)
            let originalAsRead = originalDocument
            rebaseImages(in: &originalDocument, documentPath: originalPath)
            var source = TranslationSource.absent
            var sourceAsRead = TranslationSource.absent
            var translationFormat: DocumentFormat?
            var translationExists = false
            var translatedDocument: ContributionDocument?
            let translationPath = contribution.path(in: translationLanguage)
            if let translationPath {
                let translation = read(translationPath, relativeTo: base)
                translationExists = translation.exists
                translationFormat = translation.document.format
                if translation.exists { files.append(translation.document) }
                diagnostics += translation.document.diagnostics.map { diagnostic in
                    var located = diagnostic
                    if located.location == nil { located.location = contribution.location }
                    return located
                }
                if translation.exists {
                    if var document = translation.document.contribution {
                        diagnostics += languages.checkTranslation(document, path: translationPath)
                        let format = translation.document.format ?? .docbook
                        sourceAsRead = .document(document, path: translationPath, format: format)
                        rebaseImages(in: &document, documentPath: translationPath)
                        translatedDocument = document
                        source = .document(document, path: translationPath, format: format)
                    } else if let units = translation.units, let format = translation.document.format, !format.isContribution {
                        // XLIFF: its units are the translation. A damaged Word, OpenDocument or DocBook
                        // file (no document read) is no translation yet, and its own error says why.
                        diagnostics += languages.checkTranslation(translation.document.files,
                            format: translation.document.format, path: translationPath)
                        source = .units(units, path: translationPath)
                        sourceAsRead = source
                    }
                }
            }
            let alignment = pairer.pair(id: contribution.id, original: originalDocument, originalPath: originalPath,
                translation: source)
            diagnostics += alignment.diagnostics
            results.append(.init(id: contribution.id, originalLanguage: originalLanguage, alignment: alignment,
                originalPath: originalPath, original: originalAsRead, translationPath: translationPath,
                translation: sourceAsRead, translationFormat: translationFormat, translationExists: translationExists))
            contributions.append(bilingual(contribution, part: entry.part, original: originalDocument,
                translation: translatedDocument, alignment: alignment))
        }
        return LoadedPublication(publication: BilingualPublication(metadata: manifest.metadata,
            contributions: contributions), contributions: results, files: files, diagnostics: diagnostics)
    }

    private struct ReadFile {
        var document: LoadedDocument
        var units: [TranslationUnit]?
        var exists: Bool
    }

    private func read(_ path: String, relativeTo base: URL) -> ReadFile {
        let url = base.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else {
            let missing = Diagnostic(PipelineDiagnostics.missingFile,
                "\(path) does not exist yet: the contribution has no translation in this language",
                remedy: "add the file, or correct its path in kopru.yaml")
            return ReadFile(document: LoadedDocument(path: path, statistics: FileStatistics(path: path),
                diagnostics: [missing]), units: nil, exists: false)
        }
        var units: [TranslationUnit] = []
        let document = loader.load(contentsOf: url, displayPath: path) { units.append($0) }
        return ReadFile(document: document, units: units, exists: true)
    }

    /// Makes figure paths relative to the manifest's folder, so one resource folder serves all files.
    private func rebaseImages(in document: inout ContributionDocument, documentPath: String) {
        let folder = (documentPath as NSString).deletingLastPathComponent
        guard !folder.isEmpty else { return }
        document.blocks = document.blocks.map { rebase($0, folder: folder) }
    }

    private func rebase(_ block: Block, folder: String) -> Block {
        switch block {
        case .figure(var figure):
            if let path = figure.imagePath, !path.hasPrefix("/"), !path.contains("://") {
                figure.imagePath = folder + "/" + path
            }
            return .figure(figure)
        case .section(var section):
            section.blocks = section.blocks.map { rebase($0, folder: folder) }
            return .section(section)
        case .quote(var quote):
            quote.blocks = quote.blocks.map { rebase($0, folder: folder) }
            return .quote(quote)
        case .list(var list):
            list.items = list.items.map { item in
                var item = item
                item.blocks = item.blocks.map { rebase($0, folder: folder) }
                return item
            }
            return .list(list)
        case .paragraph:
            return block
        }
    }

    private func bilingual(
        _ contribution: Manifest.Contribution, part: BilingualContribution.Part, original: ContributionDocument,
        translation: ContributionDocument?, alignment: ContributionAlignment
    ) -> BilingualContribution {
        let originalLanguage = contribution.original
        var title = Bilingual<[Inline]>(german: original.info.title, turkish: original.info.title)
        title[originalLanguage.partner] = alignment.translatedTitle ?? original.info.title
        var subtitle: Bilingual<[Inline]>?
        if original.info.subtitle.hasText {
            subtitle = Bilingual(german: original.info.subtitle, turkish: original.info.subtitle)
            subtitle?[originalLanguage.partner] = alignment.translatedSubtitle ?? original.info.subtitle
        }
        var authors = Bilingual<[Author]>(german: original.info.authors, turkish: original.info.authors)
        // The translation's byline as paired; without a translation every name and organisation is
        // still to come (the writers show the placeholder, never the original's words as the other language).
        authors[originalLanguage.partner] = alignment.translatedAuthors
            ?? original.info.authors.map { Author(name: "", organisation: $0.organisation == nil ? nil : "") }
        return BilingualContribution(id: contribution.id, part: part, originalLanguage: originalLanguage,
            title: title, subtitle: subtitle, authors: authors, rows: alignment.rows)
    }
}
