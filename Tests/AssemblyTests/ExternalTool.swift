import Foundation

/// Runs an installed program for a test and collects its output.
struct ExternalTool {
    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The program's path (`name` itself when it has a slash, otherwise looked up on PATH), or `nil` when it is not installed.
    static func locate(_ name: String) -> URL? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? URL(fileURLWithPath: name) : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// Runs `name` (looked up on PATH) with `arguments`.
    static func run(_ name: String, _ arguments: [String]) throws -> Result {
        guard let program = locate(name) else {
            throw MissingTool(name: name)
        }
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read both pipes while the program runs, so neither fills up and blocks it.
        nonisolated(unsafe) var errorData = Data()
        let reader = Thread { errorData = error.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !reader.isFinished { Thread.sleep(forTimeInterval: 0.01) }
        return Result(status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self))
    }

    struct MissingTool: Error, CustomStringConvertible {
        var name: String
        var description: String { "\(name) is not installed; run scripts/install-test-tools.sh" }
    }
}
