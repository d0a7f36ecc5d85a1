public import Foundation
public import PublicationCore

/// Writes a build into a temporary folder next to the destination and puts it in place only when
/// every writer succeeded.
///
/// The new folder is renamed into place, so readers of `Output/` see either the previous build or the
/// new one, never a half-written mix; a failed build leaves the previous folder as it was.
///
/// ```swift
/// try PublicationOutput(destination: outputFolder).write(publication, layout: .parallel,
///     with: [HTMLWriter(), EPUBWriter(), PDFWriter()])
/// ```
public struct PublicationOutput: Sendable {
    /// The folder that holds the finished build, such as `Output`.
    public var destination: URL

    /// Creates an output for `destination`.
    public init(destination: URL) {
        self.destination = destination
    }

    /// Runs every writer into a fresh temporary folder, then replaces the destination with it.
    ///
    /// - Throws: the first writer's error (the destination is then untouched and the temporary folder
    ///   removed), or ``PublicationWriterError/cannotWrite(path:reason:)`` when the folders cannot be swapped.
    public func write(
        _ publication: BilingualPublication, layout: PublicationLayout, with writers: [any PublicationWriter]
    ) throws {
        try build { folder in
            for writer in writers {
                try writer.write(publication, layout: layout, to: folder)
            }
        }
    }

    /// Calls `body` with a fresh temporary folder next to the destination; when it returns, the folder
    /// replaces the destination. When it throws, the temporary folder is removed and the error rethrown.
    public func build(_ body: (URL) throws -> Void) throws {
        let fileManager = FileManager.default
        let parent = destination.deletingLastPathComponent()
        let name = destination.lastPathComponent
        let token = UUID().uuidString.prefix(8)
        let staging = parent.appendingPathComponent(".\(name).building-\(token)", isDirectory: true)
        let previous = parent.appendingPathComponent(".\(name).previous-\(token)", isDirectory: true)
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw PublicationWriterError.cannotWrite(path: staging.path, reason: error.localizedDescription)
        }
        do {
            try body(staging)
        } catch {
            try? fileManager.removeItem(at: staging)
            throw error
        }
        let hadPrevious = fileManager.fileExists(atPath: destination.path)
        do {
            if hadPrevious { try fileManager.moveItem(at: destination, to: previous) }
        } catch {
            try? fileManager.removeItem(at: staging)
            throw PublicationWriterError.cannotWrite(path: destination.path, reason: error.localizedDescription)
        }
        do {
            try fileManager.moveItem(at: staging, to: destination)
        } catch {
            if hadPrevious { try? fileManager.moveItem(at: previous, to: destination) }
            try? fileManager.removeItem(at: staging)
            throw PublicationWriterError.cannotWrite(path: destination.path, reason: error.localizedDescription)
        }
        if hadPrevious { try? fileManager.removeItem(at: previous) }
    }
}
