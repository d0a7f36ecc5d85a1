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
}
