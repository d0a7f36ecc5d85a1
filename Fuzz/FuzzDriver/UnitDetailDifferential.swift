public import Foundation
import PublicationCore
import FormatReaders

/// The differential check of the XLIFF fuzz targets: a document read with units built in full and
/// read again for counts only (`UnitDetail.counts`, a tally of each unit) must give the same findings,
/// counts and per-segment listing, and each tally must be the full unit's; any difference stops the fuzzer.
public enum UnitDetailDifferential {
    /// Reads `data` both ways and stops the process if what a user sees differs.
    public static func check(_ data: Data, displayPath: String) {
        var units: [TranslationUnit] = []
        let fullListing = CompletenessObserver()
        let full = DocumentLoader().load(data, displayPath: displayPath) {
            units.append($0)
            fullListing.observe($0, sourceLanguage: nil, targetLanguage: nil)
        }
        var tallies: [UnitTally] = []
        let countListing = CompletenessObserver()
        let counts = DocumentLoader().tally(data, displayPath: displayPath) {
            tallies.append($0)
            countListing.observe($0, sourceLanguage: nil, targetLanguage: nil)
        }
        if full.diagnostics != counts.diagnostics || full.statistics != counts.statistics
            || fullListing.finish() != countListing.finish() || units.map(\.tally) != tallies
        {
            fatalError("reading for counts only changed the findings, counts, listing or a unit's tally")
        }
    }
}
