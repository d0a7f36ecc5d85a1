public import Foundation
import CSystem

/// Builds a folder (such as `Output/`) beside its destination and swaps it into place in one atomic step.
///
/// The new contents go into a temporary sibling, `.NAME.kopru-PID-RANDOM`. Only when everything has been
/// written does it change places with the destination (Linux `renameat2` with `RENAME_EXCHANGE`), so the
/// destination path always names a complete folder, the previous one or the new one, even if the process
/// is killed at any moment. The previous contents are then removed. A failed or interrupted build
/// removes its temporary folder and leaves the destination exactly as it was; the temporary folder of a
/// killed run is removed by the next run.
///
/// ```swift
/// try FolderReplacement(destination: output, displayPath: "Output").run { folder in
///     try writer.write(publication, layout: .parallel, to: folder)
/// }
/// ```
public struct FolderReplacement: Sendable {
    /// The folder that receives the result.
    public var destination: URL
    /// How messages name it.
    public var displayPath: String
    /// The project's protected places, checked before anything is written.
    public var places: ProtectedPlaces?
    /// Replace a non-empty folder that Köprü did not write (never a protected one).
    public var force: Bool

    /// Creates a replacement of `destination`.
    public init(destination: URL, displayPath: String? = nil, places: ProtectedPlaces? = nil, force: Bool = false) {
        self.destination = destination
        self.displayPath = displayPath ?? destination.path
        self.places = places
        self.force = force
    }

    /// The prefix of the temporary folders beside `destination`.
    static func temporaryPrefix(for destination: URL) -> String {
        ".\(destination.lastPathComponent).kopru-"
    }

    /// The suffix of the previous folder while the fallback's two renames run.
    static let previousSuffix = "-previous"

    /// Checks that the destination may be replaced, without writing anything.
    public func check() throws(ProjectError) {
        if let places {
            try places.checkReplaceableFolder(destination, displayPath: displayPath, force: force)
        } else {
            try ProtectedPlaces.checkExistingFolder(destination, displayPath: displayPath, force: force)
        }
    }

    /// Removes the temporary folders that killed runs left beside `destination` (also those of earlier
    /// versions, `.NAME.building-*` and `.NAME.previous-*`); returns their names. Call it while holding
    /// the project's ``ProjectLock``, so that no running build's folder is taken for a leftover.
    @discardableResult
    public static func removeLeftovers(beside destination: URL) -> [String] {
        let parent = destination.deletingLastPathComponent()
        let name = destination.lastPathComponent
        let prefixes = [temporaryPrefix(for: destination), ".\(name).building-", ".\(name).previous-"]
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        var removed: [String] = []
        if !FileManager.default.fileExists(atPath: destination.path),
            let previous = entries.sorted().last(where: { prefixes.contains(where: $0.hasPrefix) && ($0.hasSuffix(previousSuffix) || $0.hasPrefix(prefixes[2])) }),
            rename(parent.appendingPathComponent(previous).path, destination.path) == 0
        {
            removed.append(previous)  // put back: a run was killed between the two renames of the fallback
        }
        for entry in entries.sorted() where prefixes.contains(where: entry.hasPrefix) && !removed.contains(entry) {
            if entry.hasPrefix(prefixes[0]), let pid = pid_t(entry.dropFirst(prefixes[0].count).prefix { $0 != "-" }),
                pid != getpid(), kill(pid, 0) == 0, Self.isKopru(pid)
            {
                continue  // a running build of another project that shares the parent folder
            }
            if (try? FileManager.default.removeItem(at: parent.appendingPathComponent(entry))) != nil {
                removed.append(entry)
            }
        }
        return removed
    }

    /// Whether process `pid` runs kopru.
    static func isKopru(_ pid: pid_t) -> Bool {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/comm") else { return false }
        return String(decoding: data, as: UTF8.self).hasPrefix("kopru")
    }

    /// Checks the destination, calls `body` with a fresh temporary folder, marks it as Köprü's
    /// (``OutputMarker``) and swaps it into place; the previous contents are removed.
    ///
    /// - Throws: ``ProjectError`` when the destination may not be replaced or the folders cannot be
    ///   written or swapped; `body`'s error unchanged. In every case the destination is as it was.
    public func run(_ body: (URL) throws -> Void) throws {
        try check()
        let fileManager = FileManager.default
        let parent = destination.deletingLastPathComponent()
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw ProjectError.unwritable(path: displayPath, reason: Self.reason(error))
        }
        let random = String(UInt32.random(in: 0...UInt32.max), radix: 36)
        let staging = parent.appendingPathComponent(Self.temporaryPrefix(for: destination) + "\(getpid())-\(random)",
            isDirectory: true)
        let token = Interruption.register(temporary: staging)
        defer {
            try? fileManager.removeItem(at: staging)
            Interruption.unregister(token)
        }
        let made = Interruption.holdingOff { mkdir(staging.path, 0o755) == 0 ? 0 : errno }
        guard made == 0 else {
            throw ProjectError.unwritable(path: displayPath, reason: String(cString: strerror(made)))
        }
        try body(staging)
        do {
            try OutputMarker.write(listing: staging)
        } catch {
            throw ProjectError.unwritable(path: displayPath, reason: Self.reason(error))
        }
        try check()  // again: the destination may have changed while the body ran
        // The fallback's previous folder: registered before the swap, which the interrupt handler never
        // splits, so that a handler running after it removes what is left of the previous contents.
        let previous = parent.appendingPathComponent(Self.temporaryPrefix(for: destination) + "\(getpid())-\(random)"
            + Self.previousSuffix)
        let previousToken = Interruption.register(temporary: previous)
        defer { Interruption.unregister(previousToken) }
        let failure = Interruption.holdingOff { unregister in
            Self.swap(staging, into: destination, previous: previous) { unregister(previousToken) }
        }
        if failure != 0 {
            throw ProjectError.unwritable(path: displayPath, reason: String(cString: strerror(failure)))
        }
        try? fileManager.removeItem(at: previous)
    }

    /// Puts `staging` in place of `destination`; returns 0, or the `errno` of the failure, with
    /// `destination` as it was. After an exchange `staging` holds the previous contents; after the
    /// fallback's two renames (a file system that cannot exchange), `previous` holds them. Should the
    /// fallback fail to put `previous` back, it is the only copy of the previous contents: `keep` is
    /// called (so that no clean-up removes it), and the next run's ``removeLeftovers(beside:)`` puts it back.
    private static func swap(_ staging: URL, into destination: URL, previous: URL, keep: () -> Void) -> Int32 {
        if kopru_rename_noreplace(staging.path, destination.path) == 0 { return 0 }
        if errno == EINVAL || errno == ENOSYS, !FileManager.default.fileExists(atPath: destination.path) {
            if rename(staging.path, destination.path) == 0 { return 0 }
        }
        guard errno == EEXIST || errno == ENOTEMPTY || errno == EINVAL || errno == ENOSYS else { return errno }
        if kopru_rename_exchange(staging.path, destination.path) == 0 { return 0 }
        guard errno == EINVAL || errno == ENOSYS else { return errno }
        // A run killed between the two renames leaves `previous` and no destination; the next run's
        // removeLeftovers(beside:) puts `previous` back.
        guard rename(destination.path, previous.path) == 0 else { return errno }
        guard rename(staging.path, destination.path) == 0 else {
            let failure = errno
            if rename(previous.path, destination.path) != 0 { keep() }
            return failure
        }
        return 0
    }

    static func reason(_ error: any Error) -> String {
        (error as NSError).localizedFailureReason ?? error.localizedDescription
    }
}
