import AlignmentEvaluation
import ArgumentParser
import Foundation
import Pairing

/// `kopru-bench-align`: the sentence aligner's speed and memory on a long synthetic document, as
/// one sequence and paragraph by paragraph, in CPU time. Used by `make bench`; not part of `kopru`.
@main
struct BenchAlign: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kopru-bench-align",
        abstract: "Time the sentence aligner on a long document built from NTREX-128 (for make bench)."
    )

    @Option(help: "German sentences in the synthetic document.")
    var sentences = 10_000

    @Option(help: ArgumentHelp("The NTREX-128 folder.", valueName: "DIR"))
    var corpus = "../shared/corpus/parallel-de-tr/ntrex128"

    @Option(help: ArgumentHelp(
        "Also write the sentences to DIR/german.txt and DIR/turkish.txt, one per line, with an empty line between paragraphs (for timing other aligners on the same text).",
        valueName: "DIR"))
    var writeSentences: String?

    @Option(help: ArgumentHelp(
        "Also write every link of both runs to FILE, one per line with its confidence's bits (for checking that two builds align alike).",
        valueName: "FILE"))
    var writeLinks: String?

    @Option(name: .customLong("repeat"), help: "Align the paragraphs this many times and report the fastest run (for profiling and steadier figures).")
    var repetitions = 1

    func run() throws {
        let parallel: ParallelCorpus
        do {
            parallel = try ParallelCorpus.loadNTREX(from: URL(fileURLWithPath: corpus))
        } catch {
            FileHandle.standardError.write(Data("error: \(corpus): \(error)\n".utf8))
            throw ExitCode(2)
        }
        let parts = AlignmentEvaluation.syntheticParts(parallel, sentenceCount: sentences, rates: .standard, seed: 7)
        if let folder = writeSentences {
            try write(parts, to: folder)
        }
        let document = AlignmentEvaluation.syntheticDocument(parallel, sentenceCount: sentences, rates: .standard, seed: 7)
        let total = document.german.count + document.turkish.count
        let aligner = SentenceAligner()

        // The whole document as one sequence of sentences.
        let start = Self.cpuSeconds()
        let alignment = aligner.align(german: document.german, turkish: document.turkish)
        let seconds = Self.cpuSeconds() - start
        var score = AlignmentEvaluation.Score()
        score.add(predicted: alignment.links, gold: document.gold)

        // The same sentences paragraph by paragraph (one NTREX document each).
        var paragraphAlignments: [SentenceAlignment] = []
        var paragraphSeconds = Double.infinity
        for _ in 0..<max(1, repetitions) {
            let paragraphStart = Self.cpuSeconds()
            paragraphAlignments.removeAll(keepingCapacity: true)
            paragraphAlignments.reserveCapacity(parts.count)
            for part in parts {
                paragraphAlignments.append(aligner.align(german: part.german, turkish: part.turkish))
            }
            paragraphSeconds = min(paragraphSeconds, Self.cpuSeconds() - paragraphStart)
        }
        var paragraphScore = AlignmentEvaluation.Score()
        for (part, partAlignment) in zip(parts, paragraphAlignments) {
            paragraphScore.add(predicted: partAlignment.links, gold: part.gold)
        }

        if let file = writeLinks {
            var lines = ""
            for (run, links) in [("document", alignment.links)] + paragraphAlignments.enumerated().map({ ("paragraph \($0.offset)", $0.element.links) }) {
                for link in links {
                    lines += "\(run)\t\(link.german)\t\(link.turkish)\t\(String(link.confidence.bitPattern, radix: 16))\n"
                }
            }
            try lines.write(toFile: file, atomically: true, encoding: .utf8)
        }
        print(String(format: "%d+%d sentences  whole document: %.2f s CPU  %.0f sentences/s  link F1 %.3f  peak RSS %.1f MiB",
            document.german.count, document.turkish.count, seconds, Double(total) / seconds, score.linkF1,
            Double(Self.peakResidentKilobytes()) / 1024))
        print(String(format: "%d+%d sentences  by paragraph (%d): %.2f s CPU  %.0f sentences/s  link F1 %.3f",
            document.german.count, document.turkish.count, parts.count, paragraphSeconds,
            Double(total) / paragraphSeconds, paragraphScore.linkF1))
    }

    /// Writes the parts' sentences, one per line, paragraphs separated by an empty line.
    private func write(_ parts: [PerturbedDocument], to folder: String) throws {
        let url = URL(fileURLWithPath: folder)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        func text(_ side: (PerturbedDocument) -> [String]) -> String {
            parts.map { side($0).map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\n") }
                .joined(separator: "\n\n") + "\n"
        }
        try text(\.german).write(to: url.appendingPathComponent("german.txt"), atomically: true, encoding: .utf8)
        try text(\.turkish).write(to: url.appendingPathComponent("turkish.txt"), atomically: true, encoding: .utf8)
    }

    /// CPU time (user and system) of this process so far, in seconds.
    static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000
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
