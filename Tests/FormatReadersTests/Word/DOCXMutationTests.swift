import Foundation
import FormatReaders
import PublicationCore
import Testing
import TestSupport

/// Seeded mutations of real Word documents, of the container's bytes and of the XML inside its
/// parts: reading must never crash or hang, and every error must come back with a place.
@Suite("Mutated Word documents")
struct DOCXMutationTests {
    static let sources = [
        "docx/ntrex-de-tr/ntrex-06.tr.libreoffice-tracked.docx", "docx/pandoc/notes.docx", "docx/pandoc/lists.docx",
        "docx/other/apache-poi/Bug54849.docx",
    ]

    static func check(_ loaded: LoadedDocument) {
        for diagnostic in loaded.diagnostics where diagnostic.severity == .error {
            #expect(diagnostic.location != nil, "\(diagnostic.code) without a place")
            #expect(!diagnostic.message.isEmpty)
        }
    }

    @Test("mutated container bytes: cut off, bytes replaced, ranges removed or repeated", arguments: 0..<3)
    func containerMutations(batch: Int) throws {
        var random = SeededGenerator(seed: 0xD0C5 &+ UInt64(batch) &* 104_729)
        let files = try Self.sources.map { try [UInt8](Data(contentsOf: Corpus.url($0))) }
        var readable = 0
        for index in 0..<40 {
            var data = files[index % files.count]
            switch Int.random(in: 0..<4, using: &random) {
            case 0: data = Array(data.prefix(Int.random(in: 0..<data.count, using: &random)))
            case 1:
                for _ in 0..<Int.random(in: 1...30, using: &random) {
                    data[Int.random(in: 0..<data.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
                }
            case 2:
                let a = Int.random(in: 0..<data.count, using: &random)
                data.removeSubrange(a..<Int.random(in: a..<data.count, using: &random))
            default:
                let a = Int.random(in: 0..<data.count, using: &random)
                let b = min(data.count, a + Int.random(in: 1...2000, using: &random))
                data.insert(contentsOf: data[a..<b], at: b)
            }
            let loaded = DocumentLoader().load(Data(data), displayPath: "mutant-\(batch)-\(index).docx")
            Self.check(loaded)
            // A container that opens gets as far as its parts: read, or a part reported as damaged.
            if loaded.contribution != nil || loaded.diagnostics.contains(where: { $0.code == "docx.unreadable-part" }) {
                readable += 1
            }
        }
        // Some mutants keep their container intact, so the mutations reach the parts.
        #expect(readable > 0)
    }

    @Test("mutated XML inside the parts: markup characters injected, elements cut, parts dropped", arguments: 0..<3)
    func partMutations(batch: Int) throws {
        var random = SeededGenerator(seed: 0x57A7 &+ UInt64(batch) &* 7919)
        let files = try Self.sources.map { try WordFixture.parts(of: Data(contentsOf: Corpus.url($0))) }
        let noise = Array("<>&\"'/=:w p r t \u{0}\u{FF}".utf8)
        for index in 0..<30 {
            var parts = files[index % files.count]
            let target = Int.random(in: 0..<parts.count, using: &random)
            var bytes = [UInt8](parts[target].1)
            switch Int.random(in: 0..<4, using: &random) {
            case 0 where !bytes.isEmpty:
                for _ in 0..<Int.random(in: 1...10, using: &random) {
                    bytes[Int.random(in: 0..<bytes.count, using: &random)] = noise.randomElement(using: &random)!
                }
            case 1: bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &random)))
            case 2 where !bytes.isEmpty:
                let a = Int.random(in: 0..<bytes.count, using: &random)
                bytes.removeSubrange(a..<min(bytes.count, a + Int.random(in: 1...200, using: &random)))
            default:
                parts.remove(at: target)
                let loaded = DocumentLoader().load(try WordFixture.container(parts), displayPath: "dropped-\(index).docx")
                Self.check(loaded)
                continue
            }
            parts[target].1 = Data(bytes)
            let loaded = DocumentLoader().load(try WordFixture.container(parts), displayPath: "mutant-\(index).docx")
            Self.check(loaded)
            #expect(loaded.format == .docx)
        }
    }
}
