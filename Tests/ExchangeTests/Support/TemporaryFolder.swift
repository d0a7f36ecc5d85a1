import Foundation
import TestSupport

/// A fresh folder under the system's temporary folder, removed by ``remove()``.
struct TemporaryFolder {
    let url: URL

    init(_ name: String = "kopru-exchange") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A copy of the sample volume (kopru.yaml, Sources-de, Sources-tr) of the repository.
    static func sampleVolume() throws -> TemporaryFolder {
        let folder = try TemporaryFolder("kopru-sample")
        for item in ["kopru.yaml", "Sources-de", "Sources-tr"] {
            try FileManager.default.copyItem(at: Corpus.repositoryRoot.appendingPathComponent(item),
                to: folder.url.appendingPathComponent(item))
        }
        return folder
    }

    func file(_ path: String) -> URL { url.appendingPathComponent(path) }

    func write(_ text: String, to path: String) throws {
        let target = file(path)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: target)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: file(path), encoding: .utf8)
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

extension TemporaryFolder {
    /// A one-contribution volume: a German original `de/a.xml`, its Turkish translation `tr/a.xml` (a
    /// DocBook or XLIFF file, by `translationPath`), the manifest and a lock file.
    static func contribution(_ name: String, original: String, translation: String,
        translationPath: String = "tr/a.xml", lock: String = "") throws -> TemporaryFolder
    {
        let folder = try TemporaryFolder(name)
        try folder.write(original, to: "de/a.xml")
        try folder.write(translation, to: translationPath)
        try folder.write("title: {de: B, tr: C}\ncontributions:\n  - {id: a, original: de, german: de/a.xml, turkish: \(translationPath)}\n",
            to: "kopru.yaml")
        try folder.write(lock, to: "kopru.lock")
        return folder
    }
}
