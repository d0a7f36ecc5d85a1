import Foundation
import FuzzDriver
import FormatReaders

/// libFuzzer's entry for the Word and OpenDocument readers: the input is read as a `.docx` file (or,
/// when its first byte is odd, as an `.odt` file) would be: the ZIP container, its bounds against ZIP
/// bombs, and every part through the XML parser. `scripts/fuzz.sh` builds it with
/// `-sanitize=fuzzer,address` and seeds it with the Word and OpenDocument files of the corpus and the
/// sample volume.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWord(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes else { return 0 }
    let name = count > 0 && bytes[0] & 1 == 1 ? "fuzz.odt" : "fuzz.docx"
    _ = DocumentLoader().load(Data(bytes: bytes, count: count), displayPath: name) { _ in }
    return 0
}

/// The program around the entry: libFuzzer's driver, or a replay of the files given (``FuzzDriver``).
@main
enum FuzzWordProgram {
    static func main() {
        FuzzDriver.run(fuzzWord)
    }
}
