import Foundation
import FuzzDriver
import FormatReaders

/// libFuzzer's entry for the DocBook reader: the input is read as a file would be, through the
/// XML parser and the format reader its root element selects. `scripts/fuzz.sh` builds it with
/// `-sanitize=fuzzer,address` and seeds it with DocBook files of the corpus and the test fixtures.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocBook(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes else { return 0 }
    _ = DocumentLoader().load(Data(bytes: bytes, count: count), displayPath: "fuzz.xml") { _ in }
    return 0
}

/// The program around the entry: libFuzzer's driver, or a replay of the files given (``FuzzDriver``).
@main
enum FuzzDocBookProgram {
    static func main() {
        FuzzDriver.run(fuzzDocBook)
    }
}
