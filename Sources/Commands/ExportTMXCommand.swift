import ArgumentParser
import Assembly
import Exchange
import Foundation
import Pairing
import Project
import QualityChecks

/// `kopru export-tmx`: the confirmed German–Turkish pairs of the publication as TMX 1.4b.
struct ExportTMXCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-tmx",
        abstract: "Write the confirmed German–Turkish pairs of the publication as a TMX 1.4b translation memory.",
        discussion: """
            Every block of the publication in the current folder whose translation is there, confirmed and \
            current becomes one translation unit (original first; srclang is the original's language). \
            Inline markup becomes <bpt>/<ept>/<ph>. See docs/exchange.md.

            The file is written atomically. An existing file is overwritten only when Köprü wrote it (a TMX \
            whose creationtool is Köprü) or with --force; the manifest, kopru.lock and the sources are never \
            overwritten. Exit status: 0 written; 2 the manifest cannot be read; 73 the file is not Köprü's to \
            overwrite; 74 it cannot be written; 75 another kopru process is changing the project.
            """
    )

    @Option(help: ArgumentHelp("The TMX file to write (default: kopru.tmx beside kopru.yaml, which export-missing pre-translates from).", valueName: "FILE"))
    var out: String?

    @OptionGroup var manifestOptions: ManifestOptions

    /// The manifest: --manifest, or the nearest kopru.yaml.
    var manifest: String { manifestOptions.path }

    @Flag(help: "Overwrite an existing file that Köprü did not write (never the manifest, kopru.lock or a source).")
    var force = false

    func run() throws {
        let manifestURL = URL(fileURLWithPath: manifest)
        let loadedManifest = try ManifestLoader.load(manifestURL, displayPath: manifest)
        let base = manifestURL.deletingLastPathComponent()
        let folder = manifest.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let out = self.out ?? (folder.isEmpty ? "kopru.tmx" : folder + "/kopru.tmx")
        let target = self.out.map { URL(fileURLWithPath: $0) } ?? base.appendingPathComponent("kopru.tmx")
        let places = loadedManifest.protectedPlaces(base: base, manifestURL: manifestURL)
        do {
            try places.checkWritableFile(target, displayPath: out, force: force,
                writtenByKopru: Self.writtenByKopru(target))
        } catch {
            throw ProjectAccess.fail(error)
        }
        let projectLock = try ProjectAccess.lock(base, purpose: "kopru export-tmx")
        defer { projectLock.release() }
        let lock = try ProjectAccess.readLock(base)
        let loaded = PublicationLoader().load(loadedManifest, relativeTo: base, lock: lock)
        let pairs = TMXWriter.pairs(of: loaded)
        do {
            try AtomicFile.write(TMXWriter().write(pairs), to: target, displayPath: out)
        } catch {
            throw ProjectAccess.fail(error)
        }
        Terminal.writeOutput("\(out): \(pairs.count) translation units\n")
    }

    /// Whether `url` is a TMX file that Köprü wrote (its header names Köprü as the creation tool).
    static func writtenByKopru(_ url: URL) -> Bool {
        FileHead.text(of: url, count: 4096).map { $0.contains("<tmx") && $0.contains("creationtool=\"Köprü\"") } ?? false
    }
}
