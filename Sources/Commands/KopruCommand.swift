public import ArgumentParser
import Foundation
import Pairing
import Project
import PublicationCore
import QualityChecks

/// The root command, `kopru`.
public struct KopruCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "kopru",
        abstract: "Köprü turns German and Turkish contributions into one bilingual publication.",
        version: KopruCommand.version,
        subcommands: [
            InitCommand.self, CheckCommand.self, BuildCommand.self, PreviewCommand.self, AlignCommand.self, ExportMissingCommand.self, ImportCommand.self,
            ExportTMXCommand.self, CodesCommand.self,
        ]
    )

    public init() {}

    /// Köprü's version, as `kopru --version` prints it.
    public static let version = KopruVersion.current

    /// Runs the command line: installs the interrupt handler, parses the arguments and runs the command.
    public static func start() {
        ProjectAccess.installInterruptHandler()
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let first = arguments.first, !first.hasPrefix("-") {
            let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
            if !names.contains(first) {
                var message = "error: \"\(first)\" is not a kopru command"
                if let guess = Suggestion.closest(to: first, among: names) {
                    message += "; did you mean \"\(guess)\"?"
                }
                Terminal.writeError(message + "\n    `kopru --help` lists the commands\n")
                Foundation.exit(ExitCode.validationFailure.rawValue)
            }
        }
        ProjectAccess.main(Self.self)
    }
}
