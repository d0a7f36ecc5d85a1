import Exchange
import Foundation
import Pairing
import PublicationCore
import Testing

/// A figure's alternative text is translated apart from its title; a figure without a title is its
/// alternative text.
@Suite("Alternative texts of figures")
struct AlternativeTextTests {
    static func original(alternativeText: String = "Zwei Sprechblasen über einer Tasse") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <article xmlns="http://docbook.org/ns/docbook" version="5.0" xml:lang="de" xml:id="a">
          <info><title>Titel</title></info>
          <para xml:id="a-p1">Ein Absatz.</para>
          <figure xml:id="a-fig1">
            <title>Das Zeichen</title>
            <mediaobject>
              <imageobject><imagedata fileref="zeichen.svg"/></imageobject>
              <textobject><phrase>\(alternativeText)</phrase></textobject>
            </mediaobject>
          </figure>
          <informalfigure xml:id="a-fig2">
            <mediaobject><textobject><phrase>Ein Foto des Rathauses</phrase></textobject></mediaobject>
          </informalfigure>
        </article>

        """
    }

    /// The titled figure has no alternative text in Turkish; the untitled one is still German.
    static let translation = """
        <?xml version="1.0" encoding="UTF-8"?>
        <article xmlns="http://docbook.org/ns/docbook" version="5.0" xml:lang="tr" xml:id="a">
          <info><title>Başlık</title></info>
          <para xml:id="a-p1">Bir paragraf.</para>
          <figure xml:id="a-fig1">
            <title>İşaret</title>
            <mediaobject>
              <imageobject><imagedata fileref="zeichen.svg"/></imageobject>
            </mediaobject>
          </figure>
          <informalfigure xml:id="a-fig2">
            <mediaobject><textobject><phrase>Ein Foto des Rathauses</phrase></textobject></mediaobject>
          </informalfigure>
        </article>

        """

    static func volume(original: String = original(), lock: String = "") throws -> TemporaryFolder {
        try TemporaryFolder.contribution("alternative-text", original: original, translation: translation, lock: lock)
    }

    @Test("the title and the alternative text are two blocks; an untitled figure is one")
    func pieces() throws {
        let folder = try Self.volume()
        defer { folder.remove() }
        let loaded = try VolumeOperations.check(in: folder.url)
        let alignment = try #require(loaded.contributions.first?.alignment)
        // Title, paragraph, figure title, its alternative text, the untitled figure.
        #expect(alignment.counts.segments == 5)
        #expect(alignment.counts.missing == 1)
        let missing = alignment.diagnostics.filter { $0.code == PairingDiagnostics.missing.code }
        #expect(missing.map(\.unit) == ["a-fig1-alt"])
        #expect(missing.first?.message.contains("alternative text of figure \"a-fig1\"") == true)
        // The file counts what the contribution counts.
        #expect(loaded.files.first { $0.path == "de/a.xml" }?.statistics.segments == 5)
    }

    @Test("a changed alternative text is outdated once its translation was confirmed")
    func changedAlternativeText() throws {
        let fingerprint = Fingerprint.of("Ein Foto des alten Rathauses")
        let folder = try Self.volume(lock: "a\ta-fig2\tde\t\(fingerprint)\n")
        defer { folder.remove() }
        let alignment = try #require(try VolumeOperations.check(in: folder.url).contributions.first?.alignment)
        #expect(alignment.diagnostics.filter { $0.code == PairingDiagnostics.outdated.code }.map(\.unit) == ["a-fig2"])
    }

    @Test("a lock entry that fingerprinted a figure's title and alternative text together still confirms it")
    func lockEntryOfTitleAndAlternativeTextTogether() throws {
        let together = Fingerprint.of("Das Zeichen Zwei Sprechblasen über einer Tasse")
        let current = try Self.volume(lock: "a\ta-fig1\tde\t\(together)\n")
        defer { current.remove() }
        let alignment = try #require(try VolumeOperations.check(in: current.url).contributions.first?.alignment)
        #expect(alignment.counts.outdated == 0)
        let changed = try Self.volume(original: Self.original(alternativeText: "Drei Sprechblasen"),
            lock: "a\ta-fig1\tde\t\(together)\n")
        defer { changed.remove() }
        let outdated = try #require(try VolumeOperations.check(in: changed.url).contributions.first?.alignment)
        #expect(outdated.diagnostics.filter { $0.code == PairingDiagnostics.outdated.code }.map(\.unit) == ["a-fig1"])
    }

    @Test("an XLIFF unit made when a figure's title and alternative text were one block is not outdated")
    func xliffUnitOfTitleAndAlternativeTextTogether() throws {
        func unit(_ id: String, _ source: String, _ target: String) -> String {
            "<trans-unit id=\"\(id)\"><source>\(source)</source><target state=\"final\">\(target)</target></trans-unit>"
        }
        let units = [
            unit("a", "Titel", "Başlık"), unit("a-p1", "Ein Absatz.", "Bir paragraf."),
            unit("a-fig1", "Das Zeichen Zwei Sprechblasen über einer Tasse", "İşaret Bir fincanın üzerinde iki konuşma balonu"),
            unit("a-fig2", "Ein Foto des Rathauses", "Belediye binasının bir fotoğrafı"),
        ].joined(separator: "\n")
        let xliff = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
            <file original="a.xml" datatype="xml" source-language="de" target-language="tr"><body>
            \(units)
            </body></file>
            </xliff>

            """
        let folder = try TemporaryFolder.contribution("alternative-text-xliff", original: Self.original(), translation: xliff,
            translationPath: "tr/a.xlf")
        defer { folder.remove() }
        let alignment = try #require(try VolumeOperations.check(in: folder.url).contributions.first?.alignment)
        #expect(alignment.counts.outdated == 0, "\(alignment.diagnostics.map(\.message))")
        #expect(alignment.blockStates["a-fig1"]?.status == .current)
        #expect(alignment.blockStates["a-fig1-alt"]?.status == .missing)
    }

    @Test("import writes the alternative text into the figure's mediaobject, not into its title")
    func importIntoTheFigure() throws {
        let folder = try Self.volume()
        defer { folder.remove() }
        let trip = try VolumeOperations.roundTrip(in: folder, version: .v2_1, state: "final")
        #expect(trip.file.units.map(\.id) == ["a-fig1-alt"])
        #expect(trip.file.units.first?.notes.contains { $0.text.hasPrefix("Alternative text of figure a-fig1") } == true)
        let report = trip.report
        #expect(report.refused.isEmpty, "\(report.refused.map(\.message))")
        let text = try folder.read("tr/a.xml")
        #expect(text.contains("<title>İşaret</title>"), "\(text)")
        #expect(text.contains(#"<imagedata fileref="zeichen.svg"/></imageobject>"#))
        #expect(text.contains("<textobject><phrase>Ü: Zwei Sprechblasen über einer Tasse</phrase></textobject>"), "\(text)")
        #expect(try XMLLint.isWellFormed(folder.file("tr/a.xml")))
        let counts = try #require(try VolumeOperations.check(in: folder.url).contributions.first?.alignment.counts)
        #expect(counts.missing == 0 && counts.translated == counts.segments, "\(counts)")
    }

    @Test("an alternative text written as textobject/para is replaced where it is, not doubled")
    func alternativeTextAsParagraph() throws {
        let translation = Self.translation.replacingOccurrences(of: """
                  <imageobject><imagedata fileref="zeichen.svg"/></imageobject>
                </mediaobject>
            """, with: """
                  <imageobject><imagedata fileref="zeichen.svg"/></imageobject>
                  <textobject><para>Eski açıklama</para></textobject>
                </mediaobject>
            """)
        #expect(translation != Self.translation, "the scenario no longer applies")
        let folder = try TemporaryFolder.contribution("alternative-text-para", original: Self.original(),
            translation: translation, lock: "a\ta-fig1-alt\tde\t\(Fingerprint.of("Eine Sprechblase"))\n")
        defer { folder.remove() }
        let trip = try VolumeOperations.roundTrip(in: folder, version: .v2_1, state: "final")
        #expect(trip.file.units.map(\.id) == ["a-fig1-alt"])
        let text = try folder.read("tr/a.xml")
        #expect(text.contains("<textobject><para>Ü: Zwei Sprechblasen über einer Tasse</para></textobject>"), "\(text)")
        #expect(text.components(separatedBy: "<textobject>").count == 3, "\(text)")
        let alignment = try #require(try VolumeOperations.check(in: folder.url).contributions.first?.alignment)
        #expect(alignment.counts.outdated == 0 && alignment.counts.missing == 0, "\(alignment.counts)")
    }

    @Test("an untitled figure's unit replaces its alternative text")
    func untitledFigure() throws {
        let folder = try Self.volume(lock: "a\ta-fig2\tde\t\(Fingerprint.of("Ein Foto des alten Rathauses"))\n")
        defer { folder.remove() }
        let exported = try VolumeOperations.export(in: folder.url, to: folder.file("out"), version: .v1_2)
        let file = try #require(exported.first)
        #expect(Set(file.file.units.map(\.id)) == ["a-fig1-alt", "a-fig2"])
        try VolumeOperations.fill(file.url, state: "translated")
        let report = try TranslationImporter(backupFolder: nil).importFiles([(file.url, "a.xlf")],
            into: try VolumeOperations.volume(in: folder.url))
        #expect(report.refused.isEmpty, "\(report.refused.map(\.message))")
        let text = try folder.read("tr/a.xml")
        #expect(text.contains("<textobject><phrase>Ü: Ein Foto des Rathauses</phrase></textobject>"), "\(text)")
        #expect(!text.contains("<title>Ü: Ein Foto"))
    }
}
