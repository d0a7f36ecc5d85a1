public import Foundation

/// The file `.kopru-output` that Köprü writes into every folder it builds, listing what it wrote there.
///
/// A folder with a marker is Köprü's: the next build may replace it, as long as it holds nothing the
/// marker does not list (a file someone put there is never deleted). A folder without one is replaced
/// only when it is empty.
///
/// ```text
/// # Written by kopru build. The next build replaces this folder; nothing else is kept in it.
/// index.html
/// images
/// publication.epub
/// ```
public struct OutputMarker: Sendable, Equatable {
    /// The marker's file name.
    public static let fileName = ".kopru-output"

    /// The names of the entries Köprü wrote into the folder.
    public var entries: Set<String>

    /// Creates a marker.
    public init(entries: Set<String>) {
        self.entries = entries
    }

    /// The marker's text.
    public var text: String {
        "# Written by kopru. The next build replaces this folder; nothing else is kept in it.\n"
            + entries.sorted().map { $0 + "\n" }.joined()
    }

    /// Reads the marker of `folder`, or `nil` when it has none.
    public static func read(in folder: URL) -> OutputMarker? {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(fileName).path) else {
            return nil
        }
        let names = String(decoding: data, as: UTF8.self).split(separator: "\n")
            .map(String.init).filter { !$0.isEmpty && !$0.hasPrefix("#") }
        return OutputMarker(entries: Set(names))
    }

    /// Writes a marker into `folder` that lists everything in it.
    public static func write(listing folder: URL) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != fileName }
        try Data(OutputMarker(entries: Set(names)).text.utf8).write(to: folder.appendingPathComponent(fileName))
    }
}
