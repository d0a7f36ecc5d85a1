import Foundation
import Testing
import TestSupport

/// The labelled review set: the QA findings of `kopru check --qa on` on the real files of the corpus
/// (`xliff12-de-tr`, `xliff2`, `xliff12-edge`), each labelled true or false by reading its unit, in
/// `ReviewSet/labels.tsv`. The test runs the check again and asserts that every finding is labelled
/// (a new finding must be reviewed), that every finding labelled true is still found, and that every
/// check with at least ten findings that reports warnings or errors is right at least nine times in
/// ten. The precision and recall per check are in docs/checks.md.
@Suite("Review set on the corpus")
struct ReviewSetTests {
    static let labelsFile = Corpus.repositoryRoot.appendingPathComponent("Tests/CommandsTests/ReviewSet/labels.tsv")
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
    }

    static func labels() throws -> [Label] {
        let text = try String(contentsOf: labelsFile, encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 6, let number = Int(fields[2]), let occurrence = Int(fields[4]) else { return nil }
            return Label(key: Key(code: fields[0], file: fields[1], line: number, unit: fields[3], occurrence: occurrence),
                         label: fields[5])
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
}
