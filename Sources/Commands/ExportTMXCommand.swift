import Alignment
import ArgumentParser
import Assembly
import Exchange
import Foundation

/// `kopru export-tmx`: the confirmed German–Turkish pairs of the publication as TMX 1.4b.
struct ExportTMXCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-tmx",
        abstract: "Write the confirmed German–Turkish pairs of the publication as a TMX 1.4b translation memory.",
        discussion: """
            Every block of the publication in the current folder whose translation is there, confirmed and \
            current becomes one translation unit (original first; srclang is the original's language). \
            Inline markup becomes <bpt>/<ept>/<ph>. See docs/exchange.md.
            """
    )

    @Option(help: ArgumentHelp("The TMX file to write.", valueName: "FILE"))
    var out: String

    @Option(help: ArgumentHelp("The publication's manifest.", valueName: "FILE"))
    var manifest = "kopru.yaml"

    func run() throws {
        let manifestURL = URL(fileURLWithPath: manifest)
        let loadedManifest = try ManifestLoader.load(manifestURL, displayPath: manifest)
        let base = manifestURL.deletingLastPathComponent()
        let lock = (try? LockFile.read(from: base.appendingPathComponent("kopru.lock"))) ?? LockFile()
        let loaded = PublicationLoader().load(loadedManifest, relativeTo: base, lock: lock)
        let pairs = TMXWriter.pairs(of: loaded)
        do {
            try SafeFileWriter.writeAtomically(TMXWriter().write(pairs), to: URL(fileURLWithPath: out))
        } catch {
            Terminal.writeError("error: \(error.description)\n")
            throw ExitCode.unreadableInput
        }
        Terminal.writeOutput("\(out): \(pairs.count) translation units\n")
    }
}
