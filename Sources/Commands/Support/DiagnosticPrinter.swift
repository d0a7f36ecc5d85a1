import Foundation
import Pairing
import Project
package import PublicationCore
import QualityChecks

/// Prints diagnostics compiler-style on standard error, with colour only on a terminal:
///
/// ```text
/// Sources-tr/sisli.xml:42:7: warning: paragraph "p12" has no German translation [align.missing]
///     Translate the paragraph, or export what is missing with `kopru export-missing`.
/// ```
package struct DiagnosticPrinter {
    var useColour: Bool

    package init(useColour: Bool = Terminal.isTerminal(STDERR_FILENO)) {
        self.useColour = useColour
    }

    func format(_ diagnostic: Diagnostic) -> String {
        var head = ""
        if let location = diagnostic.location { head += "\(location): " }
        let severity = diagnostic.severity.rawValue
        head += useColour ? "\(Terminal.colour(for: diagnostic.severity))\(severity):\(Terminal.reset) " : "\(severity): "
        head += diagnostic.message
        head += " [\(diagnostic.code)]"
        var lines = [head]
        if let remedy = diagnostic.remedy { lines.append("    " + remedy) }
        for note in diagnostic.notes { lines.append("    note: " + note) }
        return lines.joined(separator: "\n")
    }

    /// Prints the diagnostics, with long per-segment listings cut short (see ``capped(_:limit:)``).
    package func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in Self.capped(diagnostics) {
            Terminal.writeError(format(diagnostic) + "\n")
        }
    }
}
