import Assembly
import Exchange
import Foundation
import Pairing
import PublicationCore
import Testing

/// The byline (each author's name or role, and organisation) is translated like any other block.
@Suite("Bylines")
struct BylineTests {
    static let original = """
        <?xml version="1.0" encoding="UTF-8"?>
        <article xmlns="http://docbook.org/ns/docbook" version="5.0" xml:lang="de" xml:id="a">
          <info>
            <title>Titel</title>
            <author>
              <personname>Die Integrationsbeauftragte</personname>
              <affiliation><orgname>Stadt Beispielheim</orgname></affiliation>
            </author>
            <author><personname>Der Sozialdezernent</personname></author>
          </info>
          <para xml:id="a-p1">Ein Absatz.</para>
        </article>

        """

    /// The first author is translated without an organisation; the second author is missing.
    static let translation = """
        <?xml version="1.0" encoding="UTF-8"?>
        <article xmlns="http://docbook.org/ns/docbook" version="5.0" xml:lang="tr" xml:id="a">
          <info>
            <title>Başlık</title>
            <author>
              <personname>Uyum Sorumlusu</personname>
            </author>
          </info>
          <para xml:id="a-p1">Bir paragraf.</para>
        </article>

        """

    static func volume(translation: String = translation, lock: String = "") throws -> TemporaryFolder {
        try TemporaryFolder.contribution("byline", original: original, translation: translation, lock: lock)
    }

    @Test("each name and organisation is counted; a missing one is reported with its unit id")
    func countedAndReported() throws {
        let folder = try Self.volume()
        defer { folder.remove() }
        let loaded = try VolumeOperations.check(in: folder.url)
        let alignment = try #require(loaded.contributions.first?.alignment)
        // Title, 2 names, 1 organisation, 1 paragraph.
        #expect(alignment.counts.segments == 5)
        #expect(alignment.counts.translated == 3)
        #expect(alignment.counts.missing == 2)
        let missing = alignment.diagnostics.filter { $0.code == PairingDiagnostics.missing.code }
        #expect(missing.compactMap(\.unit) == ["a-author-1-org", "a-author-2"])
        #expect(missing.allSatisfy { $0.remedy?.contains("<author>") == true })
        #expect(alignment.translatedAuthors == [Author(name: "Uyum Sorumlusu", organisation: ""), Author(name: "")])
        let turkish = try #require(loaded.publication.contributions.first?.authors[.turkish])
        #expect(turkish.map(\.name) == ["Uyum Sorumlusu", ""])
    }

    @Test("a missing byline shows the placeholder in the translation's language, never the original's words",
        arguments: [PublicationEdition.reader, .editor])
    func placeholderInThePublication(edition: PublicationEdition) throws {
        let folder = try Self.volume()
        defer { folder.remove() }
        let publication = try VolumeOperations.check(in: folder.url).publication
        var options = PublicationWriterOptions()
        options.edition = edition
        let html = HTMLWriter(options: options).page(for: publication, layout: .parallel)
        let byline = try #require(html.components(separatedBy: "<p class=\"byline\" lang=\"tr\">").dropFirst().first?
            .components(separatedBy: "</p>").first)
        let mark = edition == .editor ? "placeholder-mark" : "translation-pending"
        let placeholder = "<span class=\"\(mark)\" lang=\"tr\">Çeviri hazırlanıyor</span>"
        #expect(byline == "Uyum Sorumlusu, <span class=\"organisation\">\(placeholder)</span>; \(placeholder)", "\(byline)")
        #expect(!html.contains("toc-authors\">Uyum Sorumlusu, Der Sozialdezernent"))
    }

    @Test("an author with only an organisation shows no placeholder for a name, on either side")
    func authorWithOnlyAnOrganisation() throws {
        let original = Self.original.replacingOccurrences(of: "<author><personname>Der Sozialdezernent</personname></author>",
            with: "<author><affiliation><orgname>Landkreis Beispiel</orgname></affiliation></author>")
        #expect(original != Self.original, "the scenario no longer applies")
        let folder = try TemporaryFolder.contribution("byline-organisation", original: original, translation: Self.translation)
        defer { folder.remove() }
        let publication = try VolumeOperations.check(in: folder.url).publication
        let html = HTMLWriter(options: PublicationWriterOptions()).page(for: publication, layout: .parallel)
        let german = try #require(html.components(separatedBy: "<p class=\"byline\" lang=\"de\">").dropFirst().first?
            .components(separatedBy: "</p>").first)
        #expect(!german.contains("Übersetzung") && !german.contains("placeholder"), "\(german)")
        #expect(german.hasSuffix("<span class=\"organisation\">Landkreis Beispiel</span>"), "\(german)")
        let turkish = try #require(html.components(separatedBy: "<p class=\"byline\" lang=\"tr\">").dropFirst().first?
            .components(separatedBy: "</p>").first)
        // The second author's organisation has no translation: one placeholder, in Turkish.
        #expect(turkish.components(separatedBy: "Çeviri hazırlanıyor").count == 3, "\(turkish)")
        #expect(!turkish.contains("Landkreis"), "\(turkish)")
    }

    @Test("the missing pieces are exported and imported into <info>; the check is then complete")
    func exportAndImport() throws {
        let folder = try Self.volume()
        defer { folder.remove() }
        let trip = try VolumeOperations.roundTrip(in: folder, version: .v1_2, state: "translated")
        #expect(trip.file.units.map(\.id) == ["a-author-1-org", "a-author-2"])
        #expect(trip.file.units.first?.notes.contains { $0.text == "Byline: the organisation of author 1" } == true)
        let report = trip.report
        #expect(report.refused.isEmpty, "\(report.refused.map(\.message))")
        let text = try folder.read("tr/a.xml")
        #expect(text.contains("<personname>Uyum Sorumlusu</personname>"))
        #expect(text.contains("<affiliation><orgname>Ü: Stadt Beispielheim</orgname></affiliation>"), "\(text)")
        #expect(text.contains("<author><personname>Ü: Der Sozialdezernent</personname></author>"), "\(text)")
        #expect(try XMLLint.isWellFormed(folder.file("tr/a.xml")))
        let counts = try #require(try VolumeOperations.check(in: folder.url).contributions.first?.alignment.counts)
        #expect(counts.translated == counts.segments && counts.missing == 0, "\(counts)")
    }

    @Test("an organisation written beside the person's name is replaced where it is, and an authorgroup counts its authors")
    func organisationBesideTheNameAndAuthorGroup() throws {
        let translation = Self.translation.replacingOccurrences(of: """
                <author>
                  <personname>Uyum Sorumlusu</personname>
                </author>
            """, with: """
                <authorgroup>
                  <author><personname>Uyum Sorumlusu</personname><orgname>Eski ad</orgname></author>
                </authorgroup>
            """)
        #expect(translation != Self.translation, "the scenario no longer applies")
        // The organisation beside the name is the first author's; it was confirmed for another original.
        let folder = try Self.volume(translation: translation,
            lock: "a\ta-author-1-org\tde\t\(Fingerprint.of("Stadt Musterheim"))\n")
        defer { folder.remove() }
        let trip = try VolumeOperations.roundTrip(in: folder, version: .v2_1, state: "final")
        #expect(trip.file.units.map(\.id) == ["a-author-1-org", "a-author-2"])
        let text = try folder.read("tr/a.xml")
        #expect(text.contains("<author><personname>Uyum Sorumlusu</personname><orgname>Ü: Stadt Beispielheim</orgname></author>"),
            "\(text)")
        #expect(text.components(separatedBy: "<orgname>").count == 2, "\(text)")
        #expect(text.contains("<author><personname>Ü: Der Sozialdezernent</personname></author>"), "\(text)")
        #expect(try XMLLint.isWellFormed(folder.file("tr/a.xml")))
        let counts = try #require(try VolumeOperations.check(in: folder.url).contributions.first?.alignment.counts)
        #expect(counts.missing == 0 && counts.outdated == 0, "\(counts)")
    }

    @Test("a translation that does not exist yet is written with its byline")
    func newTranslationHasTheByline() throws {
        let folder = try Self.volume()
        defer { folder.remove() }
        try FileManager.default.removeItem(at: folder.file("tr/a.xml"))
        let trip = try VolumeOperations.roundTrip(in: folder, version: .v2_1, state: "final")
        #expect(trip.file.units.map(\.id) == ["a", "a-author-1", "a-author-1-org", "a-author-2", "a-p1"])
        let report = trip.report
        #expect(report.refused.isEmpty, "\(report.refused.map(\.message))")
        let text = try folder.read("tr/a.xml")
        #expect(text.contains("<author><personname>Ü: Die Integrationsbeauftragte</personname><affiliation><orgname>Ü: Stadt Beispielheim</orgname></affiliation></author>"),
            "\(text)")
        #expect(text.contains("<author><personname>Ü: Der Sozialdezernent</personname></author>"))
        let counts = try #require(try VolumeOperations.check(in: folder.url).contributions.first?.alignment.counts)
        #expect(counts.translated == counts.segments && counts.missing == 0, "\(counts)")
    }

    @Test("a new translation with only its second author translated keeps that author in second place")
    func newTranslationKeepsAuthorPositions() throws {
        let folder = try Self.volume()
        defer { folder.remove() }
        try FileManager.default.removeItem(at: folder.file("tr/a.xml"))
        let exported = try VolumeOperations.export(in: folder.url, to: folder.file("out"), version: .v2_1)
        let url = try #require(exported.first?.url)
        // The translator returns the second author's name only.
        try VolumeOperations.fill(url, state: "final") { id, source in
            guard id == "a-author-2" else { return nil }
            var target = InlineText("Ü: ")
            for element in source.elements { target.append(element) }
            return target
        }
        let report = try TranslationImporter(backupFolder: nil).importFiles([(url, "a.xlf")],
            into: try VolumeOperations.volume(in: folder.url))
        #expect(report.refused.isEmpty, "\(report.refused.map(\.message))")
        let text = try folder.read("tr/a.xml")
        #expect(text.contains("<author><personname/></author>\n    <author><personname>Ü: Der Sozialdezernent</personname></author>"),
            "\(text)")
        let alignment = try #require(try VolumeOperations.check(in: folder.url).contributions.first?.alignment)
        #expect(alignment.blockStates["a-author-2"]?.status == .current, "\(alignment.blockStates)")
        #expect(alignment.blockStates["a-author-1"]?.status == .missing, "\(alignment.blockStates)")
    }

    @Test("an empty <author/> keeps its place: the second author pairs with the original's second, and the import fills the first")
    func emptyAuthorKeepsItsPlace() throws {
        let translation = Self.translation.replacingOccurrences(of: """
                <author>
                  <personname>Uyum Sorumlusu</personname>
                </author>
            """, with: """
                <author/>
                <author><personname>Sosyal İşler Sorumlusu</personname></author>
            """)
        #expect(translation != Self.translation, "the scenario no longer applies")
        let folder = try Self.volume(translation: translation)
        defer { folder.remove() }
        let alignment = try #require(try VolumeOperations.check(in: folder.url).contributions.first?.alignment)
        #expect(alignment.blockStates["a-author-2"]?.status == .current, "\(alignment.blockStates)")
        #expect(alignment.blockStates["a-author-1"]?.status == .missing, "\(alignment.blockStates)")
        #expect(alignment.translatedAuthors?.map(\.name) == ["", "Sosyal İşler Sorumlusu"])
        let trip = try VolumeOperations.roundTrip(in: folder, version: .v2_1, state: "final")
        #expect(trip.file.units.map(\.id) == ["a-author-1", "a-author-1-org"])
        #expect(trip.report.refused.isEmpty, "\(trip.report.refused.map(\.message))")
        let text = try folder.read("tr/a.xml")
        #expect(text.contains("<personname>Ü: Die Integrationsbeauftragte</personname>"), "\(text)")
        #expect(text.contains("<author><personname>Sosyal İşler Sorumlusu</personname></author>"), "\(text)")
        #expect(!text.contains("Ü: Der Sozialdezernent"), "\(text)")
        #expect(try XMLLint.isWellFormed(folder.file("tr/a.xml")))
        let counts = try #require(try VolumeOperations.check(in: folder.url).contributions.first?.alignment.counts)
        #expect(counts.missing == 0 && counts.translated == counts.segments, "\(counts)")
    }

    @Test("a corporate author's name stays its name when only its organisation is imported")
    func corporateAuthor() throws {
        let translation = Self.translation.replacingOccurrences(of: "<personname>Uyum Sorumlusu</personname>",
            with: "<orgname>Uyum Ofisi</orgname>")
        #expect(translation != Self.translation, "the scenario no longer applies")
        let folder = try Self.volume(translation: translation)
        defer { folder.remove() }
        let trip = try VolumeOperations.roundTrip(in: folder, version: .v2_1, state: "final")
        #expect(trip.file.units.map(\.id) == ["a-author-1-org", "a-author-2"])
        let text = try folder.read("tr/a.xml")
        #expect(text.contains("<orgname>Uyum Ofisi</orgname>"), "\(text)")
        #expect(text.contains("<affiliation><orgname>Ü: Stadt Beispielheim</orgname></affiliation>"), "\(text)")
        let loaded = try VolumeOperations.check(in: folder.url)
        #expect(loaded.contributions.first?.alignment.translatedAuthors?.first
            == Author(name: "Uyum Ofisi", organisation: "Ü: Stadt Beispielheim"))
    }

    @Test("a byline changed after its translation was confirmed is outdated for the check and the export")
    func changedByline() throws {
        let fingerprint = Fingerprint.of("Stadt Musterheim")
        let folder = try Self.volume(translation: Self.translation.replacingOccurrences(of: "<personname>Uyum Sorumlusu</personname>",
            with: "<personname>Uyum Sorumlusu</personname><affiliation><orgname>Beispielheim Belediyesi</orgname></affiliation>"),
            lock: "a\ta-author-1-org\tde\t\(fingerprint)\n")
        defer { folder.remove() }
        let alignment = try #require(try VolumeOperations.check(in: folder.url).contributions.first?.alignment)
        #expect(alignment.diagnostics.filter { $0.code == PairingDiagnostics.outdated.code }.map(\.unit) == ["a-author-1-org"])
        let state = try VolumeOperations.volume(in: folder.url).contributions.first?.states["a-author-1-org"]
        #expect(state?.status == .outdated)
    }
}
