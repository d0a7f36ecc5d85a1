public import ArgumentParser
import Commands
import FlyingFox
import Foundation
import Project
import PublicationCore

/// `kopru-preview`, which `kopru preview` runs in its place: the publication and the report on
/// loopback, rebuilt and reloaded on every save.
public struct PreviewServerCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "kopru preview",
        abstract: PreviewOptions.abstract,
        discussion: PreviewOptions.discussion
    )

    @OptionGroup var options: PreviewOptions

    public init() {}

    /// Runs `kopru-preview`: the interrupt handler of every kopru command (Ctrl-C exits 130 after
    /// cleaning up), then the server.
    public static func start() {
        ProjectAccess.installInterruptHandler()
        ProjectAccess.main(Self.self)
    }

    public func run() throws {
        let manifest = try options.existingManifest()
        let layout = options.layout
        let port = options.port
        let site = PreviewSite(manifestURL: URL(fileURLWithPath: manifest), manifestPath: manifest,
            layout: layout)
        let state = PreviewState(site: site)
        state.rebuild()
        let events = ServerSentEvents()
        let requestedPort = port
        let done = DispatchSemaphore(value: 0)
        let failure = PreviewState.Box()
        Task {
            do {
                let address = try sockaddr_in.inet(ip4: "127.0.0.1", port: requestedPort)
                let server = HTTPServer(address: address, timeout: 3600, logger: .disabled)
                await server.appendRoute("GET /events") { _ in
                    HTTPResponse(statusCode: .ok,
                        headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
                        body: HTTPBodySequence(from: events.subscribe()))
                }
                await server.appendRoute("GET *") { request in state.respond(to: request.path) }
                let serving = Task { try await server.run() }
                try await server.waitUntilListening()
                let actualPort: Int
                if case .ip4(_, let port)? = await server.listeningAddress { actualPort = Int(port) } else { actualPort = Int(requestedPort) }
                Terminal.writeOutput("Serving the publication at http://127.0.0.1:\(actualPort)/ and the report at http://127.0.0.1:\(actualPort)/report.html\n")
                Terminal.writeError("watching \(site.watchedFiles().count) files; Ctrl-C stops\n")
                var signature = site.signature()
                while !serving.isCancelled {
                    try await Task.sleep(nanoseconds: 300_000_000)
                    let now = site.signature()
                    guard now != signature else { continue }
                    signature = now
                    state.rebuild()
                    events.send("reload")
                }
                try await serving.value
            } catch {
                failure.message = "\(error)"
            }
            done.signal()
        }
        done.wait()
        if let message = failure.message {
            DiagnosticPrinter().print([Diagnostic(.error, ProjectDiagnostics.outputUnwritable, "the preview server could not run: \(message)",
                remedy: "choose another port with --port")])
            throw ExitCode.cannotWrite
        }
    }
}

/// The last build's outcome and the pages it serves.
final class PreviewState: Sendable {
    final class Box: @unchecked Sendable { var message: String? }

    let site: PreviewSite
    private let outcome = Box2()

    private final class Box2: @unchecked Sendable {
        let lock = NSLock()
        var value: PreviewSite.Outcome = .failed([])
    }

    init(site: PreviewSite) { self.site = site }

    /// Rebuilds and reports the outcome on the terminal.
    func rebuild() {
        let result = site.build()
        outcome.lock.withLock { outcome.value = result }
        switch result {
        case .built(let warnings):
            Terminal.writeError("built the preview (\(warnings) warning\(warnings == 1 ? "" : "s"); the report lists them)\n")
        case .failed(let diagnostics):
            DiagnosticPrinter().print(diagnostics)
            Terminal.writeError("the preview shows these errors until they are fixed\n")
        }
    }

    /// The script that reloads a page when the server sends an event.
    static let reloadScript = "<script>new EventSource('/events').onmessage=function(){location.reload();};</script>"

    /// A response for `path`: a page of the preview (with the reload script), a file beside it, or the errors.
    func respond(to path: String) -> HTTPResponse {
        let current = outcome.lock.withLock { outcome.value }
        if case .failed(let diagnostics) = current, path == "/" || path.hasSuffix(".html") {
            return page(PreviewSite.errorPage(diagnostics))
        }
        let relative = path == "/" ? "index.html" : String(path.drop { $0 == "/" })
        // Decode first, then look at every component: an encoded "%2e%2e" is ".." too. A hidden name or a
        // backslash is never a page of the preview, and the file must lie inside the preview folder.
        guard let decoded = relative.removingPercentEncoding, !decoded.contains("\\"), !decoded.contains("\u{0}")
        else { return HTTPResponse(statusCode: .notFound) }
        let components = decoded.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !components.isEmpty, !components.contains(where: { $0.isEmpty || $0 == ".." || $0.hasPrefix(".") })
        else { return HTTPResponse(statusCode: .notFound) }
        let file = site.folder.appendingPathComponent(decoded).standardizedFileURL
        guard CanonicalPath(file).isStrictlyInside(CanonicalPath(site.folder)) else { return HTTPResponse(statusCode: .notFound) }
        guard let data = FileManager.default.contents(atPath: file.path) else { return HTTPResponse(statusCode: .notFound) }
        if file.pathExtension == "html" { return page(String(decoding: data, as: UTF8.self)) }
        let types = ["png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "svg": "image/svg+xml",
            "css": "text/css", "gif": "image/gif"]
        return HTTPResponse(statusCode: .ok,
            headers: [.contentType: types[file.pathExtension.lowercased()] ?? "application/octet-stream"], body: data)
    }

    private func page(_ html: String) -> HTTPResponse {
        var text = html
        if let range = text.range(of: "</body>", options: .backwards) {
            text.replaceSubrange(range, with: Self.reloadScript + "</body>")
        } else {
            text += Self.reloadScript
        }
        return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: Data(text.utf8))
    }
}
