import ArgumentParser
import Assembly
import Foundation
import Pairing
import Project
import PublicationCore
import QualityChecks

/// Reads `kopru.yaml` for a command.
enum ManifestLoader {
    /// Reads the manifest, printing a manifest error compiler-style and exiting with 2.
    static func load(_ url: URL, displayPath: String) throws -> Manifest {
        switch read(url, displayPath: displayPath) {
        case .success(let manifest): return manifest
        case .failure(let problem):
            DiagnosticPrinter().print([problem.diagnostic])
            throw ExitCode.unreadableInput
        }
    }

    /// A manifest that could not be read, as a diagnostic with its place.
    struct Problem: Error {
        var diagnostic: Diagnostic
    }

    /// Reads the manifest; a problem comes back as a diagnostic for the caller to report. `named` says the
    /// user named the file (`--manifest`), so that a missing one is not answered with "name it".
    static func read(_ url: URL, displayPath: String, named: Bool = false) -> Result<Manifest, Problem> {
        // Only a regular file is read: a named pipe called kopru.yaml would otherwise wait for ever.
        var info = stat()
        if stat(url.path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            return .failure(Problem(diagnostic: Diagnostic(ProjectDiagnostics.manifestUnreadable,
                "\(displayPath) is not a regular file", remedy: "make kopru.yaml a text file, or name another with --manifest",
                at: SourceLocation(file: displayPath, line: 1, column: 1))))
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            let exists = FileManager.default.fileExists(atPath: url.path)
            return .failure(Problem(diagnostic: Diagnostic(ProjectDiagnostics.manifestUnreadable,
                "\(displayPath) \(exists ? "cannot be read" : "does not exist")",
                remedy: exists ? "check the file's permissions"
                    : named ? "check the path given with --manifest"
                    : "run kopru in the folder of the publication's kopru.yaml (or below it), or name it with --manifest",
                at: SourceLocation(file: displayPath, line: 1, column: 1))))
        }
        do {
            return .success(try Manifest(yaml: String(decoding: data, as: UTF8.self), file: displayPath))
        } catch {
            return .failure(Problem(diagnostic: error.diagnostic))
        }
    }
}
