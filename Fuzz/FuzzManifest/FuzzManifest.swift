import Project
import Foundation

/// libFuzzer's entry for the manifest reader: the input is decoded as `kopru.yaml` is (UTF-8,
/// invalid bytes replaced) and read with `Manifest(yaml:)`, pre-scan and YAML parser included.
/// `scripts/fuzz.sh` builds it with `-sanitize=fuzzer,address` and seeds it with the sample manifest
/// and the manifests of the tests.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzManifest(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    _ = try? Manifest(yaml: text, file: "kopru.yaml")
    return 0
}

/// The program: under libFuzzer (built with `-DFUZZING -sanitize=fuzzer,address`) it hands the
/// entry above to libFuzzer's driver with the command line; in a normal build it replays the files
/// it is given, which is how a crash the fuzzer found is reproduced under the debugger.
@main
enum FuzzManifestProgram {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzManifest))
        #else
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            _ = data.withUnsafeBytes { fuzzManifest($0.bindMemory(to: UInt8.self).baseAddress, $0.count) }
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
