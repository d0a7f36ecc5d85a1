import Foundation
import FuzzDriver
import FormatReaders

/// libFuzzer's entry for the XLIFF 1.2 reader: the input is read as a file would be, through the
/// XML parser and the format reader its root element selects, then a second time with units built
/// for counts only (`UnitDetail.counts`), which must give the same findings and counts.
/// `scripts/fuzz.sh` builds it with `-sanitize=fuzzer,address` and seeds it with XLIFF 1.2 files of
/// the corpus and the test fixtures.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLIFF12(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes else { return 0 }
    let data = Data(bytes: bytes, count: count)
    let full = DocumentLoader().load(data, displayPath: "fuzz.xlf") { _ in }
    // Units built for counts only must change nothing the user sees: the same findings and counts.
    let counts = DocumentLoader().load(data, displayPath: "fuzz.xlf", unitDetail: .counts) { _ in }
    if full.diagnostics != counts.diagnostics || full.statistics != counts.statistics {
        fatalError("reading for counts only changed the findings or counts")
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
