public import Foundation

/// A copy of the sample volume (manifest, lock file and sources) in a fresh temporary folder, for tests
/// that run commands which write; removed when the value is released. The copy's folder, `volume`,
/// sits alone in a parent folder of its own, so a test can see everything a command writes beside it.
public final class ProjectCopy: @unchecked Sendable {
    /// The copy's folder.
    public let url: URL
    /// The private folder that holds it.
    public let parent: URL

    /// Copies the repository's sample volume.
    public init() throws {
        parent = FileManager.default.temporaryDirectory.appendingPathComponent("kopru-volume-\(UUID().uuidString)")
        url = parent.appendingPathComponent("volume")
        let manager = FileManager.default
        try manager.createDirectory(at: url, withIntermediateDirectories: true)
        for name in ["kopru.yaml", "kopru.lock", "Sources-de", "Sources-tr"] {
            try manager.copyItem(at: Corpus.repositoryRoot.appendingPathComponent(name), to: url.appendingPathComponent(name))
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: parent)
    }

    /// A file's URL.
    public func file(_ path: String) -> URL { url.appendingPathComponent(path) }

    /// A file's text, or `nil`.
    public func text(_ path: String) -> String? {
        FileManager.default.contents(atPath: file(path).path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Writes a file's text.
    public func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: file(path))
    }

    /// Every regular file under `path` (relative paths, sorted) with its bytes: a snapshot to compare.
    public func snapshot(_ path: String = "") -> [String: Data] {
        let root = file(path)
        var result: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        else { return result }
        let prefix = root.standardizedFileURL.path + "/"
        for case let item as URL in enumerator {
            guard (try? item.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let full = item.standardizedFileURL.path
            let relative = full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : full
            result[relative] = FileManager.default.contents(atPath: full)
        }
        return result
    }

    /// The names in a folder, hidden ones included, sorted.
    public func entries(_ path: String = "") -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: file(path).path)) ?? []).sorted()
    }
}
