import Exchange
import Foundation
import Pairing
import PublicationCore
import Testing

/// A quotation's attribution is a block of its own: counted, paired, reported, exported, imported.
@Suite("Quotation attributions")
struct AttributionTests {
    static func original(attribution: String = "Bürgermeisterin einer Beispielstadt") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <article xmlns="http://docbook.org/ns/docbook" version="5.0" xml:lang="de" xml:id="a">
          <info><title>Titel</title></info>
          <para xml:id="a-p1">Ein Absatz.</para>
          <blockquote xml:id="a-q1">
            <attribution>\(attribution)</attribution>
            <para>Ein Zitat.</para>
          </blockquote>
          <para xml:id="a-p2">Noch ein Absatz.</para>
          <blockquote xml:id="a-q2"><attribution>Ein Gast</attribution><para>Noch ein Zitat.</para></blockquote>
        </article>

        """
    }

    /// The first quotation's attribution is translated, the second's is not; the second quotation
    /// has no place in the translation yet.
    static let translation = """
        <?xml version="1.0" encoding="UTF-8"?>
        <article xmlns="http://docbook.org/ns/docbook" version="5.0" xml:lang="tr" xml:id="a">
          <info><title>Başlık</title></info>
          <para xml:id="a-p1">Bir paragraf.</para>
          <blockquote xml:id="a-q1">
            <attribution>Örnek bir şehrin belediye başkanı</attribution>
            <para>Bir alıntı.</para>
          </blockquote>
          <para xml:id="a-p2">Bir paragraf daha.</para>
          <blockquote xml:id="a-q2"><para>Bir alıntı daha.</para></blockquote>
        </article>

        """

    static func volume(original: String = original(), lock: String = "") throws -> TemporaryFolder {
        try TemporaryFolder.contribution("attribution", original: original, translation: translation, lock: lock)
    }

    @Test("an attribution is counted, and a missing one is reported at its quotation")
    func countedAndReported() throws {
        let folder = try Self.volume()
        defer { folder.remove() }
        let alignment = try #require(try VolumeOperations.check(in: folder.url).contributions.first?.alignment)
        // Title, 2 paragraphs, 2 quotations, 2 attributions.
        #expect(alignment.counts.segments == 7)
        #expect(alignment.counts.missing == 1)
        #expect(alignment.counts.translated == 6)
        let missing = alignment.diagnostics.filter { $0.code == PairingDiagnostics.missing.code }
        #expect(missing.map(\.unit) == ["a-q2-attribution"])
        #expect(missing.first?.message.contains("attribution of quotation \"a-q2\"") == true)
        #expect(alignment.blockStates["a-q1-attribution"]?.status == .current)
        #expect(alignment.fingerprints["a-q1-attribution"] != nil)
    }

    @Test("a changed attribution is outdated once its translation was confirmed")
    func changedAttributionIsOutdated() throws {
        let confirmed = try Self.volume()
        let fingerprint = try #require(try VolumeOperations.check(in: confirmed.url).contributions.first?
            .alignment.fingerprints["a-q1-attribution"])
        confirmed.remove()
        let folder = try Self.volume(original: Self.original(attribution: "Oberbürgermeisterin einer Beispielstadt"),
            lock: "a\ta-q1-attribution\tde\t\(fingerprint)\n")
        defer { folder.remove() }
        let alignment = try #require(try VolumeOperations.check(in: folder.url).contributions.first?.alignment)
        let outdated = alignment.diagnostics.filter { $0.code == PairingDiagnostics.outdated.code }
        #expect(outdated.map(\.unit) == ["a-q1-attribution"])
        #expect(alignment.counts.outdated == 1)
        let state = try VolumeOperations.volume(in: folder.url).contributions.first?.states["a-q1-attribution"]
        #expect(state?.status == .outdated)
    }

    @Test("the missing attribution is exported with its place, and importing it writes <attribution> into the quotation")
    func exportAndImport() throws {
        let folder = try Self.volume()
        defer { folder.remove() }
        let trip = try VolumeOperations.roundTrip(in: folder, version: .v2_1, state: "final")
        #expect(trip.file.units.map(\.id) == ["a-q2-attribution"])
        #expect(trip.file.units.first?.notes.contains { $0.text == "Attribution of quotation a-q2" } == true)
        let report = trip.report
        #expect(report.refused.isEmpty, "\(report.refused.map(\.message))")
        let text = try folder.read("tr/a.xml")
        #expect(text.contains(#"<blockquote xml:id="a-q2"><attribution>Ü: Ein Gast</attribution><para>Bir alıntı daha.</para></blockquote>"#),
            "\(text)")
        #expect(text.contains("<attribution>Örnek bir şehrin belediye başkanı</attribution>"))
        #expect(try XMLLint.isWellFormed(folder.file("tr/a.xml")))
        let counts = try #require(try VolumeOperations.check(in: folder.url).contributions.first?.alignment.counts)
        #expect(counts.translated == counts.segments, "\(counts)")
    }

    @Test("an attribution's footnote is a block of its own, and importing the attribution keeps the translation's footnote")
    func footnoteInTheAttribution() throws {
        let original = Self.original(attribution: "Ein Gast<footnote xml:id=\"a-fn9\"><para>Brief von 1951.</para></footnote>")
            .replacingOccurrences(of: "<attribution>Ein Gast</attribution>", with: "<attribution>Ein Gast (Zitat)</attribution>")
        let translation = Self.translation.replacingOccurrences(of: "<attribution>Örnek bir şehrin belediye başkanı</attribution>",
            with: "<attribution>Eski çeviri<footnote xml:id=\"a-fn9\"><para>1951 tarihli mektup.</para></footnote></attribution>")
        let folder = try TemporaryFolder.contribution("attribution-footnote", original: original, translation: translation,
            lock: "a\ta-q1-attribution\tde\t\(Fingerprint.of("Eine Bürgermeisterin"))\n")
        defer { folder.remove() }
        let loaded = try VolumeOperations.check(in: folder.url)
        let alignment = try #require(loaded.contributions.first?.alignment)
        // Title, 2 paragraphs, 2 quotations, 2 attributions, the attribution's footnote.
        #expect(alignment.counts.segments == 8)
        #expect(loaded.files.first { $0.path == "de/a.xml" }?.statistics.segments == 8)
        #expect(alignment.blockStates["a-fn9"]?.status == .current)
        #expect(alignment.blockStates["a-q1-attribution"]?.status == .outdated)
        let trip = try VolumeOperations.roundTrip(in: folder, version: .v2_1, state: "final")
        #expect(trip.file.units.map(\.id).contains("a-q1-attribution"))
        let report = trip.report
        #expect(report.refused.isEmpty, "\(report.refused.map(\.message))")
        let text = try folder.read("tr/a.xml")
        // The new attribution keeps the translation's own footnote at its place.
        #expect(text.contains("<attribution>Ü: Ein Gast<footnote xml:id=\"a-fn9\"><para>1951 tarihli mektup.</para></footnote></attribution>"),
            "\(text)")
    }

    @Test("an XLIFF translation carries the attribution into the publication's quotation")
    func xliffTranslationRendersTheAttribution() throws {
        func unit(_ id: String, _ source: String, _ target: String) -> String {
            "<unit id=\"\(id)\"><segment state=\"final\"><source>\(source)</source><target>\(target)</target></segment></unit>"
        }
        let units = [
            unit("a", "Titel", "Başlık"), unit("a-p1", "Ein Absatz.", "Bir paragraf."),
            unit("a-q1", "Ein Zitat.", "Bir alıntı."),
            unit("a-q1-attribution", "Bürgermeisterin einer Beispielstadt", "Örnek bir şehrin belediye başkanı"),
            unit("a-p2", "Noch ein Absatz.", "Bir paragraf daha."), unit("a-q2", "Noch ein Zitat.", "Bir alıntı daha."),
        ].joined(separator: "\n")
        let xliff = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="tr">
            <file id="f1">
            \(units)
            </file>
            </xliff>

            """
        let folder = try TemporaryFolder.contribution("attribution-xliff", original: Self.original(), translation: xliff,
            translationPath: "tr/a.xlf")
        defer { folder.remove() }
        let alignment = try #require(try VolumeOperations.check(in: folder.url).contributions.first?.alignment)
        #expect(alignment.method == .xliff)
        let row = try #require(alignment.rows.first { $0.germanSegmentIDs == ["a-q1"] })
        guard case .quote(let quote)? = row.turkish else {
            Issue.record("the quotation has no Turkish block: \(row)")
            return
        }
        #expect(quote.attribution.plainText == "Örnek bir şehrin belediye başkanı")
        #expect(alignment.blockStates["a-q1-attribution"]?.status == .current)
        #expect(alignment.blockStates["a-q2-attribution"]?.status == .missing)
        #expect(alignment.diagnostics.filter { $0.code == PairingDiagnostics.missing.code }.map(\.unit) == ["a-q2-attribution"])
        #expect(alignment.counts.segments == 7 && alignment.counts.translated == 6)
        #expect(!alignment.diagnostics.contains { $0.code == PairingDiagnostics.unknownUnit.code })
    }

    @Test("an attribution's unit counts even when its quotation's unit is missing, and matches its block")
    func attributionUnitWithoutTheQuotationsUnit() throws {
        let xliff = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="tr">
            <file id="f1">
            <unit id="a-q1-attribution"><segment state="final"><source>Bürgermeisterin einer Beispielstadt</source><target>Örnek bir şehrin belediye başkanı</target></segment></unit>
            </file>
            </xliff>

            """
        let folder = try TemporaryFolder.contribution("attribution-alone", original: Self.original(), translation: xliff,
            translationPath: "tr/a.xlf")
        defer { folder.remove() }
        let alignment = try #require(try VolumeOperations.check(in: folder.url).contributions.first?.alignment)
        #expect(alignment.counts.segments == 7)
        #expect(alignment.counts.translated == 1 && alignment.counts.missing == 6, "\(alignment.counts)")
        #expect(alignment.blockStates["a-q1-attribution"]?.status == .current)
        #expect(!alignment.diagnostics.contains { $0.code == PairingDiagnostics.unknownUnit.code },
            "\(alignment.diagnostics.map(\.message))")
        // One finding for the quotation, none of its own for the attribution the quotation's finding covers.
        #expect(alignment.diagnostics.filter { $0.unit == "a-q2-attribution" }.isEmpty)
    }
}
