import Foundation

/// The program around a libFuzzer entry, shared by every fuzz target (`Fuzz/Fuzz*/`).
///
/// Built with `-DFUZZING -sanitize=fuzzer,address` (`scripts/fuzz.sh`), it hands the entry to
/// libFuzzer's driver with the command line; in a normal build it replays the files it is given, which
/// is how a crash the fuzzer found is reproduced under the debugger.
///
/// ```swift
/// @_cdecl("LLVMFuzzerTestOneInput")
/// public func fuzzXLIFF2(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt { … }
///
/// @main enum Program { static func main() { FuzzDriver.run(fuzzXLIFF2) } }
/// ```
public enum FuzzDriver {
    /// A libFuzzer entry: the input's bytes and their count; returns 0.
    public typealias Entry = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    /// Runs the fuzzer (or, in a normal build, replays the files named on the command line) and exits.
    public static func run(_ entry: Entry) -> Never {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, entry))
        #else
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            _ = data.withUnsafeBytes { entry($0.bindMemory(to: UInt8.self).baseAddress, $0.count) }
        }
        exit(0)
        #endif
    }
}

#if FUZZING
/// libFuzzer's driver (compiler-rt), linked by `-sanitize=fuzzer`: SwiftPM names the program's own
/// entry point `main`, so libFuzzer's `main` is not used and the driver is started from here.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: FuzzDriver.Entry
) -> CInt
#endif
