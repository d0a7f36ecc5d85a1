import FormatReaders
import Pairing
import Project
import PublicationCore
import QualityChecks

extension DiagnosticPrinter {
    /// The codes of the per-segment listing of `kopru check FILE`, which can run to thousands of lines.
    static let listedCodes: Set<String> = Set([
        FormatReaderDiagnostics.missingTarget, FormatReaderDiagnostics.emptyTarget, FormatReaderDiagnostics.untranslated,
        FormatReaderDiagnostics.needsReview,
    ].map(\.code.rawValue))

    /// How many findings of one listed code are printed per file; `--format json` keeps them (up to
    /// the 1,000 per kind and file that the listing holds).
    static let listLimit = 10

    /// The diagnostics to print: of each listed code, the first ``listLimit`` per file, then one note
    /// "… and N more [code]" in place of the rest. Other diagnostics are kept as they are.
    static func capped(_ diagnostics: [Diagnostic], limit: Int = listLimit) -> [Diagnostic] {
        func key(_ diagnostic: Diagnostic) -> String? {
            guard listedCodes.contains(diagnostic.code.rawValue) else { return nil }
            return (diagnostic.location?.file ?? "") + "\u{0}" + diagnostic.code.rawValue
        }
        var totals: [String: Int] = [:]
        for diagnostic in diagnostics { if let key = key(diagnostic) { totals[key, default: 0] += 1 } }
        var seen: [String: Int] = [:]
        var result: [Diagnostic] = []
        for diagnostic in diagnostics {
            guard let key = key(diagnostic) else { result.append(diagnostic); continue }
            seen[key, default: 0] += 1
            let count = seen[key] ?? 0
            if count <= limit {
                result.append(diagnostic)
            } else if count == limit + 1 {
                let more = (totals[key] ?? count) - limit
                result.append(Diagnostic(.note, diagnostic.code,
                    "… and \(more) more in this file, not listed one by one",
                    remedy: "`kopru check --format json` lists them (up to 1,000 of a kind per file)",
                    at: diagnostic.location))
            }
        }
        return result
    }
}
