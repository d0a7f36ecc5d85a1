public import Foundation

/// Writes files so that nothing is ever half-written or lost: the new content goes to a temporary file
/// beside the target and is renamed into place; the previous version is first copied to a backup folder.
///
/// ```swift
/// let writer = SafeFileWriter(base: folder, backupFolder: ".kopru-backup/20250101T120000Z")
/// try writer.write(data, to: "Sources-de/07-sisli.xml")
/// // previous version: .kopru-backup/20250101T120000Z/Sources-de/07-sisli.xml
/// ```
public struct SafeFileWriter: Sendable {
    /// The folder paths are relative to.
    public var base: URL
    /// The backup folder, relative to ``base``; `nil` for no backup.
    public var backupFolder: String?

    /// Creates a writer.
    public init(base: URL, backupFolder: String?) {
        self.base = base
        self.backupFolder = backupFolder
    }

    /// Writes `data` to `path` (relative to ``base``, or absolute) atomically, after backing up the
    /// previous version.
    ///
    /// - Throws: ``ExchangeError/unwritable(_:_:)``.
    public func write(_ data: Data, to path: String) throws(ExchangeError) {
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : base.appendingPathComponent(path)
        let manager = FileManager.default
        do {
            if let backupFolder, manager.fileExists(atPath: url.path), !path.hasPrefix("/") {
                let backup = base.appendingPathComponent(backupFolder).appendingPathComponent(path)
                try manager.createDirectory(at: backup.deletingLastPathComponent(), withIntermediateDirectories: true)
                if manager.fileExists(atPath: backup.path) { try manager.removeItem(at: backup) }
                try manager.copyItem(at: url, to: backup)
            }
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Self.writeAtomically(data, to: url)
        } catch let error as ExchangeError {
            throw error
        } catch {
            throw .unwritable(path, error.localizedDescription)
        }
    }

    /// Writes to a temporary file in the same folder, then renames it over the target.
    public static func writeAtomically(_ data: Data, to url: URL) throws(ExchangeError) {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).kopru-\(UUID().uuidString).tmp")
        do {
            try data.write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw ExchangeError.unwritable(url.path, reason)
            }
        } catch let error as ExchangeError {
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .unwritable(url.path, error.localizedDescription)
        }
    }
}
