import Foundation

/// Runs `xmllint` as a subprocess.
enum XMLLint {
    struct Result {
        var status: Int32
        var output: Data
        var errors: String
    }

    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint") }

    static func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
        process.arguments = arguments
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("xmllint-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let errorHandle = try FileHandle(forWritingTo: errorFile)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = errorHandle
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errorHandle.close()
        let errors = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        return Result(status: process.terminationStatus, output: data, errors: errors)
    }

    /// Whether xmllint accepts the file as well-formed XML.
    static func isWellFormed(_ url: URL) throws -> Bool {
        try run(["--noout", "--nonet", url.path]).status == 0
    }

    /// The canonical form (`--c14n`) of a file.
    static func canonical(_ url: URL) throws -> Data {
        try run(["--nonet", "--c14n", url.path]).output
    }
}
