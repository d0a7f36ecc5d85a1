public import Foundation
public import Pairing
public import PublicationCore

extension LockFile {
    /// Reads a project's `kopru.lock`, the one way every command does: a missing file is an empty lock;
    /// a file that cannot be read or has a broken line is an error (``ProjectDiagnostics/lockFile``) with
    /// its place and a remedy, and the command stops, because confirmations it cannot read would make
    /// every confirmed translation look unconfirmed.
    ///
    /// - Parameter base: the project folder, where `kopru.lock` sits beside `kopru.yaml`.
    /// - Returns: the lock file, or the diagnostic that says why it cannot be read.
    public static func read(inProject base: URL) -> Result<LockFile, LockFileProblem> {
        do {
            return .success(try LockFile.read(from: base.appendingPathComponent("kopru.lock")))
        } catch {
            return .failure(LockFileProblem(error: error))
        }
    }
}

/// A `kopru.lock` that cannot be read, as a diagnostic.
public struct LockFileProblem: Error, Sendable, Equatable {
    public var error: LockFileError

    /// The error with its place in `kopru.lock` and what to do.
    public var diagnostic: Diagnostic {
        switch error {
        case .malformedLine(let line, _):
            Diagnostic(.error, ProjectDiagnostics.lockFile, error.description,
                remedy: "delete kopru.lock and run `kopru check --accept all` to write it anew",
                at: SourceLocation(file: "kopru.lock", line: line, column: 1))
        case .unreadable, .unwritable:
            Diagnostic(.error, ProjectDiagnostics.lockFile, error.description,
                remedy: "check the file's permissions; or delete kopru.lock and run `kopru check --accept all` to write it anew",
                at: SourceLocation(file: "kopru.lock", line: 1, column: 1))
        }
    }
}
