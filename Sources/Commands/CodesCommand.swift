import ArgumentParser
import Foundation
import Pairing
import Project
import PublicationCore
import QualityChecks

/// `kopru codes`: the list of diagnostic codes.
struct CodesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "codes",
        abstract: "List every diagnostic code with its default severity and meaning.",
        discussion: "docs/diagnostics.md is this list as Markdown (`kopru codes --format markdown`)."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json
    }

    @Option(help: "Output format: text, markdown or json.")
    var format: Format = .text

    func run() throws {
        switch format {
        case .markdown:
            Terminal.writeOutput(DiagnosticCodes.markdown)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            Terminal.writeOutput(String(decoding: try encoder.encode(DiagnosticCodes.all), as: UTF8.self) + "\n")
        case .text:
            let width = DiagnosticCodes.all.map(\.code.rawValue.count).max() ?? 0
            for entry in DiagnosticCodes.all {
                let code = entry.code.rawValue
                let severity = entry.defaultSeverity.rawValue
                Terminal.writeOutput(code + String(repeating: " ", count: width - code.count + 2) + severity
                    + String(repeating: " ", count: 9 - severity.count) + entry.summary + "\n")
            }
        }
    }
}
