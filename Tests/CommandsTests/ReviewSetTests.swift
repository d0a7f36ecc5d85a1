import Foundation
import Testing
import TestSupport

/// The labelled review set: the QA findings of `kopru check --qa on` on the real files of the corpus
/// (`xliff12-de-tr`, `xliff2`, `xliff12-edge`), each labelled true or false by reading its unit, in
/// `ReviewSet/labels.tsv`. The test runs the check again and asserts that every finding is labelled
/// (a new finding must be reviewed), that every finding labelled true is still found, and that every
/// check with at least ten findings that reports warnings or errors is right at least nine times in
/// ten. Recall comes from the rows labelled *missed* (real problems of a check's kind that it does
/// not find, read from pofilter's findings, `ReviewSet/recall-candidates.tsv`): recall per check is
/// found true / (found true + missed). The precision and recall per check are in docs/checks.md.
@Suite("Review set on the corpus")
struct ReviewSetTests {
    static let labelsFile = Corpus.repositoryRoot.appendingPathComponent("Tests/CommandsTests/ReviewSet/labels.tsv")
    static let candidatesFile = Corpus.repositoryRoot.appendingPathComponent(
        "Tests/CommandsTests/ReviewSet/recall-candidates.tsv")
    static let folders = ["xliff12-de-tr", "xliff2", "xliff12-edge"]
    /// Codes that state a fact of the file rather than judge a translation, and notes about the run.
    static let unreviewed: Set<String> = [
        "qa.empty-target", "qa.missing-target", "qa.keyed-units", "qa.partial-corpus", "qa.more-findings",
        "qa.skipped-large-file",
    ]
    /// Checks whose findings are hints (default severity note): their precision is reported, not required.
    static let hints: Set<String> = ["qa.length-ratio", "qa.inconsistent-translation", "qa.same-translation", "qa.inline-code-order"]

    struct Key: Hashable, CustomStringConvertible {
        var code: String
        var file: String
        var line: Int
        var unit: String
        var occurrence: Int
        var description: String { "\(code) \(file):\(line) \(unit) #\(occurrence)" }
    }

    struct Label {
        var key: Key
        var label: String
        var reason: String
    }

    static func labels() throws -> [Label] {
        let text = try String(contentsOf: labelsFile, encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 6, let number = Int(fields[2]), let occurrence = Int(fields[4]) else { return nil }
            return Label(key: Key(code: fields[0], file: fields[1], line: number, unit: fields[3], occurrence: occurrence),
                         label: fields[5], reason: fields.count > 6 ? fields[6] : "")
        }
    }

    /// Runs `kopru check --format json --qa on` over the corpus folders and returns the reviewed findings.
    static func findings() throws -> [Key] {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("kopru-review-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: output) }
        guard FileManager.default.createFile(atPath: output.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown)
        }
        let process = Process()
        process.executableURL = TranscriptTests.executable
        process.arguments = ["check", "--format", "json", "--qa", "on", "--quiet"] + folders.map { Corpus.url($0).path }
        process.currentDirectoryURL = Corpus.repositoryRoot
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let data = try Data(contentsOf: output)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        var seen: [Key: Int] = [:]
        var keys: [Key] = []
        for finding in findings {
            guard let code = finding["code"] as? String, code.hasPrefix("qa."), !unreviewed.contains(code),
                let file = finding["file"] as? String, let line = finding["line"] as? Int
            else { continue }
            let unit = finding["unit"] as? String ?? ""
            let path = Corpus.relativePath(of: URL(fileURLWithPath: file))
            var key = Key(code: code, file: path, line: line, unit: unit, occurrence: 1)
            key.occurrence = (seen[key] ?? 0) + 1
            seen[Key(code: code, file: path, line: line, unit: unit, occurrence: 1)] = key.occurrence
            keys.append(key)
        }
        return keys
    }

    @Test func corpusIsThere() {
        for folder in Self.folders {
            #expect(FileManager.default.fileExists(atPath: Corpus.url(folder).path), "missing corpus folder \(folder)")
        }
    }

    @Test func reviewSetHoldsAtLeastThreeHundredFindings() throws {
        let labels = try Self.labels()
        #expect(labels.filter { $0.label == "true" || $0.label == "false" }.count >= 300)
        #expect(labels.allSatisfy { ["true", "false", "missed"].contains($0.label) })
    }

    @Test func findingsMatchTheLabelsAndPrecisionHolds() throws {
        let labels = try Self.labels()
        let found = try Self.findings()
        let foundSet = Set(found)
        let labelByKey = Dictionary(labels.map { ($0.key, $0.label) }, uniquingKeysWith: { first, _ in first })
        // Every finding has been reviewed.
        let unlabelled = found.filter { labelByKey[$0] == nil }
        #expect(unlabelled.isEmpty, "findings without a label in labels.tsv: \(unlabelled.prefix(10).map(\.description))")
        // Every real problem is still found.
        let lost = labels.filter { $0.label == "true" && !foundSet.contains($0.key) }
        #expect(lost.isEmpty, "labelled true but no longer found: \(lost.prefix(10).map(\.key.description))")
        // Precision per check over the findings of this run.
        var truePositives: [String: Int] = [:]
        var falsePositives: [String: Int] = [:]
        for key in found {
            switch labelByKey[key] {
            case "true": truePositives[key.code, default: 0] += 1
            case "false": falsePositives[key.code, default: 0] += 1
            default: break
            }
        }
        for code in Set(truePositives.keys).union(falsePositives.keys).sorted() where !Self.hints.contains(code) {
            let hits = truePositives[code, default: 0]
            let total = hits + falsePositives[code, default: 0]
            guard total >= 10 else { continue }
            let precision = Double(hits) / Double(total)
            #expect(precision >= 0.9, "\(code): precision \(precision) over \(total) findings")
        }
    }

    /// Recall per check: every missed row is one the check cannot find by design (its reason says why)
    /// and is indeed not found; a check with at least ten labelled real problems finds nine in ten.
    @Test func missedRowsAreNotFoundAndRecallHolds() throws {
        let labels = try Self.labels()
        let missed = labels.filter { $0.label == "missed" }
        #expect(missed.count >= 5, "the recall reading labelled \(missed.count) missed rows")
        for row in missed {
            #expect(row.reason.hasPrefix("by design:"), "\(row.key): a missed row says why the check cannot find it")
        }
        let foundSet = Set(try Self.findings())
        let nowFound = missed.filter { foundSet.contains($0.key) }
        #expect(nowFound.isEmpty, "labelled missed but found now (relabel true): \(nowFound.map(\.key.description))")
        var truePositives: [String: Int] = [:]
        var misses: [String: Int] = [:]
        for row in labels {
            if row.label == "true", foundSet.contains(row.key) { truePositives[row.key.code, default: 0] += 1 }
            if row.label == "missed" { misses[row.key.code, default: 0] += 1 }
        }
        for code in Set(truePositives.keys).union(misses.keys).sorted() {
            let found = truePositives[code, default: 0]
            let real = found + misses[code, default: 0]
            guard real >= 10 else { continue }
            let recall = Double(found) / Double(real)
            #expect(recall >= 0.9, "\(code): recall \(recall) over \(real) labelled real problems")
        }
    }

    /// The candidates read for recall: at least thirty, and each verdict agrees with labels.tsv.
    @Test func recallCandidatesAgreeWithTheLabels() throws {
        let text = try String(contentsOf: Self.candidatesFile, encoding: .utf8)
        let rows = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.count >= 30, "\(rows.count) candidates read")
        let labels = try Self.labels()
        let verdicts: Set<String> = ["found", "found-after-fix", "missed", "no-problem", "not-a-check"]
        for row in rows {
            guard row.count == 7, let line = Int(row[2]) else {
                Issue.record("malformed candidate row: \(row)")
                continue
            }
            let verdict = row[4]
            #expect(verdicts.contains(verdict), "unknown verdict \(verdict)")
            let expected: String? = switch verdict {
            case "found", "found-after-fix": "true"
            case "missed": "missed"
            default: nil
            }
            guard let expected else { continue }
            let matching = labels.filter {
                $0.key.code == row[5] && $0.key.file == row[1] && $0.key.line == line && $0.key.unit == row[3]
            }
            #expect(matching.contains { $0.label == expected }, "\(row[3]) (\(verdict)) has no \(expected) row for \(row[5])")
        }
    }
}
