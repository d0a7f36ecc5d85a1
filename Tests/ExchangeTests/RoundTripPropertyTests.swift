import Pairing
import Assembly
import Exchange
import Foundation
import FormatReaders
import PublicationCore
import Testing

/// The round trip on generated volumes: export what is missing, translate every unit, import — and the
/// publication is complete, nothing is exported any more, and no unit is lost or duplicated.
@Suite("Round trip on generated volumes")
struct RoundTripPropertyTests {
    static func xmlIDs(in text: String) -> [String] {
        text.components(separatedBy: "xml:id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    static func unitIDs(in url: URL) -> [String] {
        VolumeOperations.units(of: url).units.map(\.id)
    }

    @Test("export → translate every unit → import gives a complete publication", arguments: Array(UInt64(1)...UInt64(16)))
    func roundTrip(seed: UInt64) throws {
        let folder = try TemporaryFolder("roundtrip-\(seed)")
        defer { folder.remove() }
        var generator = VolumeGenerator(seed: seed)
        let contributions = try generator.writeVolume(into: folder)
        let version: XLIFFVersion = seed % 2 == 0 ? .v1_2 : .v2_1
        let before = try VolumeOperations.check(in: folder.url)
        let incomplete = before.contributions.filter { $0.alignment.counts.translated < $0.alignment.counts.segments
            || $0.alignment.counts.outdated > 0 }
        let xliffUnitsBefore = Dictionary(uniqueKeysWithValues: contributions.filter { $0.kind == .xliff12 || $0.kind == .xliff2 }
            .map { contribution in
                let path = "Sources-\(contribution.original == "de" ? "tr" : "de")/\(contribution.id).xlf"
                return (path, Self.unitIDs(in: folder.file(path)))
            })

        let exported = try VolumeOperations.export(in: folder.url, to: folder.file("out"), version: version)
        #expect(Set(exported.map(\.file.contribution)) == Set(incomplete.map(\.id)), "seed \(seed)")
        for (_, url) in exported {
            let document = VolumeOperations.units(of: url).document
            #expect(document.isReadable, "seed \(seed): \(url.lastPathComponent): \(document.diagnostics.map(\.message))")
            #expect(try XMLLint.isWellFormed(url))
            try VolumeOperations.fill(url, state: version == .v1_2 ? "translated" : "final")
        }
        let report = try TranslationImporter().importFiles(exported.map { ($0.url, $0.url.lastPathComponent) },
            into: try VolumeOperations.volume(in: folder.url))
        #expect(report.refused.isEmpty, "seed \(seed): \(report.refused.map { "\($0.unit ?? ""): \($0.message)" })")
        #expect(report.applied.count == exported.reduce(0) { $0 + $1.file.units.count }, "seed \(seed)")

        let after = try VolumeOperations.check(in: folder.url)
        #expect(after.diagnostics.filter { $0.severity == .error }.isEmpty,
            "seed \(seed): \(after.diagnostics.filter { $0.severity == .error }.map(\.message))")
        for contribution in after.contributions {
            let counts = contribution.alignment.counts
            #expect(counts.translated == counts.segments, "seed \(seed) \(contribution.id): \(counts)")
            #expect(counts.outdated == 0 && counts.missing == 0 && counts.needsReview == 0 && counts.additions == 0,
                "seed \(seed) \(contribution.id): \(counts)")
        }
        let again = try VolumeOperations.export(in: folder.url, to: folder.file("again"), version: version)
        #expect(again.isEmpty, "seed \(seed): exported again \(again.map { "\($0.file.contribution): \($0.file.units.map(\.id))" })")

        // No unit lost or duplicated.
        for (path, ids) in xliffUnitsBefore {
            #expect(Self.unitIDs(in: folder.file(path)) == ids, "seed \(seed): \(path)")
        }
        for contribution in contributions where contribution.kind == .docbook || contribution.kind == .absent {
            let path = "Sources-\(contribution.original == "de" ? "tr" : "de")/\(contribution.id).xml"
            let original = Self.xmlIDs(in: try folder.read("Sources-\(contribution.original)/\(contribution.id).xml"))
            let translated = Self.xmlIDs(in: try folder.read(path))
            #expect(translated.sorted() == original.sorted(), "seed \(seed): \(path)")
            // Blocks keep the original's order.
            #expect(translated == original, "seed \(seed): \(path) order")
        }
        for contribution in contributions where contribution.kind == .absentXLIFF {
            let path = "Sources-\(contribution.original == "de" ? "tr" : "de")/\(contribution.id).xlf"
            let original = Self.xmlIDs(in: try folder.read("Sources-\(contribution.original)/\(contribution.id).xml"))
            #expect(Self.unitIDs(in: folder.file(path)) == original, "seed \(seed): \(path)")
        }
    }
}

extension RoundTripPropertyTests {
    @Test("the generated volumes hold every kind of gap and every kind of translation")
    func generatorCoverage() throws {
        var statuses: [String: Int] = [:]
        for seed in UInt64(1)...UInt64(16) {
            let folder = try TemporaryFolder("coverage-\(seed)")
            defer { folder.remove() }
            var generator = VolumeGenerator(seed: seed)
            _ = try generator.writeVolume(into: folder)
            let volume = try VolumeOperations.volume(in: folder.url)
            for contribution in volume.contributions {
                let kind: String
                switch contribution.translation {
                case .absent: kind = contribution.translationPath?.hasSuffix(".xlf") == true ? "absentXLIFF" : "absent"
                case .document(_, let format, _): kind = format == .docbook ? "docbook" : format.rawValue
                case .xliff(_, let version): kind = "xliff\(version.rawValue)"
                case .unreadable: kind = "unreadable"
                }
                for state in contribution.states.values {
                    statuses["\(kind) \(state.status.rawValue)", default: 0] += 1
                }
            }
        }
        for key in ["absent missing", "absentXLIFF missing", "docbook missing", "docbook outdated", "docbook current", "xliff1.2 missing",
            "xliff1.2 empty", "xliff1.2 needsReview", "xliff1.2 outdated", "xliff2.1 missing", "xliff2.1 empty",
            "xliff2.1 needsReview", "xliff2.1 outdated", "xliff2.1 current"]
        {
            #expect(statuses[key, default: 0] > 0, "no block is \(key): \(statuses)")
        }
        #expect(statuses["unreadable missing"] == nil)
    }
}
