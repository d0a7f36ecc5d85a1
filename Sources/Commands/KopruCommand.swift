public import ArgumentParser

/// The root command, `kopru`.
public struct KopruCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "kopru",
        abstract: "Köprü turns German and Turkish contributions into one bilingual publication.",
        subcommands: [
            CheckCommand.self, BuildCommand.self, AlignCommand.self, ExportMissingCommand.self, ImportCommand.self,
            ExportTMXCommand.self, CodesCommand.self, BenchAlignCommand.self,
        ]
    )

    public init() {}

    /// Runs the command line: installs the interrupt handler, parses the arguments and runs the command.
    public static func start() {
        ProjectAccess.installInterruptHandler()
        main()
    }
}
