import ArgumentParser
import Foundation
import Project
import PublicationCore

#if canImport(Glibc)
import Glibc
#endif

/// `kopru preview`: runs `kopru-preview` (the server, installed beside `kopru`) in its place with the
/// same options, so that `kopru` links no HTTP code; see ``PreviewOptions``.
struct PreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview", abstract: PreviewOptions.abstract, discussion: PreviewOptions.discussion)

    @OptionGroup var options: PreviewOptions

    /// The server program: `kopru-preview` in the folder of this program (found as the PDF engine
    /// finds its place: through `Bundle.main`, which knows the running program on every platform).
    static var serverURL: URL {
        let program = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return program.resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("kopru-preview")
    }

    func run() throws {
        let manifest = try options.existingManifest()
        let server = Self.serverURL
        let arguments = [server.path] + options.arguments(manifest: manifest)
        // The server takes this process's place: same terminal, same process id, its exit status is ours.
        // Signals this process ignores (its interrupt handler reads them from a dispatch source) would stay
        // ignored across exec: give them back their default before the server installs its own handler.
        for number in [SIGINT, SIGTERM, SIGHUP] { signal(number, SIG_DFL) }
        var argv = arguments.map { strdup($0) }
        argv.append(nil)
        execv(server.path, argv)
        let reason = String(cString: strerror(errno))
        DiagnosticPrinter().print([Diagnostic(ProjectDiagnostics.previewServerMissing,
            "kopru preview needs the program kopru-preview beside kopru, but \(server.path) cannot be run (\(reason))")])
        throw ExitCode.unavailable
    }
}
