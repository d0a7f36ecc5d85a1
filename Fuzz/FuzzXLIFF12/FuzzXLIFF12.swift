import Foundation
import FuzzDriver
import FormatReaders

/// libFuzzer's entry for the XLIFF 1.2 reader: the input is read as a file would be, through the
/// XML parser and the format reader its root element selects, then a second time with units built
/// for counts only (`UnitDetail.counts`), which must give the same findings, counts and listing.
/// `scripts/fuzz.sh` builds it with `-sanitize=fuzzer,address` and seeds it with XLIFF 1.2 files of
/// the corpus and the test fixtures.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLIFF12(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes else { return 0 }
    let data = Data(bytes: bytes, count: count)
    let fullListing = CompletenessObserver()
    let full = DocumentLoader().load(data, displayPath: "fuzz.xlf") {
        fullListing.observe($0, sourceLanguage: nil, targetLanguage: nil)
    }
    // Units built for counts only must change nothing the user sees: the same findings, counts and
    // per-segment listing.
    let countsListing = CompletenessObserver()
    let counts = DocumentLoader().load(data, displayPath: "fuzz.xlf", unitDetail: .counts) {
        countsListing.observe($0, sourceLanguage: nil, targetLanguage: nil)
    }
    if full.diagnostics != counts.diagnostics || full.statistics != counts.statistics
        || fullListing.finish() != countsListing.finish()
    {
        fatalError("reading for counts only changed the findings, counts or listing")
    }
    return 0
}

/// The program around the entry: libFuzzer's driver, or a replay of the files given (``FuzzDriver``).
@main
enum FuzzXLIFF12Program {
    static func main() {
        FuzzDriver.run(fuzzXLIFF12)
    }
}
