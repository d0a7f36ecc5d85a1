public import Foundation

/// The places of a project that no command may replace or delete: the project folder and every folder
/// above it, the manifest, the lock file, every source the manifest names, and Köprü's own `.kopru/`.
///
/// Commands ask it before they write: a folder they replace as a whole (`build --out`), a file they
/// create or overwrite (`export-tmx --out`). A refusal is a ``ProjectError/refused(path:reason:remedy:)``
/// that names the path, the reason and what to do; nothing has been changed when it is thrown.
///
/// ```swift
/// let places = ProtectedPlaces(project: folder, manifest: folder.appendingPathComponent("kopru.yaml"),
///     sources: [folder.appendingPathComponent("Sources-de/07-sisli.xml")])
/// try places.checkReplaceableFolder(folder.appendingPathComponent("Sources-de"), displayPath: "Sources-de")
/// // throws: refusing to write Sources-de: it holds Sources-de/07-sisli.xml, a source of the publication
/// ```
public struct ProtectedPlaces: Sendable {
    /// The folder of the manifest.
    public var project: CanonicalPath
    /// The manifest, the lock file and the sources, with the words that name them.
    public var files: [(path: CanonicalPath, role: String)]
    /// Where messages show paths from.
    public var displayBase: URL

    /// Creates the protected places of a project.
    ///
    /// - Parameters:
    ///   - project: the folder of the manifest.
    ///   - manifest: the manifest, if there is one.
    ///   - sources: every original and translation the manifest names (also those that do not exist yet).
    public init(project: URL, manifest: URL?, sources: [URL]) {
        self.project = CanonicalPath(project)
        displayBase = project
        var files: [(CanonicalPath, String)] = []
        if let manifest { files.append((CanonicalPath(manifest), "the publication's manifest")) }
        files.append((CanonicalPath(project.appendingPathComponent("kopru.lock")), "the lock file of confirmed translations"))
        files.append((CanonicalPath(project.appendingPathComponent(ProjectLock.folderName)), "Köprü's own folder"))
        for source in sources { files.append((CanonicalPath(source), "a source of the publication")) }
        self.files = files
    }

    /// Checks a folder that a command will create, or replace as a whole with a fresh one.
    ///
    /// Refused, whatever `force` says: the project folder or a folder above it, a folder that holds the
    /// manifest or a source, a path that is a file. Refused unless `force`: an existing folder that is
    /// not empty and was not written by Köprü (no ``OutputMarker``, or entries the marker does not list).
    public func checkReplaceableFolder(_ folder: URL, displayPath: String, force: Bool = false) throws(ProjectError) {
        let target = CanonicalPath(folder)
        if project.isInside(target) {
            throw .refused(path: displayPath,
                reason: target == project ? "it is the project folder, which holds kopru.yaml and the sources"
                    : "it holds the project folder \(project.path)",
                remedy: "name a folder of its own for the output, such as Output (the default)")
        }
        for file in files where file.path.isInside(target) {
            throw .refused(path: displayPath, reason: "it holds \(display(file.path)), \(file.role)",
                remedy: "name a folder of its own for the output, such as Output (the default)")
        }
        try Self.checkExistingFolder(folder, displayPath: displayPath, force: force)
    }

    /// Checks an existing folder's ownership: absent, empty, or written by Köprü (unless `force`).
    public static func checkExistingFolder(_ folder: URL, displayPath: String, force: Bool) throws(ProjectError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw .refused(path: displayPath, reason: "it is a file, not a folder; the output would replace it",
                remedy: "name a folder for the output, or move the file away")
        }
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        if entries.isEmpty || force { return }
        guard let marker = OutputMarker.read(in: folder) else {
            throw .refused(path: displayPath,
                reason: "the folder is not empty and was not written by Köprü (it has no \(OutputMarker.fileName))",
                remedy: "name another folder, empty this one yourself, or pass --force to replace it")
        }
        let foreign = entries.filter { $0 != OutputMarker.fileName && !marker.entries.contains($0) }
        if !foreign.isEmpty {
            let shown = foreign.prefix(3).joined(separator: ", ") + (foreign.count > 3 ? " and \(foreign.count - 3) more" : "")
            throw .refused(path: displayPath,
                reason: "it holds \(shown), which Köprü did not write",
                remedy: "move \(foreign.count == 1 ? "it" : "them") out of \(displayPath), or pass --force to replace the folder anyway")
        }
    }

    /// Checks a file that a command will create or overwrite.
    ///
    /// Refused, whatever `force` says: the manifest, the lock file, a source, Köprü's own folder, a folder.
    /// Refused unless `force` or `writtenByKopru`: an existing file.
    ///
    /// - Parameter force: the command's `--force`; `nil` for a command that has no such option, whose
    ///   refusal then does not suggest one.
    public func checkWritableFile(_ file: URL, displayPath: String, force: Bool? = false, writtenByKopru: Bool)
        throws(ProjectError)
    {
        let target = CanonicalPath(file)
        for protected in files where target.isInside(protected.path) {
            throw .refused(path: displayPath,
                reason: target == protected.path ? "it is \(protected.role)" : "it lies inside \(display(protected.path)), \(protected.role)",
                remedy: "name a new file outside the sources, such as volume.tmx")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory) else { return }
        if isDirectory.boolValue {
            throw .refused(path: displayPath, reason: "it is a folder, not a file", remedy: "name a file, such as volume.tmx")
        }
        if !writtenByKopru && force != true {
            throw .refused(path: displayPath, reason: "the file exists and was not written by Köprü",
                remedy: force == nil ? "name a new file, or remove this one first if you no longer need it"
                    : "name a new file, or pass --force to overwrite it")
        }
    }

    /// A path as messages show it: relative to the project where it lies inside it.
    func display(_ path: CanonicalPath) -> String {
        path.isStrictlyInside(project) ? path.components.dropFirst(project.components.count).joined(separator: "/") : path.path
    }
}
