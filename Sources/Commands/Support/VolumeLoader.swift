import Exchange
import Foundation
import Project

/// Reads the publication for the exchange commands (`export-missing`, `import`): the manifest, the
/// lock file and every contribution, each problem printed the way every command prints it.
enum VolumeLoader {
    static func load(manifest: String) throws -> (manifest: Manifest, volume: ExchangeVolume) {
        let manifestURL = URL(fileURLWithPath: manifest)
        let loaded = try ManifestLoader.load(manifestURL, displayPath: manifest)
        let base = manifestURL.deletingLastPathComponent()
        let lock = try ProjectAccess.readLock(base)
        return (loaded, ExchangeVolume.load(loaded, relativeTo: base, lock: lock))
    }
}
