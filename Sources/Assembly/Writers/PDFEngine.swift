public import Foundation

/// Where the PDF engine lives: a Python virtual environment with WeasyPrint and pikepdf.
///
/// `scripts/install-pdf-engine.sh` creates it as `.venv-pdf/` in Köprü's folder, with the versions
/// pinned there (WeasyPrint 70.0, whose text layer is clean and which writes tagged PDF/UA-1;
/// pikepdf, which sets the languages of the structure elements). ``locate(environment:currentDirectory:executable:)``
/// looks, in this order, at the folder named by `KOPRU_PDF_VENV`, at `.venv-pdf/` in the current
/// folder and the folders above it, and at `.venv-pdf/` in the folders above the `kopru` program.
///
/// ```swift
/// let engine = PDFEngine.locate()   // PDFEngine(python: /work/kopru/.venv-pdf/bin/python)
/// ```
public struct PDFEngine: Hashable, Sendable {
    /// The virtual environment's Python interpreter, which runs WeasyPrint and the post-processing.
    public var python: URL

    /// Creates an engine from the Python interpreter of a virtual environment with WeasyPrint and pikepdf.
    public init(python: URL) {
        self.python = python
    }

    /// The environment variable that names the virtual environment, overriding the search.
    public static let environmentVariable = "KOPRU_PDF_VENV"
    /// The virtual environment's folder name, as `scripts/install-pdf-engine.sh` creates it.
    public static let folderName = ".venv-pdf"
    /// The command that installs the engine, for error messages.
    public static let installCommand = "scripts/install-pdf-engine.sh"

    /// The engine in the virtual environment `folder`, if it holds an executable `bin/python` and `bin/weasyprint`.
    public static func inVirtualEnvironment(_ folder: URL) -> PDFEngine? {
        let fileManager = FileManager.default
        let bin = folder.appendingPathComponent("bin", isDirectory: true)
        let python = bin.appendingPathComponent("python")
        guard fileManager.isExecutableFile(atPath: python.path),
            fileManager.isExecutableFile(atPath: bin.appendingPathComponent("weasyprint").path)
        else { return nil }
        return PDFEngine(python: python)
    }

    /// Finds the engine, or returns the places searched when there is none.
    ///
    /// - Parameters:
    ///   - environment: the process environment; `KOPRU_PDF_VENV` in it, when set, is the only place looked at.
    ///   - currentDirectory: the folder whose `.venv-pdf/` (and its parents') is looked at.
    ///   - executable: the running program, whose parent folders' `.venv-pdf/` is looked at.
    /// - Returns: the engine, or the folders searched.
    public static func locate(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true),
        executable: URL? = Bundle.main.executableURL
    ) -> Result<PDFEngine, PublicationWriterError> {
        if let named = environment[environmentVariable], !named.isEmpty {
            let folder = URL(fileURLWithPath: named, isDirectory: true)
            if let engine = inVirtualEnvironment(folder) { return .success(engine) }
            return .failure(.engineMissing(program: "weasyprint", searched: [folder.path], installCommand: installCommand))
        }
        var candidates: [URL] = []
        func addAncestors(of start: URL) {
            var folder = start.standardizedFileURL
            while true {
                let candidate = folder.appendingPathComponent(folderName, isDirectory: true)
                if !candidates.contains(candidate) { candidates.append(candidate) }
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        addAncestors(of: currentDirectory)
        if let executable { addAncestors(of: executable.resolvingSymlinksInPath().deletingLastPathComponent()) }
        for candidate in candidates {
            if let engine = inVirtualEnvironment(candidate) { return .success(engine) }
        }
        let searched = [currentDirectory.appendingPathComponent(folderName).path]
            + (executable.map { ["the folders above \($0.deletingLastPathComponent().path)"] } ?? [])
        return .failure(.engineMissing(program: "weasyprint", searched: searched, installCommand: installCommand))
    }
}
