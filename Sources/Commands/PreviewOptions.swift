package import ArgumentParser
import Foundation
import Project
package import PublicationCore

/// The options of `kopru preview`, shared by the command in `kopru` and by `kopru-preview`, which serves.
package struct PreviewOptions: ParsableArguments {
    package static let abstract =
        "Serve the HTML publication and the completeness report on this machine, rebuilt as you save."
    package static let discussion = """
        Builds the HTML publication and the editors' report into .kopru/preview/ (Köprü's own folder) and \
        serves them at http://127.0.0.1:PORT/ (the report at /report.html). Every 0.3 s it looks at kopru.yaml, \
        kopru.lock, the glossary and every source; when one changes it rebuilds, and the open pages reload \
        themselves (server-sent events at /events). A file that cannot be read shows its errors on the page \
        instead of stopping the server. Only this machine can connect. Ctrl-C stops it.

        The server is the program kopru-preview, installed beside kopru; `kopru preview` runs it in its \
        place, so that kopru itself links no HTTP code.

        Exit status: 130 after Ctrl-C; 2 when the manifest cannot be found; 69 when kopru-preview is not \
        installed beside kopru; 74 when the port is taken; 64 for a usage error.
        """

    @Option(help: "The port to listen on (0: any free port; the address is printed).")
    package var port: UInt16 = 8000

    @Option(name: .customLong("layout"), help: ArgumentHelp(
        "Layout: parallel, interleaved, sequential or sequential-volumes (default: the manifest's).", valueName: "LAYOUT"))
    var layoutName: String?

    @OptionGroup var manifestOptions: ManifestOptions

    package init() {}

    package func validate() throws {
        if let layoutName, PublicationLayout(rawValue: layoutName) == nil {
            throw ValidationError("unknown layout \"\(layoutName)\"; use parallel, interleaved, sequential or sequential-volumes")
        }
    }

    /// The layout asked for, if any.
    package var layout: PublicationLayout? { layoutName.flatMap(PublicationLayout.init(rawValue:)) }

    /// The manifest's path; prints the finding and exits 2 when it does not exist.
    package func existingManifest() throws -> String {
        let manifest = manifestOptions.path
        guard FileManager.default.fileExists(atPath: manifest) else {
            DiagnosticPrinter().print([Diagnostic(ProjectDiagnostics.manifestUnreadable, "\(manifest) not found",
                remedy: "run kopru preview in the folder of the publication's kopru.yaml (or below it), or name it with --manifest")])
            throw ExitCode.unreadableInput
        }
        return manifest
    }

    /// The arguments that give `kopru-preview` these options, with the manifest already found.
    package func arguments(manifest: String) -> [String] {
        ["--port", String(port)] + (layoutName.map { ["--layout", $0] } ?? []) + ["--manifest", manifest]
    }
}
