import Assembly
package import Foundation
import Pairing
import Project
package import PublicationCore
import QualityChecks

/// What `kopru preview` serves: the HTML publication and the completeness report, built into Köprü's own
/// folder (`.kopru/preview/`), or the errors that stopped the build.
package struct PreviewSite: Sendable {
    /// The manifest.
    package var manifestURL: URL
    /// How messages name it.
    package var manifestPath: String
    /// A layout that overrides the manifest's.
    package var layout: PublicationLayout?

    var base: URL { manifestURL.deletingLastPathComponent() }
    /// Creates the site of a manifest.
    package init(manifestURL: URL, manifestPath: String, layout: PublicationLayout?) {
        self.manifestURL = manifestURL
        self.manifestPath = manifestPath
        self.layout = layout
    }

    package var folder: URL { base.appendingPathComponent(ProjectLock.folderName).appendingPathComponent("preview") }

    /// The outcome of one build.
    package enum Outcome: Sendable {
        case built(warnings: Int)
        case failed([Diagnostic])
    }

    /// The files whose changes trigger a rebuild: the manifest, the lock file, the glossary and every source.
    package func watchedFiles() -> [URL] {
        var files = [manifestURL, base.appendingPathComponent("kopru.lock")]
        if case .success(let manifest) = ManifestLoader.read(manifestURL, displayPath: manifestPath) {
            for contribution in manifest.contributions {
                for path in [contribution.german, contribution.turkish].compactMap({ $0 }) {
                    files.append(URL(fileURLWithPath: path, relativeTo: base))
                }
            }
            if let glossary = manifest.check.glossary { files.append(URL(fileURLWithPath: glossary, relativeTo: base)) }
        }
        return files
    }

    /// A fingerprint of the watched files' sizes and modification times.
    package func signature() -> [String] {
        watchedFiles().map { url in
            var info = stat()
            guard stat(url.path, &info) == 0 else { return url.path + ":missing" }
            return "\(url.path):\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        }
    }

    /// Builds the publication and the report into the preview folder.
    package func build() -> Outcome {
        let manifest: Manifest
        switch ManifestLoader.read(manifestURL, displayPath: manifestPath) {
        case .success(let read): manifest = read
        case .failure(let problem): return .failed([problem.diagnostic])
        }
        let lock: LockFile
        switch LockFile.read(inProject: base) {
        case .success(let read): lock = read
        case .failure(let problem): return .failed([problem.diagnostic])
        }
        // The report is `kopru check`'s: the same pipeline, with the QA checks and the manifest's severities.
        let outcome = PublicationCheck(manifest: manifest, base: base).run(lock: lock)
        let loaded = outcome.publication
        // What stops the preview is what stops a build: a file that cannot be read or paired.
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { return .failed(errors) }
        var options = manifest.writerOptions
        options.resourceDirectory = base
        var report = outcome.report
        report.applyGate(minimum: manifest.check.minimumComplete ?? 100)
        let gaps = CheckReportPage.Contribution.all(of: loaded)
        do {
            try FileManager.default.createDirectory(at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
            let ignore = folder.deletingLastPathComponent().appendingPathComponent(".gitignore")
            if !FileManager.default.fileExists(atPath: ignore.path) {
                try Data("# Köprü's own folder (the write lock, the preview); not part of the publication.\n*\n".utf8).write(to: ignore)
            }
            try FolderReplacement(destination: folder, displayPath: ".kopru/preview").run { staging in
                try HTMLWriter(options: options).write(loaded.publication, layout: layout ?? manifest.layout, to: staging)
                let page = CheckReportPage(title: manifest.metadata.title.german).render(report, contributions: gaps)
                try Data(page.utf8).write(to: staging.appendingPathComponent("report.html"))
            }
        } catch {
            return .failed([Diagnostic(ProjectDiagnostics.buildFailed, "the preview could not be written: \(error)")])
        }
        return .built(warnings: outcome.diagnostics.filter { $0.severity == .warning }.count)
    }

    /// A page that shows the errors that stopped the build, in place of the publication.
    package static func errorPage(_ diagnostics: [Diagnostic]) -> String {
        let items = diagnostics.map { diagnostic in
            let place = diagnostic.location.map { "<code>\(XMLEscaping.text($0.description))</code> " } ?? ""
            let remedy = diagnostic.remedy.map { "<br>\(XMLEscaping.text($0))" } ?? ""
            return "<li>\(place)\(XMLEscaping.text(diagnostic.message)) <code>[\(diagnostic.code)]</code>\(remedy)</li>"
        }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Köprü preview: the build stopped</title>
            <style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}li{margin:.5rem 0}</style>
            </head><body><main><h1>The build stopped</h1>
            <p>Fix the problems below and save; the page reloads by itself.</p>
            <ul>
            \(items)
            </ul></main></body></html>
            """
    }
}
