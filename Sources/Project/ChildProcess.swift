public import Foundation

/// Runs an external program (the PDF engine) so that it never outlives Köprü.
///
/// The child is registered with ``Interruption``, so Ctrl-C or SIGTERM ends it before Köprü exits; and
/// it is started through `setpriv --pdeathsig KILL` (util-linux) where that exists, so the kernel ends
/// it even when Köprü itself is killed outright.
///
/// ```swift
/// let result = try ChildProcess.run(URL(fileURLWithPath: "/usr/bin/weasyprint"), arguments: [input, output])
/// if result.status != 0 { print(String(decoding: result.standardError, as: UTF8.self)) }
/// ```
public enum ChildProcess {
    /// What a finished child left.
    public struct Result: Sendable {
        /// The exit status (128 + the signal's number when a signal ended it).
        public var status: Int32
        /// What it wrote to standard error.
        public var standardError: Data
    }

    /// The helper that ties the child's life to its parent's, when the system has it.
    static let deathSignalHelper: String? = {
        let path = "/usr/bin/setpriv"
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }()

    /// Runs `program` with `arguments`, its standard output discarded, and waits for it.
    ///
    /// - Parameters:
    ///   - program: the program's full path.
    ///   - arguments: its arguments.
    ///   - environment: extra environment variables.
    /// - Throws: the error of starting it.
    public static func run(_ program: URL, arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        if let helper = deathSignalHelper {
            process.executableURL = URL(fileURLWithPath: helper)
            process.arguments = ["--pdeathsig", "KILL", "--", program.path] + arguments
        } else {
            process.executableURL = program
            process.arguments = arguments
        }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let errorPipe = Pipe()
        process.standardError = errorPipe
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let token = Interruption.register(child: process.processIdentifier)
        defer { Interruption.unregister(token) }
        let standardError = errorPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // Ended by our own interrupt handler: let the handler's exit stand, not a report of the child's end.
        Interruption.waitIfInterrupting()
        let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return Result(status: status, standardError: standardError)
    }
}
