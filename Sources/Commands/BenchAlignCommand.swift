import Alignment
import ArgumentParser
import Foundation

/// `kopru bench-align`: the sentence aligner's speed and memory on a long synthetic document (for
/// `make bench`; not shown in the help).
struct BenchAlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-align",
        abstract: "Time the sentence aligner on a long document built from NTREX-128 (for make bench).",
        shouldDisplay: false
    )

    @Option(help: "German sentences in the synthetic document.")
    var sentences = 10_000

    @Option(help: ArgumentHelp("The NTREX-128 folder.", valueName: "DIR"))
    var corpus = "../shared/corpus/parallel-de-tr/ntrex128"

    func run() throws {
        let parallel: ParallelCorpus
        do {
            parallel = try ParallelCorpus.loadNTREX(from: URL(fileURLWithPath: corpus))
        } catch {
            Terminal.writeError("error: \(corpus): \(error) [input.unreadable]\n")
            throw ExitCode.unreadableInput
        }
        let document = AlignmentEvaluation.syntheticDocument(parallel, sentenceCount: sentences, rates: .standard, seed: 7)
        let start = Date()
        let alignment = SentenceAligner().align(german: document.german, turkish: document.turkish)
        let seconds = Date().timeIntervalSince(start)
        var score = AlignmentEvaluation.Score()
        score.add(predicted: alignment.links, gold: document.gold)
        let total = document.german.count + document.turkish.count
        Terminal.writeOutput(String(format: "%d+%d sentences  %.2f s  %.0f sentences/s  link F1 %.3f  peak RSS %.1f MiB\n",
            document.german.count, document.turkish.count, seconds, Double(total) / seconds, score.linkF1,
            Double(Self.peakResidentKilobytes()) / 1024))
    }

    /// VmHWM from /proc/self/status, in kilobytes.
    static func peakResidentKilobytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
        }
        return 0
    }
}
