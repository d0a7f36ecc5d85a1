package import ArgumentParser
import Foundation
import Pairing
import Project
import QualityChecks

/// What the writing commands share: the project lock, the clean-up of killed runs, and reporting a
/// refused or failed write with its exit status.
package enum ProjectAccess {
    /// Takes the project's write lock for `purpose` (printing and exiting 75 when another process keeps it).
    static func lock(_ base: URL, purpose: String) throws -> ProjectLock {
        do {
            return try ProjectLock.acquire(in: base, purpose: purpose)
        } catch {
            throw fail(error)
        }
    }

    /// Prints `error` as a diagnostic and returns the exit status to throw.
    static func fail(_ error: ProjectError) -> ExitCode {
        // A write that failed because the interrupt handler removed its temporary place is no failure
        // to report: the handler's exit follows.
        Interruption.waitIfInterrupting()
        DiagnosticPrinter().print([error.diagnostic])
        return ExitCode(error)
    }

    /// Runs `body`, turning a ``ProjectError`` into its message and exit status.
    static func reporting<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ProjectError {
            throw fail(error)
        }
    }

    /// Reads the project's `kopru.lock` (a missing one is empty); a broken one is printed as its
    /// diagnostic and ends the command with exit status 2, in every command alike.
    static func readLock(_ base: URL) throws -> LockFile {
        switch LockFile.read(inProject: base) {
        case .success(let lock): return lock
        case .failure(let problem):
            DiagnosticPrinter().print([problem.diagnostic])
            throw ExitCode.unreadableInput
        }
    }

    /// Prints a note for each leftover of a killed run that was removed.
    static func noteRemoved(_ names: [String], in folder: String) {
        guard !names.isEmpty else { return }
        DiagnosticPrinter().print(names.map { name in
            .init(.note, ProjectDiagnostics.leftoverRemoved,
                "removed \(folder.isEmpty ? "" : folder + "/")\(name), left by an interrupted run")
        })
    }

    /// Parses the arguments and runs the command, as `ParsableCommand.main()` does, except that a command
    /// that ends while the interrupt handler is cleaning up waits for it: the handler's exit status (130,
    /// 143) stands, and its clean-up is not cut short by the command's own exit.
    package static func main(_ root: any ParsableCommand.Type) {
        do {
            var command = try root.parseAsRoot()
            try command.run()
        } catch {
            Interruption.waitIfInterrupting()
            root.exit(withError: error)
        }
        Interruption.waitIfInterrupting()
    }

    /// Installs the interrupt handler: SIGINT, SIGTERM and SIGHUP end child processes, remove temporary
    /// files and folders, and exit with 128 + the signal's number.
    package static func installInterruptHandler() {
        Interruption.install { number in
            let name = number == SIGINT ? "interrupted" : number == SIGTERM ? "terminated" : "hung up"
            Terminal.writeError("\nkopru: \(name); child processes ended and temporary files removed\n")
            _exit(128 + number)
        }
    }
}
