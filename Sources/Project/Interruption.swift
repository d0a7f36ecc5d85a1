public import Foundation
import Synchronization

/// Cleans up after an interrupted command: temporary files and folders it registered are removed and
/// the child processes it started are ended before the process exits.
///
/// Work that creates a temporary place registers it and unregisters it once the place is gone or has
/// become the result. The steps that create such a place or swap it into place run inside
/// ``holdingOff(_:)``, so that the clean-up happens either wholly before or wholly after each of them.
/// ``install(onSignal:)``, called once by the command line, turns SIGINT, SIGTERM and SIGHUP into a
/// clean-up followed by the caller's exit. A run that is killed outright (SIGKILL, power loss) cannot
/// clean up; its leftovers have recognisable names, and the next run removes them
/// (``FolderReplacement/removeLeftovers(beside:)``).
public enum Interruption {
    private struct State {
        var temporaries: [Int: URL] = [:]
        var children: [Int: pid_t] = [:]
        var next = 0
        var installed = false
        var interrupting = false
        var sources: [any DispatchSourceSignal] = []
    }

    private static let state = Mutex(State())

    /// A registration, to be handed back to ``unregister(_:)``.
    public struct Token: Hashable, Sendable {
        let value: Int
    }

    /// Removes `url` (a file or a folder) if the process is interrupted before ``unregister(_:)``.
    public static func register(temporary url: URL) -> Token {
        state.withLock { state in
            state.next += 1
            state.temporaries[state.next] = url
            return Token(value: state.next)
        }
    }

    /// Ends the child `pid` if the process is interrupted before ``unregister(_:)``. A child started
    /// while a signal is being handled (after the clean-up took its list) is ended here, and the calling
    /// thread waits for the process to exit.
    public static func register(child pid: pid_t) -> Token {
        let token: Token? = state.withLock { state in
            guard !state.interrupting else { return nil }
            state.next += 1
            state.children[state.next] = pid
            return Token(value: state.next)
        }
        guard let token else {
            kill(pid, SIGKILL)
            _ = waitUntilGone(pid)
            waitForExit()
        }
        return token
    }

    /// Forgets a registration.
    public static func unregister(_ token: Token) {
        state.withLock { state in
            state.temporaries[token.value] = nil
            state.children[token.value] = nil
        }
    }

    /// Whether a signal is being handled: the process is about to exit, so work that notices a child
    /// ending should wait for that exit rather than report the child's end as a failure.
    public static var isInterrupting: Bool { state.withLock { $0.interrupting } }

    /// Runs `body`, a step that creates a registered temporary place or moves it into place, so that the
    /// clean-up never runs in the middle of it: a signal that arrives meanwhile is handled once `body` is
    /// done. When a signal is being handled already, `body` does not run and the calling thread waits for
    /// the process to exit (the clean-up may already be past the place `body` would create).
    ///
    /// `body` runs with the registrations locked: it must not register or unregister anything, and a
    /// signal waits for it, so it should be one quick file-system call or a few.
    public static func holdingOff<T: Sendable, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        try holdingOff { (_: (Token) -> Void) throws(E) -> T in try body() }
    }

    /// As ``holdingOff(_:)``, with a way to forget a registration in the same step: `body` calls
    /// `unregister` with a token whose place it has turned into something the clean-up must not remove
    /// (the only copy of the user's previous output, after a swap that could not be undone).
    public static func holdingOff<T: Sendable, E: Error>(
        _ body: (_ unregister: (Token) -> Void) throws(E) -> T
    ) throws(E) -> T {
        let outcome: Result<T, E>? = state.withLock { state in
            guard !state.interrupting else { return nil }
            do throws(E) {
                return .success(try body { token in state.temporaries[token.value] = nil })
            } catch {
                return .failure(error)
            }
        }
        guard let outcome else { waitForExit() }
        return try outcome.get()
    }

    /// Blocks the calling thread for good when a signal is being handled, so that the handler's exit
    /// status (130, 143) is the one the process ends with.
    public static func waitIfInterrupting() {
        guard isInterrupting else { return }
        waitForExit()
    }

    /// Blocks the calling thread for good: the signal handler's exit ends the process.
    private static func waitForExit() -> Never {
        while true { pause() }
    }

    /// Handles a signal: marks the process as handling one, in the same step as taking the registrations
    /// (so that no ``holdingOff(_:)`` step creates a place after its list was taken), ends the children
    /// (SIGKILL: they write only into temporary places) and removes the temporary places. Returns false,
    /// doing nothing, when a signal was being handled already: a second signal (SIGTERM after Ctrl-C)
    /// leaves the first one's clean-up and exit alone.
    private static func cleanUpForSignal() -> Bool {
        let taken: ([pid_t], [URL])? = state.withLock { state in
            guard !state.interrupting else { return nil }
            state.interrupting = true
            let taken = (Array(state.children.values), Array(state.temporaries.values))
            state.children = [:]
            state.temporaries = [:]
            return taken
        }
        guard let (children, temporaries) = taken else { return false }
        for pid in children { kill(pid, SIGKILL) }
        for pid in children { _ = waitUntilGone(pid) }
        for url in temporaries { remove(url) }
        return true
    }

    /// Removes `url` and everything in it. The command's own thread may still be writing into a
    /// temporary folder while it goes, so a folder is first renamed to `NAME-removing` (a leftover's name
    /// the next run recognises): a file the command creates by the old path after that fails instead of
    /// landing in the folder being emptied, and nothing makes the old path again (writers create entries
    /// only inside a folder that exists). A removal that fails is tried again for up to a second.
    static func remove(_ url: URL) {
        var target = url
        var info = stat()
        if lstat(url.path, &info) != 0 {
            if errno == ENOENT { return }
        } else if info.st_mode & S_IFMT == S_IFDIR {
            let removing = url.deletingLastPathComponent().appendingPathComponent(url.lastPathComponent + removingSuffix)
            if rename(url.path, removing.path) == 0 { target = removing }
        }
        for _ in 0..<200 {
            if (try? FileManager.default.removeItem(at: target)) != nil { return }
            if lstat(target.path, &info) != 0, errno == ENOENT { return }
            usleep(5_000)
        }
    }

    /// The suffix of a temporary folder that the clean-up is removing.
    static let removingSuffix = "-removing"

    /// Waits up to two seconds for `pid` to be gone.
    private static func waitUntilGone(_ pid: pid_t) -> Bool {
        for _ in 0..<200 {
            var status: Int32 = 0
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid || (reaped < 0 && errno == ECHILD) { return true }
            usleep(10_000)
        }
        return false
    }

    /// Handles SIGINT, SIGTERM and SIGHUP: cleans up, then calls `onSignal` with the signal's number,
    /// which is expected to exit (with 128 + the number, by convention).
    public static func install(onSignal: @escaping @Sendable (Int32) -> Void) {
        state.withLock { state in
            guard !state.installed else { return }
            state.installed = true
            for number in [SIGINT, SIGTERM, SIGHUP] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global(qos: .userInitiated))
                source.setEventHandler {
                    // Each signal has its own source on a concurrent queue: only the first one cleans up
                    // and exits; a later one waits for that exit.
                    guard cleanUpForSignal() else { waitForExit() }
                    onSignal(number)
                }
                source.resume()
                state.sources.append(source)
            }
        }
    }
}
