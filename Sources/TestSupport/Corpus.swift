public import Foundation

/// Locates the shared test corpus (`../shared/corpus` beside the repository).
public enum Corpus {
    /// The repository's root folder, found from this source file's path.
    public static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The corpus folder, `../shared/corpus` from the repository root (or `$KOPRU_CORPUS`).
    public static var root: URL {
        if let override = ProcessInfo.processInfo.environment["KOPRU_CORPUS"] {
            return URL(fileURLWithPath: override)
        }
        return repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    }

    /// A file or folder inside the corpus.
    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    /// All files under a corpus folder whose names end with one of the extensions, sorted.
    public static func files(under relativePath: String, extensions: Set<String> = ["xlf", "xliff"]) -> [URL] {
        let base = url(relativePath)
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else {
            return []
        }
        var result: [URL] = []
        for case let file as URL in enumerator where extensions.contains(file.pathExtension.lowercased()) {
            result.append(file)
        }
        return result.sorted { $0.path < $1.path }
    }

    /// The path of a corpus file relative to the corpus root, for readable test names.
    public static func relativePath(of file: URL) -> String {
        let rootPath = root.standardizedFileURL.path + "/"
        let path = file.standardizedFileURL.path
        return path.hasPrefix(rootPath) ? String(path.dropFirst(rootPath.count)) : path
    }
}
