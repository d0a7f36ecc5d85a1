import Pairing
import Exchange
import Foundation
import FormatReaders
import PublicationCore
import Testing

/// Where imported blocks land in a DocBook translation that has ids.
@Suite("Import into a DocBook translation")
struct DocBookImportTests {
    static let original = """
        <?xml version="1.0" encoding="UTF-8"?>
        <article xmlns="http://docbook.org/ns/docbook" xmlns:xlink="http://www.w3.org/1999/xlink" version="5.0" xml:lang="de" xml:id="a">
          <info><title>Titel</title></info>
          <section xml:id="a-s1">
            <title>Erster Teil</title>
            <para xml:id="a-p1">Text mit <emphasis role="strong">Betonung</emphasis> und Fußnote.<footnote xml:id="a-fn1"><para>Quelle.</para></footnote></para>
            <itemizedlist>
              <listitem xml:id="a-i1"><para>Eins.</para></listitem>
              <listitem xml:id="a-i2"><para>Zwei.</para></listitem>
            </itemizedlist>
          </section>
          <section xml:id="a-s2">
            <title>Zweiter Teil</title>
            <para xml:id="a-p2">Ende mit <link xlink:href="https://example.org/">Link</link>.</para>
          </section>
        </article>

        """
    /// The translation lacks the title, the footnote, the first list item and the whole second section.
    static let translation = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- hand translation -->
        <article xmlns="http://docbook.org/ns/docbook" xmlns:xlink="http://www.w3.org/1999/xlink" version="5.0" xml:lang="tr" xml:id="a">
          <info><subtitle>Alt başlık</subtitle></info>
          <section xml:id="a-s1">
            <title>Birinci bölüm</title>
            <para xml:id="a-p1">Metin <emphasis role="strong">vurgulu</emphasis> ve dipnotlu.</para>
            <itemizedlist>
              <listitem xml:id="a-i2"><para>İki.</para></listitem>
            </itemizedlist>
          </section>
        </article>

        """

    @Test("missing blocks go where the original has them; everything else stays")
    func placement() throws {
        let folder = try TemporaryFolder("docbook-import")
        defer { folder.remove() }
        try folder.write(Self.original, to: "de/a.xml")
        try folder.write(Self.translation, to: "tr/a.xml")
        try folder.write("title: {de: B, tr: C}\ncontributions:\n  - {id: a, original: de, german: de/a.xml, turkish: tr/a.xml}\n",
            to: "kopru.yaml")
        let exported = try VolumeOperations.export(in: folder.url, to: folder.file("out"), version: .v2_1)
        #expect(exported.first?.file.units.map(\.id) == ["a", "a-fn1", "a-i1", "a-s2", "a-p2"])
        let url = try #require(exported.first?.url)
        let exportedText = try String(contentsOf: url, encoding: .utf8)
        #expect(exportedText.contains(#"Ende mit <pc id="1" dataRefEnd="d2" dataRefStart="d1">Link</pc>."#))
        #expect(exportedText.contains(#"<data id="d1">&lt;link xlink:href="https://example.org/"&gt;</data>"#))
        try VolumeOperations.fill(url, state: "final")
        let report = try TranslationImporter(backupFolder: nil).importFiles([(url, "a.xlf")],
            into: try VolumeOperations.volume(in: folder.url))
        #expect(report.refused.isEmpty, "\(report.refused.map(\.message))")
        let text = try folder.read("tr/a.xml")
        #expect(text.contains("<!-- hand translation -->"))
        #expect(text.contains("<info><subtitle>Alt başlık</subtitle><title>Ü: Titel</title></info>"))
        #expect(text.contains(#"<para xml:id="a-p1">Metin <emphasis role="strong">vurgulu</emphasis> ve dipnotlu.<footnote xml:id="a-fn1"><para>Ü: Quelle.</para></footnote></para>"#))
        #expect(text.contains(#"<listitem xml:id="a-i1"><para>Ü: Eins.</para></listitem>"#))
        let first = try #require(text.range(of: "a-i1"))
        let second = try #require(text.range(of: "a-i2"))
        #expect(first.lowerBound < second.lowerBound)
        #expect(text.contains(#"<para xml:id="a-p2">Ü: Ende mit <link xlink:href="https://example.org/">Link</link>.</para>"#))
        #expect(text.contains(#"<section xml:id="a-s2">"#))
        let loaded = try VolumeOperations.check(in: folder.url)
        let counts = try #require(loaded.contributions.first?.alignment.counts)
        #expect(counts.translated == counts.segments && counts.missing == 0, "\(counts)")
        #expect(try XMLLint.isWellFormed(folder.file("tr/a.xml")))
    }

    /// An original with every kind of block that import inserts: the title, the subtitle, a byline with
    /// a name and an organisation, paragraphs, a footnote, a list item and a section.
    static let fullOriginal = """
        <?xml version="1.0" encoding="UTF-8"?>
        <article xmlns="http://docbook.org/ns/docbook" xmlns:xlink="http://www.w3.org/1999/xlink" version="5.0" xml:lang="de" xml:id="a">
          <info>
            <title>Titel</title>
            <subtitle>Untertitel</subtitle>
            <author><personname>Die Integrationsbeauftragte</personname><affiliation><orgname>Stadt Beispielheim</orgname></affiliation></author>
          </info>
          <section xml:id="a-s1">
            <title>Erster Teil</title>
            <para xml:id="a-p1">Text mit <emphasis role="strong">Betonung</emphasis> und Fußnote.<footnote xml:id="a-fn1"><para>Quelle.</para></footnote></para>
            <para xml:id="a-p2">Zweiter <emphasis>Absatz</emphasis>.</para>
            <itemizedlist>
              <listitem xml:id="a-i1"><para>Eins.</para></listitem>
              <listitem xml:id="a-i2"><para>Zwei.</para></listitem>
            </itemizedlist>
          </section>
          <section xml:id="a-s2">
            <title>Zweiter Teil</title>
            <para xml:id="a-p3">Ende mit <link xlink:href="https://example.org/">Link</link>.</para>
          </section>
        </article>

        """

    /// A translation whose root binds DocBook to the prefix `db`, with or without an `<info>` (whose author
    /// then has a name but no organisation).
    static func prefixedTranslation(hasInfo: Bool) -> String {
        let info = hasInfo ? "\n  <db:info><db:author><db:personname>Uyum Sorumlusu</db:personname></db:author></db:info>" : ""
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <db:article xmlns:db="http://docbook.org/ns/docbook" xmlns:xlink="http://www.w3.org/1999/xlink" version="5.0" xml:lang="tr" xml:id="a">\(info)
              <db:section xml:id="a-s1">
                <db:title>Birinci bölüm</db:title>
                <db:para xml:id="a-p1">Metin <db:emphasis role="strong">vurgulu</db:emphasis> ve dipnotlu.</db:para>
                <db:itemizedlist>
                  <db:listitem xml:id="a-i2"><db:para>İki.</db:para></db:listitem>
                </db:itemizedlist>
              </db:section>
            </db:article>

            """
    }

    @Test("blocks imported into a translation that binds DocBook to a prefix take the prefix and are read back as its text",
        arguments: [false, true])
    func prefixedNamespace(hasInfo: Bool) throws {
        let folder = try TemporaryFolder.contribution("docbook-prefix", original: Self.fullOriginal,
            translation: Self.prefixedTranslation(hasInfo: hasInfo))
        defer { folder.remove() }
        let (file, report) = try VolumeOperations.roundTrip(in: folder)
        #expect(Set(file.units.map(\.id)) == Set(["a", "a-subtitle", "a-author-1-org", "a-fn1", "a-p2", "a-i1", "a-s2", "a-p3"]
            + (hasInfo ? [] : ["a-author-1"])))
        #expect(report.refused.isEmpty, "\(report.refused.map(\.message))")
        let text = try folder.read("tr/a.xml")
        #expect(try XMLLint.isWellFormed(folder.file("tr/a.xml")))
        // No element without the prefix: every inserted one is in the DocBook namespace.
        let unprefixed = text.matches(of: /<\/?[A-Za-z][A-Za-z0-9-]*[\s>\/]/).map { String($0.output) }
        #expect(unprefixed.isEmpty, "\(text)")
        #expect(text.contains(#"<db:para xml:id="a-p2">Ü: Zweiter <db:emphasis>Absatz</db:emphasis>.</db:para>"#), "\(text)")
        #expect(text.contains(#"<db:para xml:id="a-p3">Ü: Ende mit <db:link xlink:href="https://example.org/">Link</db:link>.</db:para>"#), "\(text)")

        // The DocBook reader reads the inserted text as part of the contribution.
        let loaded = DocumentLoader().load(contentsOf: folder.file("tr/a.xml"), displayPath: "tr/a.xml")
        #expect(loaded.format == .docbook)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.message))")
        let document = try #require(loaded.contribution)
        #expect(document.info.title.plainText == "Ü: Titel")
        #expect(document.info.subtitle.plainText == "Ü: Untertitel")
        #expect(document.info.authors == [Author(name: hasInfo ? "Uyum Sorumlusu" : "Ü: Die Integrationsbeauftragte",
            organisation: "Ü: Stadt Beispielheim")])
        let blocks = Dictionary(TranslatableBlock.blocks(of: document).compactMap { block in block.id.map { ($0, block.text) } },
            uniquingKeysWith: { first, _ in first })
        #expect(blocks["a-fn1"] == "Ü: Quelle.")
        #expect(blocks["a-p2"] == "Ü: Zweiter Absatz.")
        #expect(blocks["a-i1"] == "Ü: Eins.")
        #expect(blocks["a-s2"] == "Ü: Zweiter Teil")
        #expect(blocks["a-p3"] == "Ü: Ende mit Link.")
        let counts = try #require(try VolumeOperations.check(in: folder.url).contributions.first?.alignment.counts)
        #expect(counts.translated == counts.segments && counts.missing == 0, "\(counts)")
    }

    @Test("a link imported into a translation that does not declare XLink as xlink: is written with the translation's own XLink prefix, or declares it",
        arguments: [
            #"<article xmlns="http://docbook.org/ns/docbook" version="5.0" xml:lang="tr" xml:id="a">"#,
            #"<db:article xmlns:db="http://docbook.org/ns/docbook" version="5.0" xml:lang="tr" xml:id="a">"#,
            #"<article xmlns="http://docbook.org/ns/docbook" xmlns:xl="http://www.w3.org/1999/xlink" version="5.0" xml:lang="tr" xml:id="a">"#,
        ])
    func linkWithoutXLinkDeclaration(root: String) throws {
        let prefix = root.hasPrefix("<db:") ? "db:" : ""
        let translation = """
            <?xml version="1.0" encoding="UTF-8"?>
            \(root)
              <\(prefix)info><\(prefix)title>Başlık</\(prefix)title></\(prefix)info>
              <\(prefix)para xml:id="a-p1">Bir.</\(prefix)para>
            </\(prefix)article>

            """
        let original = """
            <?xml version="1.0" encoding="UTF-8"?>
            <article xmlns="http://docbook.org/ns/docbook" xmlns:xlink="http://www.w3.org/1999/xlink" version="5.0" xml:lang="de" xml:id="a">
              <info><title>Titel</title></info>
              <para xml:id="a-p1">Eins.</para>
              <para xml:id="a-p2">Siehe <link xlink:href="https://example.org/">die Seite</link>.</para>
            </article>

            """
        let folder = try TemporaryFolder.contribution("docbook-xlink", original: original, translation: translation)
        defer { folder.remove() }
        let (file, report) = try VolumeOperations.roundTrip(in: folder)
        #expect(file.units.map(\.id) == ["a-p2"])
        #expect(report.refused.isEmpty, "\(report.refused.map(\.message))")
        let text = try folder.read("tr/a.xml")
        let link = root.contains("xmlns:xl=") ? #"<link xl:href="https://example.org/">"#
            : #"<\#(prefix)link xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="https://example.org/">"#
        #expect(text.contains(#"<\#(prefix)para xml:id="a-p2">Ü: Siehe \#(link)die Seite</\#(prefix)link>.</\#(prefix)para>"#), "\(text)")
        let loaded = DocumentLoader().load(contentsOf: folder.file("tr/a.xml"), displayPath: "tr/a.xml")
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.message))\n\(text)")
        let document = try #require(loaded.contribution)
        #expect(document.blocks.last == .paragraph(Paragraph(id: "a-p2", content: [
            .text("Ü: Siehe "), .link(href: "https://example.org/", [.text("die Seite")]), .text("."),
        ], location: document.blocks.last?.location)), "\(text)")
    }
}
