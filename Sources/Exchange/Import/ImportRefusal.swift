import Foundation
import FormatReaders
import PublicationCore

/// Why `kopru import` cannot write any returned unit into a contribution's translation: the one rule that
/// the import refuses by (`import.not-applicable`) and that `kopru export-missing` warns with before a
/// translator starts.
public struct ImportRefusal: Hashable, Sendable {
    /// Why, naming the translation file; it continues "so unit "…" is not imported" in the import's message.
    public var reason: String
    /// What the user can do.
    public var remedy: String

    /// The refusal for `contribution`'s translation; `nil` when the import can write into it (an XLIFF
    /// file, a DocBook document with the original's ids, or a file yet to be made as XLIFF or DocBook).
    public init?(_ contribution: ExchangeVolume.Contribution) {
        guard let path = contribution.translationPath else {
            reason = "contribution \"\(contribution.id)\" names no \(contribution.translationLanguage.englishName) file in kopru.yaml"
            remedy = "add the translation's path to kopru.yaml (`\(contribution.translationLanguage == .turkish ? "turkish" : "german")`)"
            return
        }
        switch contribution.translation {
        case .unreadable:
            reason = "\(path) cannot be read"
            remedy = "repair the file (`kopru check \(path)`) and import again"
        case .xliff:
            return nil
        case .document(_, let format, _) where format.isOffice:
            // Köprü reads Word and OpenDocument translations but never rewrites them. The format the file was
            // read in decides, not its name: a template (.dotx, .dotm, .ott) or a document under another name.
            reason = "\(path) is \(format == .odt ? "an OpenDocument text" : "a Word document"); Köprü reads Word and OpenDocument translations but does not write into them"
            remedy = "type the translation into \(path) by hand, or name an XLIFF file (.xlf) as the translation in kopru.yaml and import into that"
        case .document(_, _, let pairedByIDs):
            guard !pairedByIDs else { return nil }
            reason = "\(path) has no block ids to place the returned units by"
            remedy = "give the translation the original's xml:ids, or enter the translation by hand"
        case .absent:
            // A file yet to be made has no format but its name: a new DocBook article under a Word or
            // OpenDocument name would be read as a damaged document.
            let pathExtension = (path as NSString).pathExtension.lowercased()
            guard Self.officeExtensions.contains(pathExtension) else { return nil }
            let kind = ["odt", "ott"].contains(pathExtension) ? "an OpenDocument text"
                : pathExtension == "rtf" ? "a Rich Text Format file" : "a Word document"
            reason = "\(path) does not exist yet and is named as \(kind); Köprü writes new translations as DocBook or XLIFF, not in that format"
            remedy = "name an XLIFF file (.xlf) or a DocBook file (.xml) as the translation in kopru.yaml and import into that"
        }
    }

    /// The names of Word and OpenDocument files, also those Köprü refuses to read (.doc, .rtf).
    static let officeExtensions: Set<String> = OfficeDocumentLoader.extensions.union(OfficeDocumentLoader.refusedExtensions)
}
