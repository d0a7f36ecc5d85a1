import FormatReaders
import Foundation
import Pairing
import PublicationCore
import Testing
import TestSupport

/// The sample volume's contributions (Sources-de/, Sources-tr/) and small constructed documents.
@Suite("Pairing a contribution with its translation")
struct ContributionPairerTests {
    struct Read {
        var document: ContributionDocument?
        var units: [TranslationUnit]
    }

    func read(_ path: String) -> Read {
        var units: [TranslationUnit] = []
        let loaded = DocumentLoader().load(contentsOf: Corpus.repositoryRoot.appendingPathComponent(path),
            displayPath: path) { units.append($0) }
        return Read(document: loaded.contribution, units: units)
    }

    func pair(_ id: String, original: String, translation: String, lock: LockFile = LockFile()) -> ContributionAlignment {
        let originalDocument = read(original).document!
        let translated = read(translation)
        let source: TranslationSource = translated.document.map { .document($0, path: translation) }
            ?? .units(translated.units, path: translation)
        return ContributionPairer(lock: lock).pair(id: id, original: originalDocument, originalPath: original,
            translation: source)
    }

    @Test("an empty block or footnote of a DocBook translation is an empty translation, not a translated one")
    func emptyBlocksAreNotTranslations() throws {
        func document(_ language: String, _ body: String) throws -> ContributionDocument {
            let text = """
                <article xmlns="http://docbook.org/ns/docbook" version="5.0" xml:lang="\(language)" xml:id="e">
                  <title>\(language == "de" ? "Titel" : "Başlık")</title>
                  \(body)
                </article>
                """
            return try #require(DocumentLoader().load(Data(text.utf8), displayPath: "\(language).xml").contribution)
        }
        let german = try document("de", """
            <para xml:id="e-p1">Erster Absatz.</para>
            <para xml:id="e-p2">Zweiter Absatz.<footnote xml:id="e-fn1"><para>Fußnote.</para></footnote></para>
            """)
        let turkish = try document("tr", """
            <para xml:id="e-p1">  </para>
            <para xml:id="e-p2">İkinci paragraf.<footnote xml:id="e-fn1"><para/></footnote></para>
            """)
        let result = ContributionPairer(lock: LockFile()).pair(id: "e", original: german, originalPath: "de.xml",
            translation: .document(turkish, path: "tr.xml"))
        #expect(result.blockStates["e-p1"]?.status == .empty)
        #expect(result.blockStates["e-fn1"]?.status == .empty)
        #expect(result.blockStates["e-p2"]?.status == .current)
        #expect(result.counts.missing == 2)
        let messages = result.diagnostics.filter { $0.code == "align.missing" }.map(\.message)
        #expect(messages.contains { $0.contains("paragraph \"e-p1\"") && $0.contains("is empty") }, "\(messages)")
        #expect(messages.contains { $0.contains("footnote \"e-fn1\"") && $0.contains("empty in the translation") }, "\(messages)")
    }

    @Test("Şişli: pairing by ids finds the two paragraphs missing in German, at their place in the original")
    func sisliMissingParagraphs() {
        let result = pair("07-sisli", original: "Sources-tr/07-sisli.xml", translation: "Sources-de/07-sisli.xml")
        #expect(result.method == .ids)
        #expect(result.counts.missing == 2)
        #expect(result.counts.translated == result.counts.segments - 2)
        let missing = result.diagnostics.filter { $0.code == "align.missing" }
        #expect(missing.map(\.unit) == ["sis-p4", "sis-p9"])
        #expect(missing.allSatisfy { $0.location?.file == "Sources-tr/07-sisli.xml" })
        #expect(missing.first?.message.contains("no German translation") == true)
        // The rows keep the original's order; a missing row has no German block.
        let missingRows = result.rows.filter { $0.status == .missingTranslation }
        #expect(missingRows.count == 2)
        #expect(missingRows.allSatisfy { $0.german == nil && $0.turkish != nil })
    }

    @Test("Saarbrücken: a half-done XLIFF 1.2 translation, one outdated unit, two to review, an empty target")
    func saarbrueckenXLIFF() {
        let result = pair("04-saarbruecken", original: "Sources-de/04-saarbruecken.xml",
            translation: "Sources-tr/04-saarbruecken.xlf")
        #expect(result.method == .xliff)
        // The translation carries no byline: its author and organisation are missing too.
        #expect(result.counts.segments == 19)
        #expect(result.counts.translated == 8)
        #expect(result.counts.needsReview == 2)
        #expect(result.counts.outdated == 1)
        #expect(result.counts.missing == 8)
        let outdated = result.diagnostics.first { $0.code == "align.outdated" }
        #expect(outdated?.unit == "saa-p4")
        #expect(outdated?.message.contains("31.12.2019") == true)
        #expect(outdated?.location?.file == "Sources-tr/04-saarbruecken.xlf")
        #expect(result.translatedTitle?.plainText.isEmpty == false)
    }

    @Test("Saarbrücken: a footnote of an XLIFF translation sits where the translator put its marker, not at the end")
    func footnoteAtItsMarker() throws {
        let result = pair("04-saarbruecken", original: "Sources-de/04-saarbruecken.xml",
            translation: "Sources-tr/04-saarbruecken.xlf")
        let row = try #require(result.rows.first { row in
            guard case .paragraph(let paragraph)? = row.turkish else { return false }
            return paragraph.content.contains { if case .footnote = $0 { true } else { false } }
        })
        guard case .paragraph(let paragraph)? = row.turkish else { return }
        let index = try #require(paragraph.content.firstIndex { if case .footnote = $0 { true } else { false } })
        #expect(index < paragraph.content.count - 1, "the footnote is the paragraph's last inline")
        guard case .text(let before)? = paragraph.content[..<index].last,
            case .text(let after)? = paragraph.content[(index + 1)...].first
        else {
            Issue.record("no text around the footnote: \(paragraph.content)")
            return
        }
        #expect(before.hasSuffix("çok daha ucuza mal oluyor."))
        #expect(after.hasPrefix(" Ayrıca"))
    }

    @Test("Sultanbeyli: an XLIFF 2.1 German translation of a Turkish original")
    func sultanbeyliXLIFF2() {
        let result = pair("08-sultanbeyli", original: "Sources-tr/08-sultanbeyli.xml",
            translation: "Sources-de/08-sultanbeyli.xlf")
        #expect(result.method == .xliff)
        #expect(result.counts.missing == 1)
        #expect(result.diagnostics.contains { $0.code == "align.missing" && $0.unit == "sul-p7" })
        // German is the translation: the German side of a translated row holds the XLIFF target.
        let row = result.rows.first { $0.turkishSegmentIDs == ["sul-p1"] }
        #expect(row?.german != nil && row?.status == .translated)
    }

    @Test("Altena: a hand translation without ids pairs by structure, with nothing missing")
    func altenaByStructure() {
        let result = pair("05-altena", original: "Sources-de/05-altena.xml", translation: "Sources-tr/05-altena.xml")
        #expect(result.method == .structure)
        #expect(result.counts.missing == 0)
        #expect(result.counts.additions == 0)
        #expect(result.counts.translated == result.counts.segments)
        // Headings pair with headings.
        for row in result.rows {
            if case .section? = row.german { if case .section? = row.turkish {} else { Issue.record("heading paired with a non-heading") } }
        }
    }

    @Test("a paragraph deleted from a translation without ids is reported where it is, not as a cascade")
    func deletedParagraphByStructure() {
        let original = document(.german, ["Erster Absatz über Sprachkurse in der Stadt.", "Zweiter Absatz, deutlich länger, über Wohnungen, Schulen und die vielen Ehrenamtlichen, die helfen.",
            "Dritter Absatz zum Abschluss.", "Vierter Absatz mit einem Dank an alle Beteiligten."], ids: true)
        let translation = document(.turkish, ["Şehirdeki dil kursları hakkında ilk paragraf.",
            "Sonuç olarak üçüncü paragraf.", "Tüm katılımcılara teşekkür içeren dördüncü paragraf."], ids: false)
        let result = ContributionPairer().pair(id: "x", original: original, originalPath: "de.xml",
            translation: .document(translation, path: "tr.xml"))
        #expect(result.method == .structure)
        #expect(result.counts.missing == 1)
        #expect(result.diagnostics.filter { $0.code == "align.missing" }.map(\.unit) == ["p2"])
        #expect(result.rows.map(\.status) == [.translated, .missingTranslation, .translated, .translated])
    }

    @Test("an original changed after its translation was confirmed is outdated by the lock file")
    func outdatedByLock() {
        let original = document(.german, ["Im Jahr 2020 kamen 1.134 Familien.", "Der Rest bleibt gleich."], ids: true)
        let translation = document(.turkish, ["2020 yılında 962 aile geldi.", "Geri kalanı aynı."], ids: true)
        var lock = LockFile()
        lock.entries[.init(contribution: "x", block: "p1")] = .init(originalLanguage: "de",
            fingerprint: Fingerprint.of("Im Jahr 2020 kamen 962 Familien."))
        lock.entries[.init(contribution: "x", block: "p2")] = .init(originalLanguage: "de",
            fingerprint: Fingerprint.of("Der Rest bleibt gleich."))
        let result = ContributionPairer(lock: lock).pair(id: "x", original: original, originalPath: "de.xml",
            translation: .document(translation, path: "tr.xml"))
        #expect(result.method == .ids)
        #expect(result.counts.outdated == 1)
        #expect(result.rows.map(\.status) == [.outdated, .translated])
        #expect(result.diagnostics.contains { $0.code == "align.outdated" && $0.unit == "p1" })
    }

    @Test("an outdated row of a translation paired by structure names the translation's block, and confirming it gives what pairing with the new lock file gives")
    func outdatedByLockByStructure() {
        let original = document(.german, ["Im Jahr 2020 kamen 1.134 Familien.", "Der Rest bleibt gleich."], ids: true)
        var translation = document(.turkish, ["2020 yılında 962 aile geldi.", "Geri kalanı aynı."], ids: false)
        for index in translation.blocks.indices {
            if case .paragraph(var paragraph) = translation.blocks[index] {
                paragraph.id = "tr-\(index + 1)"
                translation.blocks[index] = .paragraph(paragraph)
            }
        }
        var lock = LockFile()
        lock.entries[.init(contribution: "x", block: "p1")] = .init(originalLanguage: "de",
            fingerprint: Fingerprint.of("Im Jahr 2020 kamen 962 Familien."))
        var result = ContributionPairer(lock: lock).pair(id: "x", original: original, originalPath: "de.xml",
            translation: .document(translation, path: "tr.xml"))
        #expect(result.method == .structure)
        #expect(result.rows.map(\.status) == [.outdated, .translated])
        #expect(result.rows.map(\.turkishSegmentIDs) == [["tr-1"], ["tr-2"]])

        lock.entries[.init(contribution: "x", block: "p1")] = .init(originalLanguage: "de",
            fingerprint: Fingerprint.of("Im Jahr 2020 kamen 1.134 Familien."))
        let again = ContributionPairer(lock: lock).pair(id: "x", original: original, originalPath: "de.xml",
            translation: .document(translation, path: "tr.xml"))
        let gone = result.confirm(["p1"])
        #expect(gone.map(\.code) == ["align.outdated"])
        #expect(result.rows == again.rows)
        #expect(result.counts == again.counts)
        #expect(result.blockStates == again.blockStates)
        #expect(result.diagnostics == again.diagnostics)
    }

    @Test("a missing byline in a Word or OpenDocument translation is to be typed into the document, whatever the file is called",
        arguments: [
            ("Sources-tr/x.dotx", DocumentFormat.docx, true), ("Sources-tr/x.ott", .odt, true),
            ("Sources-tr/x.docx", .docx, true), ("Sources-tr/x.odt", .odt, true), ("Sources-tr/x.xml", .docbook, false),
        ])
    func missingBylineRemedy(path: String, format: DocumentFormat, isOffice: Bool) throws {
        var original = document(.german, ["Eins."], ids: true)
        original.id = "x"
        original.info.authors = [Author(name: "Die Integrationsbeauftragte", organisation: "Stadt")]
        let translation = document(.turkish, ["Bir."], ids: true)
        let result = ContributionPairer().pair(id: "x", original: original, originalPath: "Sources-de/x.xml",
            translation: .document(translation, path: path, format: format))
        let missing = result.diagnostics.filter { $0.code == "align.missing" && $0.unit == "x-author-1" }
        let remedy = try #require(missing.first?.remedy)
        #expect(remedy.contains("a paragraph in the Author style") == isOffice, "\(remedy)")
        #expect(remedy.contains("<personname>") == !isOffice, "\(remedy)")
    }

    @Test("a block only the translation has is an addition, placed after its neighbour")
    func additionByIDs() {
        let original = document(.german, ["Eins.", "Zwei."], ids: true)
        var translation = document(.turkish, ["Bir.", "İki."], ids: true)
        translation.blocks.insert(.paragraph(Paragraph(id: "extra", content: [.text("Ek paragraf.")])), at: 1)
        let result = ContributionPairer().pair(id: "x", original: original, originalPath: "de.xml",
            translation: .document(translation, path: "tr.xml"))
        #expect(result.rows.map(\.status) == [.translated, .addition, .translated])
        #expect(result.counts.additions == 1)
    }

    @Test("a sentence the translator skipped inside a paired paragraph is reported")
    func skippedSentence() {
        let original = document(.german, [
            "Im Jahr 2019 führte die Beratungsstelle 1.486 Gespräche. Die durchschnittliche Wartezeit auf einen Kursplatz sank von elf auf fünf Wochen. Besonders gefragt waren Kurse mit Kinderbetreuung und Abendkurse für Berufstätige.",
        ], ids: true)
        let complete = document(.turkish, [
            "Danışmanlık birimi 2019 yılında 1.486 görüşme yaptı. Bir kurs yeri için ortalama bekleme süresi on bir haftadan beş haftaya indi. En çok çocuk bakımı sunan kurslar ve çalışanlar için akşam kursları rağbet gördü.",
        ], ids: true)
        let skipped = document(.turkish, [
            "Danışmanlık birimi 2019 yılında 1.486 görüşme yaptı. En çok çocuk bakımı sunan kurslar ve çalışanlar için akşam kursları rağbet gördü.",
        ], ids: true)
        let clean = ContributionPairer().pair(id: "x", original: original, originalPath: "de.xml",
            translation: .document(complete, path: "tr.xml"))
        #expect(!clean.diagnostics.contains { $0.code == "align.missing-sentence" })
        let result = ContributionPairer().pair(id: "x", original: original, originalPath: "de.xml",
            translation: .document(skipped, path: "tr.xml"))
        let finding = result.diagnostics.first { $0.code == "align.missing-sentence" }
        #expect(finding?.message.contains("sentence 2 of paragraph \"p1\"") == true)
        #expect(finding?.message.contains("Wartezeit") == true)
    }

    @Test("no translation at all: one finding, every segment missing")
    func absent() {
        let original = document(.german, ["Eins.", "Zwei."], ids: true)
        let result = ContributionPairer().pair(id: "x", original: original, originalPath: "de.xml", translation: .absent)
        #expect(result.counts.missing == result.counts.segments)
        #expect(result.diagnostics.map(\.code) == ["align.no-translation"])
    }

    @Test("a Word translation's authors answer the original's authors that have a name, skipping an empty <author/>")
    func wordTranslationSkipsEmptyAuthors() {
        var original = document(.german, ["Eins."], ids: true)
        original.id = "x"
        original.info.authors = [Author(name: ""), Author(name: "Die Integrationsbeauftragte", organisation: "Stadt Beispielheim")]
        var translation = document(.turkish, ["Bir."], ids: true)
        translation.info.authors = [Author(name: "Uyum Sorumlusu", organisation: "Örnek Belediyesi")]
        for format in [DocumentFormat.docx, .odt] {
            let result = ContributionPairer().pair(id: "x", original: original, originalPath: "de.xml",
                translation: .document(translation, path: "tr.docx", format: format))
            #expect(result.translatedAuthors == [Author(name: ""), Author(name: "Uyum Sorumlusu", organisation: "Örnek Belediyesi")])
            #expect(result.blockStates["x-author-2"]?.status == .current, "\(result.blockStates)")
            #expect(!result.diagnostics.contains { $0.unit?.hasPrefix("x-author") == true }, "\(result.diagnostics.map(\.message))")
        }
        // A DocBook translation keeps its empty places: its first <author> answers the original's first.
        let docbook = ContributionPairer().pair(id: "x", original: original, originalPath: "de.xml",
            translation: .document(translation, path: "tr.xml", format: .docbook))
        #expect(docbook.blockStates["x-author-2"]?.status == .missing)
    }

    func document(_ language: LanguageTag, _ paragraphs: [String], ids: Bool) -> ContributionDocument {
        ContributionDocument(language: language, info: ContributionInfo(title: [.text("Titel")]),
            blocks: paragraphs.enumerated().map { index, text in
                .paragraph(Paragraph(id: ids ? "p\(index + 1)" : nil, content: [.text(text)],
                    location: SourceLocation(file: "x.xml", line: index + 5, column: 5)))
            })
    }
}
