import Foundation
import FormatReaders
import PublicationCore
import Testing
import TestSupport

/// Seeded mutations of real files (cut off, bytes replaced, parts dropped or repeated): reading must
/// never crash or hang, and whatever goes wrong must come back as diagnostics with a place.
@Suite("Mutated real files")
struct MutatedInputTests {
    static let sources = [
        "xliff12-de-tr/symfony/Security/security.tr.xlf", "xliff12-edge/okapi/filters-xliff/Manual-12-AltTrans.xlf",
        "xliff2/oasis-xliff-22/test-suite/core/valid/everything-core.xlf",
    ]

    @Test("200 mutations of XLIFF 1.2, XLIFF 2 and DocBook files", arguments: 0..<4)
    func mutations(batch: Int) throws {
        var random = SeededGenerator(seed: UInt64(batch) &* 7919)
        var files = Self.sources.map { Corpus.url($0) }
        #expect(files.allSatisfy { FileManager.default.fileExists(atPath: $0.path) })
        files.append(Corpus.repositoryRoot.appendingPathComponent("Sources-tr/07-sisli.xml"))
        let noise = Array("<>&\"'/=:x \u{0}\u{FF}".utf8)
        for index in 0..<50 {
            let file = files[index % files.count]
            var data = [UInt8](try Data(contentsOf: file))
            switch Int.random(in: 0..<4, using: &random) {
            case 0: data = Array(data.prefix(Int.random(in: 0..<data.count, using: &random)))
            case 1:
                for _ in 0..<Int.random(in: 1...20, using: &random) {
                    data[Int.random(in: 0..<data.count, using: &random)] = noise.randomElement(using: &random)!
                }
            case 2:
                let a = Int.random(in: 0..<data.count, using: &random)
                let b = Int.random(in: a..<data.count, using: &random)
                data.removeSubrange(a..<b)
            default:
                let a = Int.random(in: 0..<data.count, using: &random)
                let b = min(data.count, a + Int.random(in: 1...400, using: &random))
                data.insert(contentsOf: data[a..<b], at: b)
            }
            let loaded = DocumentLoader().load(Data(data), displayPath: "mutant-\(batch)-\(index)")
            for diagnostic in loaded.diagnostics where diagnostic.severity == .error {
                #expect(diagnostic.location != nil, "\(diagnostic.code) without a place")
                #expect(!diagnostic.message.isEmpty)
            }
        }
    }
}
