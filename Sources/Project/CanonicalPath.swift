public import Foundation

/// An absolute path with symbolic links, `.` and `..` resolved, also for a path that does not exist yet:
/// the longest existing ancestor is resolved by the file system and the rest appended.
///
/// Comparing canonical paths is how Köprü decides whether an output folder is the project, holds a
/// source, or lies inside one, whatever spelling the user gave (`.`, `../proj`, a symbolic link).
public struct CanonicalPath: Hashable, Sendable, CustomStringConvertible {
    /// The path's components after the root, such as `["work", "volume", "Output"]`.
    public let components: [String]

    /// Resolves `url` (a file URL, relative URLs against the current folder).
    public init(_ url: URL) {
        var parts = url.standardizedFileURL.path.split(separator: "/").map(String.init)
        var rest: [String] = []
        while true {
            let candidate = "/" + parts.joined(separator: "/")
            if let resolved = realpath(candidate, nil) {
                let text = String(cString: resolved)
                free(resolved)
                parts = text.split(separator: "/").map(String.init)
                break
            }
            guard let last = parts.popLast() else { break }
            rest.insert(last, at: 0)
        }
        var result: [String] = []
        for part in parts + rest {
            switch part {
            case ".", "": continue
            case "..": _ = result.popLast()
            default: result.append(part)
            }
        }
        components = result
    }

    /// The path as text.
    public var path: String { "/" + components.joined(separator: "/") }

    public var description: String { path }

    /// The file URL.
    public var url: URL { URL(fileURLWithPath: path) }

    /// Whether `self` is `other` or lies inside it.
    public func isInside(_ other: CanonicalPath) -> Bool {
        components.count >= other.components.count && Array(components.prefix(other.components.count)) == other.components
    }

    /// Whether `self` lies strictly inside `other`.
    public func isStrictlyInside(_ other: CanonicalPath) -> Bool {
        components.count > other.components.count && isInside(other)
    }
}
