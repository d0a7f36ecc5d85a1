import Foundation
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

/// The program: under libFuzzer (built with `-DFUZZING -sanitize=fuzzer,address`) it hands the
/// entry above to libFuzzer's driver with the command line; in a normal build it replays the files
/// it is given, which is how a crash the fuzzer found is reproduced under the debugger.
@main
enum FuzzWordProgram {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzWord))
        #else
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            _ = data.withUnsafeBytes { fuzzWord($0.bindMemory(to: UInt8.self).baseAddress, $0.count) }
        }
        #endif
    }
}

#if FUZZING
/// libFuzzer's driver (compiler-rt), linked by `-sanitize=fuzzer`: SwiftPM names the program's own
/// entry point `main`, so libFuzzer's `main` is not used and the driver is started from here.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
#endif
