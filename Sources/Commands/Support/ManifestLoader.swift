import ArgumentParser
import Assembly
import Foundation

/// Reads `kopru.yaml` for a command, printing a manifest error compiler-style and exiting with 2.
enum ManifestLoader {
    static func load(_ url: URL, displayPath: String) throws -> Manifest {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Terminal.writeError("error: \(displayPath) cannot be read [manifest.unreadable]\n")
            throw ExitCode.unreadableInput
        }
        do {
            return try Manifest(yaml: String(decoding: data, as: UTF8.self), file: displayPath)
        } catch {
            DiagnosticPrinter().print([error.diagnostic])
            throw ExitCode.unreadableInput
        }
    }
}
