import Foundation
import Testing
import TestSupport

/// The package's module graph as `swift package dump-package` reports it: every import is declared,
/// and the library's modules depend only on modules below them in the pipeline.
@Suite("Module graph")
struct ModuleGraphTests {
    /// The library's layers, bottom to top; a module may depend only on modules of a lower layer.
    static let layers: [String: Int] = [
        "CLibXML2": 0, "CSystem": 0, "PublicationCore": 0, "XMLSource": 1, "FormatReaders": 2, "Pairing": 2,
        "QualityChecks": 3, "Project": 4, "Assembly": 5, "Exchange": 5, "Commands": 6, "Kopru": 6, "PreviewServer": 7,
    ]

    struct Target {
        var name: String
        var folder: URL
        var dependencies: Set<String>
    }

    /// The targets of Package.swift with their folders and declared dependencies.
    static func targets() throws -> [Target] {
        let root = Corpus.repositoryRoot
        // A scratch folder of its own: the test runs while `swift test` holds the lock on .build.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kopru-dump-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift", "package", "--scratch-path", scratch.path, "dump-package"]
        process.currentDirectoryURL = root
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "swift package dump-package failed")
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let entries = try #require(json["targets"] as? [[String: Any]])
        return entries.compactMap { entry -> Target? in
            guard let name = entry["name"] as? String, let type = entry["type"] as? String, type != "system" else { return nil }
            let base = type == "test" ? "Tests" : "Sources"
            let path = (entry["path"] as? String) ?? "\(base)/\(name)"
            var dependencies = Set<String>()
            for dependency in (entry["dependencies"] as? [[String: Any]]) ?? [] {
                for value in dependency.values {
                    if let list = value as? [Any], let first = list.first as? String { dependencies.insert(first) }
                }
            }
            return Target(name: name, folder: root.appendingPathComponent(path), dependencies: dependencies)
        }
    }

    /// The modules a folder's Swift files import.
    static func imports(under folder: URL) -> [String: String] {
        var result: [String: String] = [:]
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        for file in files {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") {
                let words = line.split(separator: " ").filter { !["public", "internal", "package", "@testable", "@_exported"].contains($0) }
                if words.count == 2, words[0] == "import" { result[String(words[1])] = file.lastPathComponent }
            }
        }
        return result
    }

    @Test("every module a file imports is a declared dependency of its target, and layers point one way")
    func importsAreDeclaredAndPointDown() throws {
        let targets = try Self.targets()
        let names = Set(targets.map(\.name)).union(["CLibXML2", "ArgumentParser", "Yams", "ZIPFoundation", "FlyingFox"])
        #expect(targets.count > 20)
        var checkedImports = 0
        for target in targets {
            for (module, file) in Self.imports(under: target.folder) where names.contains(module) && module != target.name {
                checkedImports += 1
                #expect(target.dependencies.contains(module), "\(target.name) (\(file)) imports \(module) without declaring it")
            }
            guard let layer = Self.layers[target.name] else { continue }
            for dependency in target.dependencies {
                guard let below = Self.layers[dependency] else { continue }
                #expect(below < layer, "\(target.name) (layer \(layer)) depends on \(dependency) (layer \(below))")
            }
        }
        #expect(checkedImports > 50)
    }
}
