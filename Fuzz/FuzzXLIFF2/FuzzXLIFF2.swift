import Foundation
import FuzzDriver

/// libFuzzer's entry for the XLIFF 2 reader: the input is read as a file would be, through the
/// XML parser and the format reader its root element selects, then a second time with units built
/// for counts only, which must give the same findings, counts and listing (``UnitDetailDifferential``).
/// `scripts/fuzz.sh` builds it with `-sanitize=fuzzer,address` and seeds it with XLIFF 2 files of
/// the corpus and the test fixtures.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLIFF2(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes else { return 0 }
    UnitDetailDifferential.check(Data(bytes: bytes, count: count), displayPath: "fuzz.xlf")
    return 0
}

/// The program around the entry: libFuzzer's driver, or a replay of the files given (``FuzzDriver``).
@main
enum FuzzXLIFF2Program {
    static func main() {
        FuzzDriver.run(fuzzXLIFF2)
    }
}
