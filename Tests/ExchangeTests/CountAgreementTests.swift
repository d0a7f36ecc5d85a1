import Foundation
import FormatReaders
import Pairing
import PublicationCore
import Testing
import TestSupport

/// A file counts what its contribution counts: both come from the contribution's translatable blocks.
@Suite("File and contribution counts agree")
struct CountAgreementTests {
    /// The file's own statistics beside the pairer's count of the same document as an original.
    static func counts(of url: URL) throws -> (file: FileStatistics, contribution: ContributionAlignment.Counts) {
        let loaded = DocumentLoader().load(contentsOf: url, displayPath: url.lastPathComponent)
        let document = try #require(loaded.contribution, "\(url.lastPathComponent) has no contribution")
        let alignment = ContributionPairer().pair(id: "c", original: document, originalPath: url.lastPathComponent,
            translation: .absent)
        return (loaded.statistics, alignment.counts)
    }

    /// Every DocBook and Word file of the sample volume and of the reader fixtures.
    static var files: [URL] {
        let root = Corpus.repositoryRoot
        let folders = ["Sources-de", "Sources-tr", "Tests/FormatReadersTests/Fixtures/contributions/de",
            "Tests/FormatReadersTests/Fixtures/contributions/tr"]
        return folders.flatMap { folder -> [URL] in
            let url = root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return names.filter { $0.hasSuffix(".xml") || $0.hasSuffix(".docx") }.sorted().map(url.appendingPathComponent)
        }
    }

    @Test("every DocBook and Word file of the sample and the fixtures counts as its contribution does")
    func sampleAndFixtures() throws {
        let files = Self.files
        #expect(files.count >= 20)
        for url in files {
            let loaded = DocumentLoader().load(contentsOf: url, displayPath: url.lastPathComponent)
            guard loaded.contribution != nil else { continue }
            let (file, contribution) = try Self.counts(of: url)
            #expect(file.segments == contribution.segments, "\(url.lastPathComponent)")
            #expect(file.sourceWords == contribution.sourceWords, "\(url.lastPathComponent)")
        }
    }

    @Test("generated volumes: originals and translations count as their contributions do", arguments: 1...6)
    func generatedVolumes(seed: UInt64) throws {
        let folder = try TemporaryFolder("kopru-counts")
        defer { folder.remove() }
        var generator = VolumeGenerator(seed: seed)
        let contributions = try generator.writeVolume(into: folder)
        #expect(!contributions.isEmpty)
        let enumerator = FileManager.default.enumerator(at: folder.url, includingPropertiesForKeys: nil)
        var checked = 0
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "xml" else { continue }
            let (file, contribution) = try Self.counts(of: url)
            #expect(file.segments == contribution.segments, "seed \(seed) \(url.lastPathComponent)")
            checked += 1
        }
        #expect(checked >= contributions.count)
    }
}
