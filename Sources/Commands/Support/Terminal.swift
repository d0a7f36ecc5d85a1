package import Foundation
import Pairing
import Project
import PublicationCore
import QualityChecks

/// Small terminal helpers: TTY detection, colours, and unbuffered writes.
package enum Terminal {
    static let reset = "\u{1B}[0m"

    static func isTerminal(_ descriptor: Int32) -> Bool {
        isatty(descriptor) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    static func colour(for severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: "\u{1B}[1;31m"
        case .warning: "\u{1B}[1;33m"
        case .note: "\u{1B}[1;36m"
        }
    }

    package static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    package static func writeOutput(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes bytes to standard output as they are.
    package static func writeOutput(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }
}
