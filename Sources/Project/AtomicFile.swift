public import Foundation
import Glibc

/// Writes a file so that it is never half-written: the new bytes go to a temporary file beside the
/// target (same folder, so the same file system), are flushed to disk, and are renamed over the target.
///
/// A rewritten file keeps its permissions and owner. Writing is two steps, so that several files can be
/// prepared first and put in place only when all of them are ready (`kopru import`):
///
/// ```swift
/// let staged = try AtomicFile.stage(data, for: url, displayPath: "Sources-tr/07-sisli.xml")
/// try AtomicFile.commit(staged)   // or AtomicFile.discard(staged)
/// ```
public enum AtomicFile {
    /// A temporary file ready to replace its target.
    public struct Staged: Sendable {
        /// The file it replaces.
        public var target: URL
        /// The temporary file beside it.
        public var temporary: URL
        /// How messages name the target.
        public var displayPath: String
        let token: Interruption.Token
    }

    /// The marker in the names of temporary files: `.NAME.kopru-PID-RANDOM.tmp`.
    static let infix = ".kopru-"

    /// Writes `data` to a temporary file beside `target`, with the target's permissions and owner (0644
    /// for a new file).
    ///
    /// - Throws: ``ProjectError/unwritable(path:reason:)`` (disk full, read-only folder); nothing is left behind.
    public static func stage(_ data: Data, for target: URL, displayPath: String) throws(ProjectError) -> Staged {
        let folder = target.deletingLastPathComponent()
        let random = String(UInt32.random(in: 0...UInt32.max), radix: 36)
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent)\(infix)\(getpid())-\(random).tmp")
        var mode: mode_t = 0o644
        var owner: (uid_t, gid_t)?
        var existing = stat()
        if stat(target.path, &existing) == 0 {
            mode = existing.st_mode & 0o7777
            owner = (existing.st_uid, existing.st_gid)
        }
        let token = Interruption.register(temporary: temporary)
        // Created while the interrupt handler is held off, so that it removes the file or never sees it made.
        let (descriptor, failure) = Interruption.holdingOff {
            let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            return (descriptor, descriptor < 0 ? errno : 0)
        }
        guard descriptor >= 0 else {
            Interruption.unregister(token)
            throw .unwritable(path: displayPath, reason: String(cString: strerror(failure)))
        }
        func fail() -> ProjectError {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            unlink(temporary.path)
            Interruption.unregister(token)
            return .unwritable(path: displayPath, reason: reason)
        }
        let written = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += count
            }
            return true
        }
        guard written else { throw fail() }
        if let owner, owner.0 != geteuid() || owner.1 != getegid() { _ = fchown(descriptor, owner.0, owner.1) }
        guard fchmod(descriptor, mode) == 0, fsync(descriptor) == 0 else { throw fail() }
        close(descriptor)
        return Staged(target: target, temporary: temporary, displayPath: displayPath, token: token)
    }

    /// Puts a staged file in place.
    public static func commit(_ staged: Staged) throws(ProjectError) {
        defer { Interruption.unregister(staged.token) }
        let failure = Interruption.holdingOff { rename(staged.temporary.path, staged.target.path) == 0 ? 0 : errno }
        guard failure == 0 else {
            let reason = String(cString: strerror(failure))
            unlink(staged.temporary.path)
            throw .unwritable(path: staged.displayPath, reason: reason)
        }
    }

    /// Removes a staged file without putting it in place.
    public static func discard(_ staged: Staged) {
        unlink(staged.temporary.path)
        Interruption.unregister(staged.token)
    }

    /// Writes `data` to `target` atomically.
    public static func write(_ data: Data, to target: URL, displayPath: String) throws(ProjectError) {
        try commit(stage(data, for: target, displayPath: displayPath))
    }

    /// Removes the temporary files that killed runs left in `folder`; returns their names.
    @discardableResult
    public static func removeLeftovers(in folder: URL) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var removed: [String] = []
        for entry in entries.sorted() where entry.hasPrefix(".") && entry.hasSuffix(".tmp") {
            guard let range = entry.range(of: infix, options: .backwards) else { continue }
            let rest = entry[range.upperBound...].dropLast(4)
            let parts = rest.split(separator: "-")
            guard parts.count == 2, let pid = pid_t(parts[0]) else { continue }
            if pid != getpid(), kill(pid, 0) == 0, FolderReplacement.isKopru(pid) { continue }
            if unlink(folder.appendingPathComponent(entry).path) == 0 { removed.append(entry) }
        }
        return removed
    }
}
