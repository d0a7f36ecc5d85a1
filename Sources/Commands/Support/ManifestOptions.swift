import ArgumentParser
import Foundation
import Pairing
import Project
import QualityChecks

/// `--manifest FILE`, shared by the commands that read a publication; without it, `kopru.yaml` in the
/// current folder or the nearest folder above it (as git finds its repository).
struct ManifestOptions: ParsableArguments {
    @Option(name: .customLong("manifest"), help: ArgumentHelp(
        "The publication's manifest (default: kopru.yaml in the current folder or the nearest folder above it).",
        valueName: "FILE"))
    var explicitPath: String?

    /// The manifest's name.
    static let fileName = "kopru.yaml"

    /// Reads `--min-complete`: a percentage from 0 to 100, as in the manifest (`95`, `95.5`, `95%`).
    static func percentage(_ text: String) throws -> Double {
        guard let value = Manifest.CheckSettings.percentage(from: text) else {
            throw ValidationError("it must be a percentage from 0 to 100, such as 95 or 95%")
        }
        return value
    }

    /// The manifest to use, as a path for messages: `--manifest`, else the nearest `kopru.yaml` (relative to
    /// the current folder when it is above it), else `kopru.yaml`. Announces a manifest found above.
    var path: String {
        if let explicitPath { return explicitPath }
        guard let found = Self.discover(from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) else {
            return Self.fileName
        }
        if found.levelsUp > 0 {
            Self.announce(found.path)
        }
        return found.path
    }

    /// Searches `folder` and its parents for `kopru.yaml`; returns its path relative to `folder`
    /// (`../../kopru.yaml`) and how many folders up it is.
    static func discover(from folder: URL) -> (path: String, levelsUp: Int)? {
        var current = folder.standardizedFileURL
        var levels = 0
        while true {
            if FileManager.default.fileExists(atPath: current.appendingPathComponent(fileName).path) {
                return (String(repeating: "../", count: levels) + fileName, levels)
            }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path || levels >= 64 { return nil }
            current = parent
            levels += 1
        }
    }

    /// Says once which manifest a command uses when it is not in the current folder.
    private static func announce(_ path: String) {
        guard !announced.value else { return }
        announced.value = true
        let full = URL(fileURLWithPath: path).standardizedFileURL.path
        Terminal.writeError("note: using \(full) (the nearest kopru.yaml above the current folder)\n")
    }

    private final class Flag: @unchecked Sendable { var value = false }
    private static let announced = Flag()
}
