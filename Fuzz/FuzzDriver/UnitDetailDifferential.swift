public import Foundation
import PublicationCore
import FormatReaders

/// The differential check of the XLIFF fuzz targets: a document read with units built in full and
/// read again for counts only (`UnitDetail.counts`) must give the same findings, counts and
/// per-segment listing; any difference stops the fuzzer.
public enum UnitDetailDifferential {
    /// Reads `data` both ways and stops the process if what a user sees differs.
    public static func check(_ data: Data, displayPath: String) {
        let full = read(data, displayPath: displayPath, .full)
        let counts = read(data, displayPath: displayPath, .counts)
        if full.document.diagnostics != counts.document.diagnostics || full.document.statistics != counts.document.statistics
            || full.listing != counts.listing
        {
            fatalError("reading for counts only changed the findings, counts or listing")
        }
    }

    private static func read(_ data: Data, displayPath: String, _ detail: UnitDetail)
        -> (document: LoadedDocument, listing: [PublicationCore.Diagnostic])
    {
        let listing = CompletenessObserver()
        let document = DocumentLoader().load(data, displayPath: displayPath, unitDetail: detail) {
            listing.observe($0, sourceLanguage: nil, targetLanguage: nil)
        }
        return (document, listing.finish())
    }
}
