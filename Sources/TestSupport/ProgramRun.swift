public import Foundation

/// Runs a program for a test and collects what it wrote, reading standard output and standard error at
/// the same time (so a program that fills one pipe while the test waits on the other never deadlocks).
public struct ProgramRun: Sendable {
    /// The exit status, or 128 + the signal's number when a signal ended the program.
    public var status: Int32
    /// Standard output.
    public var standardOutput: String
    /// Standard error.
    public var standardError: String

    /// The `kopru` executable built beside the test bundle by the same `swift build`.
    public static var kopru: URL {
        let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for folder in [bundleFolder, bundleFolder.deletingLastPathComponent(),
            bundleFolder.deletingLastPathComponent().deletingLastPathComponent()]
        {
            let candidate = folder.appendingPathComponent("kopru")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return Corpus.repositoryRoot.appendingPathComponent(".build/debug/kopru")
    }

    /// A started program whose output is being collected.
    public final class Running: @unchecked Sendable {
        /// The process.
        public let process: Process
        private let output = Pipe()
        private let error = Pipe()
        private let group = DispatchGroup()
        private var outputData = Data()
        private var errorData = Data()

        init(_ executable: URL, _ arguments: [String], in folder: URL, environment: [String: String]) throws {
            process = Process()
            process.executableURL = executable
            process.arguments = arguments
            process.currentDirectoryURL = folder
            var merged = ProcessInfo.processInfo.environment
            merged["NO_COLOR"] = "1"
            for (key, value) in environment { merged[key] = value }
            process.environment = merged
            process.standardOutput = output
            process.standardError = error
            process.standardInput = FileHandle.nullDevice
            try process.run()
            for (pipe, isOutput) in [(output, true), (error, false)] {
                group.enter()
                DispatchQueue.global().async { [self] in
                    let data = pipe.fileHandleForReading.readDataToEndOfFile()
                    if isOutput { outputData = data } else { errorData = data }
                    group.leave()
                }
            }
        }

        /// The process id.
        public var pid: pid_t { process.processIdentifier }

        /// Sends `signal` to the program.
        public func send(_ signal: Int32) {
            kill(process.processIdentifier, signal)
        }

        /// Waits for the program to end and returns what it wrote.
        public func wait() -> ProgramRun {
            process.waitUntilExit()
            group.wait()
            let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus
                : process.terminationStatus
            return ProgramRun(status: status, standardOutput: String(decoding: outputData, as: UTF8.self),
                standardError: String(decoding: errorData, as: UTF8.self))
        }
    }

    /// Starts `executable` (kopru by default) with `arguments` in `folder`.
    public static func start(_ arguments: [String], in folder: URL, executable: URL = kopru,
        environment: [String: String] = [:]) throws -> Running
    {
        try Running(executable, arguments, in: folder, environment: environment)
    }

    /// Runs `executable` (kopru by default) with `arguments` in `folder` and waits for it.
    public static func run(_ arguments: [String], in folder: URL, executable: URL = kopru,
        environment: [String: String] = [:]) throws -> ProgramRun
    {
        try start(arguments, in: folder, executable: executable, environment: environment).wait()
    }
}
