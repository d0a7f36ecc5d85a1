import Exchange
import Foundation
import Pairing
import PublicationCore
import Testing
import TestSupport

/// `kopru check` and the exchange (`export-missing`, `import`) read one decision per block: what the
/// check reports as missing, not confirmed or outdated is exactly what the export sends to a translator.
@Suite("Check and exchange agree on every block")
struct StateAgreementTests {
    /// The codes by which the check reports a block that still needs a translator.
    static let codes: Set<DiagnosticCode> = [
        PairingDiagnostics.missing.code, PairingDiagnostics.needsReview.code, PairingDiagnostics.outdated.code,
    ]

    /// A copy of the sample volume with its lock file.
    static func sample() throws -> TemporaryFolder {
        let folder = try TemporaryFolder.sampleVolume()
        try FileManager.default.copyItem(at: Corpus.repositoryRoot.appendingPathComponent("kopru.lock"),
            to: folder.file("kopru.lock"))
        return folder
    }

    /// For each contribution with a translation: the block ids the check reports, and the block ids
    /// the exchange would send to a translator.
    static func compare(in folder: URL) throws -> [String: (check: Set<String>, exchange: Set<String>)] {
        let publication = try VolumeOperations.check(in: folder)
        let volume = try VolumeOperations.volume(in: folder)
        var result: [String: (check: Set<String>, exchange: Set<String>)] = [:]
        for (checked, exchanged) in zip(publication.contributions, volume.contributions) where checked.translationExists {
            let reported = Set(checked.alignment.diagnostics.filter { Self.codes.contains($0.code) }.compactMap(\.unit))
            let needed = Set(exchanged.blocks.map(\.id).filter { exchanged.states[$0]?.needsTranslation ?? true })
            result[checked.id] = (reported, needed)
        }
        return result
    }

    @Test("on the sample volume, the blocks the check reports are the blocks the export sends")
    func sampleAgrees() throws {
        let folder = try Self.sample()
        defer { folder.remove() }
        let comparison = try Self.compare(in: folder.url)
        #expect(comparison.count == 10)
        for (id, sides) in comparison {
            #expect(sides.check == sides.exchange, "\(id)")
        }
        #expect(comparison["04-saarbruecken"]?.exchange.contains("saa-p4") == true)
    }

    @Test("a title changed after its translation was confirmed is outdated for the check and for the export")
    func changedTitleOfADocBookTranslation() throws {
        let folder = try Self.sample()
        defer { folder.remove() }
        // The title's translation was confirmed when the title read otherwise.
        let lock = try folder.read("kopru.lock") + "03-osnabrueck\tosn\tde\t0123456789abcdef\n"
        try folder.write(lock, to: "kopru.lock")
        let comparison = try Self.compare(in: folder.url)
        #expect(comparison["03-osnabrueck"]?.check.contains("osn") == true)
        #expect(comparison["03-osnabrueck"]?.check == comparison["03-osnabrueck"]?.exchange)
        let volume = try VolumeOperations.volume(in: folder.url)
        let osnabrueck = try #require(volume.contributions.first { $0.id == "03-osnabrueck" })
        #expect(osnabrueck.states["osn"]?.status == .outdated)
        #expect(osnabrueck.states["osn"]?.translationText?.isEmpty == false)
    }

    @Test("an XLIFF title unit made from an earlier title is outdated for the check and for the export")
    func changedTitleUnderAnXLIFFTranslation() throws {
        let folder = try Self.sample()
        defer { folder.remove() }
        let path = "Sources-tr/08-sultanbeyli.xml"
        let original = try folder.read(path)
        let title = try #require(original.range(of: "<title>"))
        try folder.write(original.replacingCharacters(in: title, with: "<title>Yeni: "), to: path)
        let comparison = try Self.compare(in: folder.url)
        let articleID = try #require(try VolumeOperations.volume(in: folder.url).contributions
            .first { $0.id == "08-sultanbeyli" }?.original.id)
        #expect(comparison["08-sultanbeyli"]?.check.contains(articleID) == true)
        #expect(comparison["08-sultanbeyli"]?.check == comparison["08-sultanbeyli"]?.exchange)
        let volume = try VolumeOperations.volume(in: folder.url)
        let state = volume.contributions.first { $0.id == "08-sultanbeyli" }?.states[articleID]
        #expect(state?.status == .outdated)
        #expect(state?.oldSource?.hasPrefix("Yeni") == false)
    }

    @Test("a structure-paired translation keeps the check's pairing in the exchange")
    func structurePairedTranslation() throws {
        let folder = try Self.sample()
        defer { folder.remove() }
        // Without ids the translation pairs by structure; the lock's fingerprints still name the blocks.
        let path = "Sources-de/07-sisli.xml"
        let original = try folder.read(path)
        let withoutIDs = original.replacingOccurrences(of: #" xml:id="sis-[a-z0-9-]+""#, with: "",
            options: .regularExpression)
        #expect(withoutIDs != original)
        try folder.write(withoutIDs, to: path)
        let publication = try VolumeOperations.check(in: folder.url)
        let sisli = try #require(publication.contributions.first { $0.id == "07-sisli" })
        #expect(sisli.alignment.method == .structure)
        let comparison = try Self.compare(in: folder.url)
        #expect(comparison["07-sisli"]?.check == comparison["07-sisli"]?.exchange)
        #expect(comparison["07-sisli"]?.check.isEmpty == false)
    }
}
