public import Foundation

/// Expands the paths given on the command line into the files to read.
///
/// A file is taken as it is; a folder contributes its `.xml`, `.xlf`, `.xliff`, `.docx` and `.odt` files, recursively
/// and sorted; no path at all means the publication in the current folder (`Sources-de/` and
/// `Sources-tr/`).
public struct InputCollector {
    /// The file name extensions read from a folder.
    public static let extensions: Set<String> = ["xml", "xlf", "xliff", "xlz", "dbk", "docx", "docm", "odt"]

    /// A file to read, with the path as the user wrote it.
    public struct Input: Sendable {
        public var url: URL
        public var displayPath: String

        public init(url: URL, displayPath: String) {
            self.url = url
            self.displayPath = displayPath
        }
    }

    /// Paths that do not exist, reported by the caller.
    public var missing: [String] = []
    /// Folders that hold no file to read, reported by the caller.
    public var emptyFolders: [String] = []

    public init() {}

    /// The folders read when no path is given: a publication's source folders.
    public static let defaultFolders = ["Sources-de", "Sources-tr"]

    /// The files named by `paths` (none: ``defaultFolders``), folders expanded.
    public mutating func collect(_ paths: [String]) -> [Input] {
        var inputs: [Input] = []
        let fileManager = FileManager.default
        let requested = paths.isEmpty ? Self.defaultFolders : paths
        for path in requested {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                missing.append(path)
                continue
            }
            if !isDirectory.boolValue {
                inputs.append(Input(url: URL(fileURLWithPath: path), displayPath: path))
                continue
            }
            let base = URL(fileURLWithPath: path)
            var found: [Input] = []
            if let enumerator = fileManager.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey],
                options: [.skipsHiddenFiles])
            {
                for case let url as URL in enumerator where Self.extensions.contains(url.pathExtension.lowercased()) {
                    let relative = String(url.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count))
                    let trimmed = relative.hasPrefix("/") ? String(relative.dropFirst()) : relative
                    let display = path.hasSuffix("/") ? path + trimmed : path + "/" + trimmed
                    found.append(Input(url: url, displayPath: display))
                }
            }
            if found.isEmpty { emptyFolders.append(path) }
            inputs.append(contentsOf: found.sorted { $0.displayPath < $1.displayPath })
        }
        return inputs
    }
}
