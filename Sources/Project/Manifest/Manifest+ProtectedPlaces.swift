public import Foundation

extension Manifest {
    /// The places of this manifest's project that no command may replace: the project folder, the
    /// manifest, the lock file, every original and translation it names, and the glossary.
    ///
    /// - Parameters:
    ///   - base: the folder of the manifest.
    ///   - manifestURL: the manifest file.
    public func protectedPlaces(base: URL, manifestURL: URL) -> ProtectedPlaces {
        var sources = contributions.flatMap { [$0.german, $0.turkish].compactMap { $0 } }
        if let glossary = check.glossary { sources.append(glossary) }
        return ProtectedPlaces(project: base, manifest: manifestURL,
            sources: sources.map { URL(fileURLWithPath: $0, relativeTo: base) })
    }
}
