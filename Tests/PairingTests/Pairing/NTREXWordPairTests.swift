import FormatReaders
import Foundation
import Pairing
import PublicationCore
import Testing
import TestSupport

/// The six German/Turkish NTREX pairs as Word documents (`docx/ntrex-de-tr/`): aligned sentence by
/// sentence, they give the links the NTREX line numbers say, and pair 05's deliberate gap (one
/// paragraph, one list item) is reported as missing.
@Suite("NTREX Word pairs: alignment and gaps")
struct NTREXWordPairTests {
    /// German and Turkish NTREX lines, 1-based.
    static let lines: (german: [String], turkish: [String]) = {
        func read(_ name: String) -> [String] {
            let text = (try? String(contentsOf: Corpus.url("parallel-de-tr/ntrex128/\(name)"), encoding: .utf8)) ?? ""
            return text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
                .map(String.init)
        }
        return (read("newstest2019-ref.deu.txt"), read("newstest2019-ref.tur.txt"))
    }()

    /// The NTREX line range of each pair (MANIFEST.md).
    static let ranges: [String: ClosedRange<Int>] = [
        "01": 1...16, "02": 58...75, "03": 279...297, "04": 1461...1477, "05": 1163...1182, "06": 97...113,
    ]

    static let pairs: [(String, String, String)] = ranges.keys.sorted().flatMap { number in
        var result = [(number, "ntrex-\(number).de.pandoc.docx", "ntrex-\(number).tr.pandoc.docx")]
        if ["01", "03", "06"].contains(number) {
            result.append((number, "ntrex-\(number).de.libreoffice.docx", "ntrex-\(number).tr.libreoffice.docx"))
        }
        return result
    }

    static func document(_ file: String) throws -> ContributionDocument {
        let loaded = DocumentLoader().load(contentsOf: Corpus.url("docx/ntrex-de-tr/\(file)"), displayPath: file)
        return try #require(loaded.contribution)
    }

    static func normalized(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The NTREX lines a sentence holds (or is part of).
    static func lineNumbers(of sentence: String, in range: ClosedRange<Int>, _ lines: [String]) -> Set<Int> {
        let text = normalized(sentence)
        return Set(range.filter { number in
            let line = normalized(lines[number - 1])
            return !line.isEmpty && (text.contains(line) || line.contains(text))
        })
    }

    @Test("links agree with the NTREX line numbers: F1 ≥ 0.97", arguments: pairs.map { "\($0.1) ↔ \($0.2)" })
    func linkF1(pair: String) throws {
        let (number, germanFile, turkishFile) = try #require(Self.pairs.first { "\($0.1) ↔ \($0.2)" == pair })
        let range = try #require(Self.ranges[number])
        let alignment = DocumentAligner().align(german: try Self.document(germanFile), turkish: try Self.document(turkishFile))
        let germanLines = alignment.sentences.german.map { Self.lineNumbers(of: $0, in: range, Self.lines.german) }
        let turkishLines = alignment.sentences.turkish.map { Self.lineNumbers(of: $0, in: range, Self.lines.turkish) }
        #expect(germanLines.allSatisfy { !$0.isEmpty }, "every German sentence is found among the NTREX lines")
        #expect(turkishLines.allSatisfy { !$0.isEmpty }, "every Turkish sentence is found among the NTREX lines")
        // A link is right when its German and its Turkish sentences hold the same NTREX lines (a
        // sentence may hold two lines, "…nachahmend: „Ich habe nichts aufgegeben.“").
        var linked = 0
        var right = 0
        var rightLines = Set<Int>()
        var wrong: [[Int]] = []
        for link in alignment.links where !link.german.isEmpty && !link.turkish.isEmpty {
            let german = link.german.reduce(Set<Int>()) { $0.union(germanLines[$1]) }
            let turkish = link.turkish.reduce(Set<Int>()) { $0.union(turkishLines[$1]) }
            linked += 1
            if german == turkish {
                right += 1
                rightLines.formUnion(german)
            } else {
                wrong.append(german.sorted() + [0] + turkish.sorted())
            }
        }
        let gold = germanLines.reduce(Set<Int>(), { $0.union($1) })
            .intersection(turkishLines.reduce(Set<Int>(), { $0.union($1) }))
        let precision = linked == 0 ? 0 : Double(right) / Double(linked)
        let recall = gold.isEmpty ? 0 : Double(rightLines.count) / Double(gold.count)
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        #expect(f1 >= 0.97, "precision \(precision), recall \(recall); wrong links (German lines, 0, Turkish lines): \(wrong)")
    }

    @Test("pair 05: the missing paragraph and list item are reported as missing")
    func gapReported() throws {
        let german = try Self.document("ntrex-05.de.pandoc.docx")
        let turkish = try Self.document("ntrex-05.tr.pandoc.docx")
        let result = ContributionPairer().pair(id: "ntrex-05", original: german, originalPath: "ntrex-05.de.pandoc.docx",
            translation: .document(turkish, path: "ntrex-05.tr.pandoc.docx"))
        #expect(result.method == .structure)
        #expect(result.counts.missing == 2)
        let missing = result.diagnostics.filter { $0.code == "align.missing" }
        #expect(missing.count == 2)
        #expect(missing.contains { $0.message.contains("docx-p") })
        let missingRows = result.rows.filter { $0.status == .missingTranslation }.compactMap(\.german).map { block in
            TextLeaf.leaves(of: ContributionDocument(blocks: [block])).map(\.text).joined()
        }
        #expect(missingRows.count == 2)
        #expect(missingRows.contains { $0.hasPrefix("Selbst auf dem Höhepunkt seiner Karriere") })
        #expect(missingRows.contains { $0.hasPrefix("„Ich denke, die jüngeren Spieler") })
        let alignment = DocumentAligner().align(german: german, turkish: turkish)
        let unpaired = alignment.links.filter { $0.type == "1-0" }.flatMap(\.german).map { alignment.sentences.german[$0] }
        #expect(unpaired.contains { $0.hasPrefix("Und als ob der Platz selbst") })
    }

    @Test("complete pairs have nothing missing", arguments: ["01", "02", "03", "04", "06"])
    func completePairs(number: String) throws {
        let german = try Self.document("ntrex-\(number).de.pandoc.docx")
        let turkish = try Self.document("ntrex-\(number).tr.pandoc.docx")
        let result = ContributionPairer().pair(id: "ntrex-\(number)", original: german, originalPath: "de.docx",
            translation: .document(turkish, path: "tr.docx"))
        #expect(result.counts.missing == 0)
        #expect(result.counts.translated == result.counts.segments)
    }
}
