import Foundation
import Pairing
import Project
import PublicationCore
import QualityChecks

/// Renders a ``CheckReport`` as readable tables with a completeness bar per file and contribution.
struct CheckTextRenderer {
    var useColour: Bool
    var barWidth = 20
    /// Show every file, also the monolingual documents of a publication (`--verbose`).
    var verbose = false

    /// The tables: for a publication the contributions first, then the files that hold translations (every
    /// file with `verbose`); for files and folders, the files.
    func render(_ report: CheckReport) -> String {
        var out = ""
        if !report.contributions.isEmpty {
            out += renderContributions(report.contributions)
            let files = verbose ? report.files
                : report.files.filter { !$0.readable || !Self.isMonolingual($0) }
            if !files.isEmpty { out += "\n" + renderFiles(files) }
            if files.count < report.files.count {
                let hidden = report.files.count - files.count
                out += "\n(\(hidden) monolingual document\(hidden == 1 ? "" : "s") not listed; `--verbose` lists every file)\n"
            }
        } else if !report.files.isEmpty {
            out += renderFiles(report.files)
        }
        let summary = report.summary
        var line = "\(summary.files) file\(summary.files == 1 ? "" : "s")"
        // Unreadable inputs are files listed above, or inputs without a row (a path that does not exist, a
        // broken manifest).
        let unreadableListed = report.files.filter { !$0.readable }.count
        let notRead = summary.unreadableFiles - unreadableListed
        if unreadableListed > 0 { line += " (\(unreadableListed) unreadable)" }
        if notRead > 0 { line += ", \(notRead) input\(notRead == 1 ? "" : "s") not read" }
        line += ", \(summary.translated) of \(summary.segments) segments translated (\(Self.percent(summary.complete)))"
        line += ", \(summary.errors) error\(summary.errors == 1 ? "" : "s"), \(summary.warnings) warning\(summary.warnings == 1 ? "" : "s")"
        out += "\n" + line + "\n"
        if let gate = report.gate {
            out += gate.passed
                ? "gate passed: \(Self.percent(gate.reached / 100)) translated, \(Self.percent(gate.threshold / 100)) required\n"
                : "gate failed: \(gate.reason ?? "")\n"
        }
        return out
    }

    /// A document in one language (DocBook, Word, OpenDocument), which has nothing to translate in itself.
    static func isMonolingual(_ file: CheckReport.FileEntry) -> Bool {
        file.targetLanguage == nil && (file.format.flatMap(DocumentFormat.init(rawValue:))?.isContribution ?? false)
    }

    private func renderFiles(_ files: [CheckReport.FileEntry]) -> String {
        let header = ["file", "format", "languages", "units", "segments", "translated", "review", "untransl.",
            "empty", "missing", "words", "complete"]
        var rows: [[String]] = []
        var details: [String] = []
        for file in files {
            let languages: String
            switch (file.sourceLanguage, file.targetLanguage) {
            case (let source?, let target?): languages = "\(source)→\(target)"
            case (let source?, nil): languages = source
            default: languages = "?"
            }
            guard file.readable else {
                rows.append([file.path, file.format ?? "?", languages, "–", "–", "–", "–", "–", "–", "–", "–",
                    "unreadable (see errors)"])
                details.append("")
                continue
            }
            let monolingual = Self.isMonolingual(file)
            rows.append([
                file.path, file.format ?? "?", languages, "\(file.units)", "\(file.segments)",
                monolingual ? "–" : "\(file.translated)", monolingual ? "–" : "\(file.needsReview)",
                monolingual ? "–" : "\(file.untranslated)", monolingual ? "–" : "\(file.empty)",
                monolingual ? "–" : "\(file.missing)", "\(file.sourceWords)",
                monolingual ? "monolingual document" : bar(file.complete),
            ])
            let states = file.states.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
            details.append(monolingual || states.isEmpty ? "" : "states: " + states.joined(separator: ", "))
        }
        return table(header: header, rows: rows, details: details, numericColumns: Set(3...10))
    }

    private func renderContributions(_ contributions: [CheckReport.ContributionEntry]) -> String {
        let header = ["contribution", "original", "segments", "translated", "review", "outdated", "missing", "complete"]
        let rows = contributions.map {
            [$0.id, $0.originLanguage, "\($0.segments)", "\($0.translated)", "\($0.needsReview)", "\($0.outdated)",
             "\($0.missing)", bar($0.complete)]
        }
        return table(header: header, rows: rows, details: Array(repeating: "", count: rows.count),
            numericColumns: Set(2...6))
    }

    private func table(header: [String], rows: [[String]], details: [String], numericColumns: Set<Int>) -> String {
        var widths = header.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < row.count - 1 {
                widths[index] = max(widths[index], cell.count)
            }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (index, cell) in cells.enumerated() {
                if index == cells.count - 1 { parts.append(cell); continue }
                let padding = String(repeating: " ", count: max(0, widths[index] - cell.count))
                parts.append(numericColumns.contains(index) ? padding + cell : cell + padding)
            }
            return parts.joined(separator: "  ")
        }
        var out = line(header) + "\n"
        for (row, detail) in zip(rows, details) {
            out += line(row) + "\n"
            if !detail.isEmpty { out += "    " + detail + "\n" }
        }
        return out
    }

    func bar(_ fraction: Double) -> String {
        let clamped = max(0, min(1, fraction))
        let filled = Int((clamped * Double(barWidth)).rounded(.down))
        let text = String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
        let label = Self.percent(clamped)
        guard useColour else { return "\(text) \(label)" }
        let colour = clamped >= 1 ? "\u{1B}[32m" : clamped >= 0.5 ? "\u{1B}[33m" : "\u{1B}[31m"
        return "\(colour)\(text)\(Terminal.reset) \(label)"
    }

    /// A percentage that never shows 100 % for an incomplete item.
    static func percent(_ fraction: Double) -> String { CheckReport.percent(fraction) }
}
