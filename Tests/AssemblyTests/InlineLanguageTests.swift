import Assembly
import Foundation
import PublicationCore
import Testing

/// Names of the other language inside a paragraph of the sample volume get their own `lang` in every
/// output, and the Turkish hyphenator leaves the German ones alone.
@Suite struct InlineLanguageTests {
    /// The paragraph elements (`<p …>…</p>`) of a page that contain `needle`.
    static func paragraphs(containing needle: String, in html: String) -> [String] {
        html.matches(of: /<p[ >][\s\S]*?<\/p>/).map { String($0.output) }.filter { $0.contains(needle) }
    }

    @Test func htmlMarksGermanNamesInTurkishParagraphsAndTurkishNamesInGermanOnes() throws {
        let publication = try SampleVolumeAcceptanceTests.sampleVolume()
        let html = HTMLWriter().page(for: publication, layout: .parallel)
        let turkish = Self.paragraphs(containing: "<span lang=\"de\">Osnabrück</span>", in: html)
        #expect(turkish.count == 2, "the Vorwort and the TBB's contribution: \(turkish.count)")
        #expect(turkish.allSatisfy { $0.hasPrefix("<p lang=\"tr\">") })
        #expect(turkish.first?.contains("<span lang=\"de\">Sauerland</span>’de") == true)
        let german = Self.paragraphs(containing: "<span lang=\"tr\">Şişli</span>", in: html)
        #expect(german.count == 2)
        #expect(german.allSatisfy { $0.hasPrefix("<p lang=\"de\">") })
        #expect(!html.contains("<span lang=\"de\"><span"), "no nested spans")
    }

    @Test func epubSpansCarryXMLLangToo() throws {
        let publication = try SampleVolumeAcceptanceTests.sampleVolume()
        let entries = EPUBWriter().entries(for: publication, layout: .parallel)
        let vorwort = try #require(entries.first { $0.path == "EPUB/01-vorwort.xhtml" })
        #expect(String(decoding: vorwort.data, as: UTF8.self).contains("<span lang=\"de\" xml:lang=\"de\">Saarbrücken</span>"))
    }

    @Test func printPageKeepsNamesOfTheOtherLanguageWhole() throws {
        let publication = try SampleVolumeAcceptanceTests.sampleVolume()
        let html = PDFWriter().printDocument(for: publication, layout: .parallel)
        let paragraph = try #require(Self.paragraphs(containing: "<span lang=\"de\">Sauerland</span>", in: html).first)
        #expect(paragraph.hasPrefix("<p lang=\"tr\">"))
        #expect(paragraph.contains("\u{AD}"), "the Turkish words around the names are hyphenated")
        for name in ["Osnabrück", "Saarbrücken", "Altena", "Sauerland"] {
            #expect(paragraph.contains("<span lang=\"de\">\(name)</span>"), "\(name) is whole, without soft hyphens")
        }
        #expect(html.contains("[lang=\"tr\"] span[lang=\"de\"]:not(.footnote), [lang=\"de\"] span[lang=\"tr\"]:not(.footnote) { hyphens: none; }"),
            "the engine does not hyphenate them either")
        let german = try #require(Self.paragraphs(containing: "<span lang=\"tr\">Sultanbeyli</span>", in: html).first)
        #expect(german.hasPrefix("<p lang=\"de\">"), "no Turkish soft hyphens in Turkish names in German text")
    }
}

extension InlineLanguageTests {
    @Test func pdfStructureTreeHasGermanSpansInTurkishParagraphs() throws {
        let folder = try SamplePublication.temporaryFolder("inline-language-pdf")
        defer { try? FileManager.default.removeItem(at: folder) }
        let publication = try SampleVolumeAcceptanceTests.sampleVolume()
        let html = PDFWriter().printDocument(for: publication, layout: .parallel)
        let marked = Self.paragraphs(containing: "<span lang=\"de\">", in: html).filter { $0.hasPrefix("<p lang=\"tr\">") }
            .reduce(0) { $0 + $1.components(separatedBy: "<span lang=\"de\">").count - 1 }
        #expect(marked == 7, "German names in Turkish paragraphs of the print page: \(marked)")
        let options = PublicationWriterOptions(resourceDirectory: SamplePublication.packageRoot())
        try PDFWriter(options: options).write(publication, layout: .parallel, to: folder)
        let engine = try PDFEngine.locate().get()
        let script = SamplePublication.packageRoot().appendingPathComponent("scripts/pdf_structure_report.py").path
        let walk = try ExternalTool.run(engine.python.path, [script, folder.appendingPathComponent("publication.pdf").path])
        #expect(walk.status == 0, "\(walk.standardError)")
        let report = try JSONDecoder().decode(SampleVolumeAcceptanceTests.StructureReport.self, from: Data(walk.standardOutput.utf8))
        // WeasyPrint tags each <span> as a /Span; the language step gives those whose language differs
        // from their paragraph's their own /Lang.
        #expect((report.explicit["/Span"]?["de"] ?? 0) >= marked, "\(report.explicit["/Span"] ?? [:])")
    }
}
