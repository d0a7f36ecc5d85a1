public import PublicationCore

/// Why Köprü would not, or could not, write to a place.
///
/// Each case carries the path in the user's words, the reason and what to do; ``diagnostic`` turns it
/// into a printable ``Diagnostic`` with a stable code from ``ProjectDiagnostics``.
public enum ProjectError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path is not Köprü's to write or replace (the project, a source, a file it did not write).
    case refused(path: String, reason: String, remedy: String)
    /// Another process holds the project's write lock.
    case locked(path: String, holder: String)
    /// The path could not be written (disk full, read-only file system, permissions).
    case unwritable(path: String, reason: String)
    /// `kopru.lock` cannot be read, so confirmations cannot be added to it without losing the ones it holds.
    case unreadableLockFile(LockFileProblem)

    /// The stable code.
    public var code: DiagnosticCode {
        switch self {
        case .refused: ProjectDiagnostics.outputRefused
        case .locked: ProjectDiagnostics.projectLocked
        case .unwritable: ProjectDiagnostics.outputUnwritable
        case .unreadableLockFile: ProjectDiagnostics.lockFile
        }
    }

    /// The message, without the code.
    public var message: String {
        switch self {
        case .refused(let path, let reason, _): "refusing to write \(path): \(reason)"
        case .locked(let path, let holder): "the project is being changed by another process (\(holder)); \(path) is locked"
        case .unwritable(let path, let reason): "\(path) cannot be written: \(reason)"
        case .unreadableLockFile(let problem): problem.error.description
        }
    }

    /// What the user can do.
    public var remedy: String {
        switch self {
        case .refused(_, _, let remedy): remedy
        case .locked: "wait until that command has finished, then run this one again"
        case .unwritable: "free space or make the folder writable, then run the command again; nothing was changed"
        case .unreadableLockFile(let problem): problem.diagnostic.remedy ?? ""
        }
    }

    public var description: String { "\(message) [\(code)]" }

    /// The error as a diagnostic: without a position, but for a broken line of `kopru.lock`.
    public var diagnostic: Diagnostic {
        if case .unreadableLockFile(let problem) = self { return problem.diagnostic }
        return Diagnostic(.error, code, message, remedy: remedy)
    }
}
