public import Foundation

/// The advisory write lock of a project: one process at a time may change it.
///
/// `import`, `check --accept`, `build` and the exports take it before they read what they will write.
/// It is an `flock(2)` on `.kopru/lock` in the project folder, so the kernel releases it when the
/// holder ends, however it ends (a killed process never leaves a stale lock). A second writer waits up
/// to ``defaultTimeout`` seconds, then gives up with ``ProjectError/locked(path:holder:)`` naming the
/// process that holds it.
///
/// ```swift
/// let lock = try ProjectLock.acquire(in: projectFolder, purpose: "kopru import")
/// defer { lock.release() }
/// ```
public final class ProjectLock: Sendable {
    /// The name of Köprü's own folder in a project.
    public static let folderName = ".kopru"

    /// How long a second writer waits: `KOPRU_LOCK_TIMEOUT` seconds, else 10.
    public static var defaultTimeout: Double {
        ProcessInfo.processInfo.environment["KOPRU_LOCK_TIMEOUT"].flatMap(Double.init) ?? 10
    }

    /// The lock file, or `nil` when the project cannot hold one (a read-only project, which no one can change).
    public let path: URL?
    private let descriptor: Int32

    private init(path: URL?, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Takes the lock of the project in `project`, waiting up to `timeout` seconds for another holder.
    ///
    /// - Parameters:
    ///   - project: the folder of the manifest.
    ///   - purpose: what the holder does, shown to a process that waits (such as `kopru import`).
    ///   - timeout: how long to wait, in seconds.
    /// - Throws: ``ProjectError/locked(path:holder:)`` when another process holds it longer.
    public static func acquire(in project: URL, purpose: String, timeout: Double = defaultTimeout)
        throws(ProjectError) -> ProjectLock
    {
        let folder = project.appendingPathComponent(folderName, isDirectory: true)
        let file = folder.appendingPathComponent("lock")
        if mkdir(folder.path, 0o755) != 0 && errno != EEXIST {
            if errno == EROFS || errno == EACCES { return ProjectLock(path: nil, descriptor: -1) }
            throw .unwritable(path: "\(folderName)/", reason: String(cString: strerror(errno)))
        }
        // The folder ignores itself, so it never shows in the project's version control.
        let ignore = folder.appendingPathComponent(".gitignore")
        if !FileManager.default.fileExists(atPath: ignore.path) {
            try? Data("# Köprü's own folder (the project's write lock); not part of the publication.\n*\n".utf8).write(to: ignore)
        }
        let descriptor = open(file.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            if errno == EROFS || errno == EACCES { return ProjectLock(path: nil, descriptor: -1) }
            throw .unwritable(path: "\(folderName)/lock", reason: String(cString: strerror(errno)))
        }
        let deadline = Date().addingTimeInterval(timeout)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                let holder = Self.holder(of: file)
                close(descriptor)
                throw .locked(path: "\(folderName)/lock", holder: holder)
            }
            usleep(50_000)
        }
        let note = "pid \(getpid()): \(purpose)\n"
        _ = ftruncate(descriptor, 0)
        _ = note.withCString { pwrite(descriptor, $0, strlen($0), 0) }
        return ProjectLock(path: file, descriptor: descriptor)
    }

    /// Gives the lock back (also done when the value is released or the process ends).
    public func release() {
        if descriptor >= 0 { _ = flock(descriptor, LOCK_UN) }
    }

    /// What the lock file says about its holder.
    static func holder(of file: URL) -> String {
        let text = (FileManager.default.contents(atPath: file.path)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let line = text.split(separator: "\n").first.map(String.init) ?? ""
        return line.isEmpty ? "another kopru process" : line
    }
}
