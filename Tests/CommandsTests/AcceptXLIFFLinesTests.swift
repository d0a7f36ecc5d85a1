@testable import Commands
import Foundation
import Pairing
@testable import Project
import Testing

/// What `kopru check --accept` says about translations kept in XLIFF, by how each block stands, and about
/// the contributions and earlier records it leaves to the XLIFF files.
@Suite struct AcceptXLIFFLinesTests {
    @Test("each status gets its line and advice, and kept contributions and removed records are told")
    func linesByStatus() {
        let path = "Sources-tr/04-saarbruecken.xlf"
        var result = LoadedPublication.AcceptanceResult(lock: LockFile(), confirmed: [], leftOutdated: [], unknownNames: [])
        result.decidedByXLIFF = [
            .init(block: "04-saarbruecken#saa-p4", path: path, status: .outdated),
            .init(block: "04-saarbruecken#saa-p1", path: path, status: .current),
            .init(block: "04-saarbruecken#saa-p5", path: path, status: .missing),
            .init(block: "04-saarbruecken#saa-p6", path: path, status: .empty),
            .init(block: "04-saarbruecken#saa-l1-i1", path: path, status: .needsReview),
        ]
        result.keptInXLIFF = [.init(contribution: "04-saarbruecken", path: path)]
        result.removedXLIFFKeys = [LockFile.Key(contribution: "04-saarbruecken", block: "saa-p1"),
                                   LockFile.Key(contribution: "04-saarbruecken", block: "saa-p2")]
        let lines = CheckCommand.xliffLines(result).split(separator: "\n").map(String.init)
        let expected = [
            "kopru.lock: left outdated, because the translation is kept in XLIFF", "update the unit in the translation tool",
            "kopru.lock: not recorded, because the translation is kept in XLIFF and is already confirmed by its unit",
            "kopru.lock: not confirmed, because there is no translation yet in the XLIFF file: 04-saarbruecken#saa-p5, 04-saarbruecken#saa-p6 (\(path))",
            "translate the unit in the translation tool",
            "kopru.lock: not recorded, because the translation is kept in XLIFF, where the unit's state confirms it: 04-saarbruecken#saa-l1-i1 (\(path))",
            "a unit with the state translated or final is confirmed",
            "kopru.lock: nothing recorded for translations kept in XLIFF, whose units' sources and states decide: 04-saarbruecken (\(path))",
            "kopru.lock: 2 earlier records of translations kept in XLIFF removed",
        ]
        #expect(lines.count == expected.count, "\(lines)")
        for (line, start) in zip(lines, expected) {
            #expect(line.trimmingCharacters(in: .whitespaces).hasPrefix(start), "\(line)")
        }
    }

    @Test("nothing to tell, no line")
    func nothing() {
        let result = LoadedPublication.AcceptanceResult(lock: LockFile(), confirmed: [], leftOutdated: [], unknownNames: [])
        #expect(CheckCommand.xliffLines(result).isEmpty)
    }
}
