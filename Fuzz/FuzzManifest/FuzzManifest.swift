import Foundation
import FuzzDriver
import Project

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

/// The program around the entry: libFuzzer's driver, or a replay of the files given (``FuzzDriver``).
@main
enum FuzzManifestProgram {
    static func main() {
        FuzzDriver.run(fuzzManifest)
    }
}
