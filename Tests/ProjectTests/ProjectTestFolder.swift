import Foundation

/// A fresh temporary project folder for one test, removed when the value is released.
final class ProjectTestFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("kopru-project-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes `text` to `path` (relative), creating folders.
    @discardableResult
    func write(_ text: String, to path: String) throws -> URL {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }

    func contents(_ path: String) -> String? {
        FileManager.default.contents(atPath: url.appendingPathComponent(path).path).map { String(decoding: $0, as: UTF8.self) }
    }

    func entries(_ path: String = "") -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.appendingPathComponent(path).path)) ?? []).sorted()
    }

    /// A project with a manifest and two sources.
    static func sampleProject() throws -> (ProjectTestFolder, ProtectedPlaces) {
        let folder = try ProjectTestFolder()
        let manifest = try folder.write("title: x\n", to: "kopru.yaml")
        let german = try folder.write("<article/>", to: "Sources-de/01.xml")
        let turkish = try folder.write("<article/>", to: "Sources-tr/01.xml")
        return (folder, ProtectedPlaces(project: folder.url, manifest: manifest, sources: [german, turkish]))
    }
}

import Project
