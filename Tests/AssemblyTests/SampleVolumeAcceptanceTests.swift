import Pairing
import Assembly
import Project
import Foundation
import PublicationCore
import Testing

/// The sample volume of the repository (kopru.yaml, Sources-de/, Sources-tr/) written in every layout,
/// read back with the tools a reviewer would use: pdfinfo, pdftotext, a pikepdf walk of the PDF's
/// structure tree (scripts/pdf_structure_report.py), epubcheck.
@Suite(.serialized) struct SampleVolumeAcceptanceTests {
    struct StructureReport: Decodable {
        struct Figure: Decodable { var alt: String }
        var tags: [String: Int]
        var figures: [Figure]
        var languages: [String: [String: Int]]
        var explicit: [String: [String: Int]]
        var documentLanguage: String
        var displayDocTitle: Bool
        var markInfo: Bool
    }

    /// The sample volume, loaded as `kopru build` loads it.
    static func sampleVolume() throws -> BilingualPublication {
        let root = SamplePublication.packageRoot()
        let manifest = try Manifest(yaml: String(contentsOf: root.appendingPathComponent("kopru.yaml"), encoding: .utf8))
        let lock = try LockFile.read(from: root.appendingPathComponent("kopru.lock"))
        return PublicationLoader().load(manifest, relativeTo: root, lock: lock).publication
    }

    /// Writes the sample volume in `layout` (reader's edition, originals where translations are missing).
    static func write(_ layout: PublicationLayout, edition: PublicationEdition = .reader) throws -> URL {
        let folder = try SamplePublication.temporaryFolder("sample-\(layout.rawValue)")
        var options = PublicationWriterOptions(missingTranslation: .original, resourceDirectory: SamplePublication.packageRoot())
        options.edition = edition
        let publication = try sampleVolume()
        try HTMLWriter(options: options).write(publication, layout: layout, to: folder)
        try EPUBWriter(options: options).write(publication, layout: layout, to: folder)
        try PDFWriter(options: options).write(publication, layout: layout, to: folder)
        return folder
    }

    /// Visible text of an HTML page: no head, no tags, entities of the names decoded.
    static func visibleText(ofHTML html: String) -> String {
        let body = html.components(separatedBy: "<body").dropFirst().joined()
        return body.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
    }

    static func count(_ word: String, in text: String) -> Int {
        text.components(separatedBy: word).count - 1
    }

    @Test(arguments: PublicationLayout.allCases)
    func pdfIsTaggedWithLanguagesAndItsTextIsRight(layout: PublicationLayout) throws {
        let folder = try Self.write(layout)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("publication.pdf").path

        let info = try ExternalTool.run("pdfinfo", [pdf])
        #expect(info.standardOutput.contains("Tagged:          yes"), "\(info.standardOutput)")

        let python = SamplePublication.packageRoot().appendingPathComponent(".venv-pdf/bin/python").path
        let script = SamplePublication.packageRoot().appendingPathComponent("scripts/pdf_structure_report.py").path
        let walk = try ExternalTool.run(python, [script, pdf])
        #expect(walk.status == 0, "\(walk.standardError)")
        let report = try JSONDecoder().decode(StructureReport.self, from: Data(walk.standardOutput.utf8))
        #expect(report.markInfo && report.displayDocTitle)
        #expect(report.documentLanguage == "de")
        for tag in ["/H1", "/H2", "/H3", "/P", "/L", "/LI", "/Figure"] {
            #expect((report.tags[tag] ?? 0) > 0, "no \(tag) in the structure tree")
        }
        #expect(!report.figures.isEmpty && report.figures.allSatisfy { !$0.alt.isEmpty }, "\(report.figures)")
        for tag in ["/P", "/H2", "/LI"] {
            #expect((report.explicit[tag]?["tr"] ?? 0) > 10, "\(tag) elements with /Lang tr: \(report.explicit[tag] ?? [:])")
        }

        let html = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
        let htmlText = Self.visibleText(ofHTML: html)
        let extracted = try ExternalTool.run("pdftotext", ["-enc", "UTF-8", pdf, "-"]).standardOutput
        #expect(!extracted.contains("\u{AD}"), "soft hyphens in the PDF's text")
        #expect(!extracted.contains("ÇEVIRI") && !extracted.contains("ORIJINAL"))
        // A word hyphenated at a line's end comes out as "‐" (U+2010) and a line break.
        let joined = extracted.replacingOccurrences(of: "\u{2010}\n", with: "")
        for word in ["Şişli", "İşbirliği", "Saarbrücken"] {
            let inHTML = Self.count(word, in: htmlText)
            #expect(inHTML > 0)
            #expect(Self.count(word, in: joined) >= inHTML, "\(word): \(Self.count(word, in: joined)) in the PDF, \(inHTML) in the HTML")
        }
        let words = joined.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("1. März 2021") && words.contains("1 Mart 2021"), "localised dates on the title page")
        #expect(words.contains("DStGB-Dokumentation Nr. 154") && words.contains("DStGB Dokümantasyon Dizisi, Sayı 154"))
        #expect(words.contains("1. Endgeräte und ein Internetzugang") && words.contains("4. Sprachkurse für Eltern"),
            "the Nachwort's list numbered 1–4")
        // Footnotes are numbered per language and per contribution: each of these is note 1.
        for note in ["1. Ein allgemeiner Integrationskurs", "1. Genel bir uyum kursu", "1. Berechnung des Amtes",
            "1. Sosyal İşler Müdürlüğünün"]
        {
            #expect(words.contains(note), "footnote \(note)")
        }
    }

    @Test(arguments: PublicationLayout.allCases)
    func nachwortListIsOneListInHTMLAndEPUB(layout: PublicationLayout) throws {
        let options = PublicationWriterOptions(missingTranslation: .original)
        let publication = try Self.sampleVolume()
        let html = HTMLWriter(options: options).page(for: publication, layout: layout)
        let epub = EPUBWriter(options: options).entries(for: publication, layout: layout)
            .filter { $0.path.hasSuffix(".xhtml") }.map { String(decoding: $0.data, as: UTF8.self) }.joined()
        for (name, text) in [("HTML", html), ("EPUB", epub)] {
            let lists = text.components(separatedBy: "<ol").dropFirst().map { $0.components(separatedBy: "</ol>")[0] }
            let german = try #require(lists.first { $0.contains("Endgeräte und ein Internetzugang") }, "\(name)")
            #expect(Self.count("<li", in: german) == 4, "\(name): \(german)")
            #expect(german.contains("Sprachkurse für Eltern"), "\(name): all four items in one list")
            let turkish = try #require(lists.first { $0.contains("Cihazlar ve internet erişimi") }, "\(name)")
            #expect(Self.count("<li", in: turkish) == 4, "\(name): \(turkish)")
        }
    }

    @Test func sampleEPUBPassesEpubcheck() throws {
        let folder = try SamplePublication.temporaryFolder("sample-epub")
        defer { try? FileManager.default.removeItem(at: folder) }
        var options = PublicationWriterOptions(missingTranslation: .original, resourceDirectory: SamplePublication.packageRoot())
        options.edition = .reader
        try EPUBWriter(options: options).write(try Self.sampleVolume(), layout: .parallel, to: folder)
        let output = try EPUBCheck.check(folder.appendingPathComponent("publication.epub")).output
        #expect(output.contains("No errors or warnings detected"), "\(output)")
    }

    @Test func readerEditionHasNoMarksAndEditorEditionSaysWhatChanged() throws {
        let publication = try Self.sampleVolume()
        var options = PublicationWriterOptions(missingTranslation: .original)
        options.edition = .reader
        let reader = HTMLWriter(options: options).page(for: publication, layout: .parallel)
        #expect(!reader.contains("class=\"editor-mark\""))
        #expect(!reader.contains("class=\"original-fallback\""), "the original is beside it already")
        #expect(reader.contains("<p class=\"translation-pending\" lang=\"tr\">Türkçe çevirisi hazırlanıyor.</p>"))
        options.edition = .editor
        let editor = HTMLWriter(options: options).page(for: publication, layout: .parallel)
        #expect(editor.contains("Çeviri güncel değil <span class=\"editor-detail\">Bu çeviri onaylandıktan sonra özgün metin değişti; değişen:"))
        #expect(!editor.contains("class=\"original-fallback\""))
        // Laid out one language after the other, a missing list item shows its original under the mark.
        let oneAfterTheOther = HTMLWriter(options: options).page(for: publication, layout: .sequential)
        let mark = try #require(oneAfterTheOther.range(of: "<li class=\"status-missingTranslation\"><span class=\"placeholder-mark\""))
        let rest = oneAfterTheOther[mark.upperBound...]
        let end = try #require(rest.range(of: "</li>"))
        #expect(rest[..<end.lowerBound].contains("class=\"original-fallback\""), "\(rest.prefix(400))")
        #expect(editor.contains("<li class=\"status-missingTranslation\"><span class=\"placeholder-mark\" lang=\"tr\">Çeviri hazırlanıyor</span></li>"),
            "a missing list item keeps its bullet on the placeholder's line")
        let sequential = HTMLWriter(options: options).page(for: publication, layout: .sequential)
        #expect(sequential.contains("class=\"original-fallback\""))
    }
}
