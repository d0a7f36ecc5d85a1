import Assembly
import Foundation
import PublicationCore
import Testing
import TestSupport

/// The EPUB's page list, taken from the PDF of the same build: the sample volume in every layout,
/// checked against the PDF with pdfinfo and pdftotext, and by EPUBCheck.
@Suite(.serialized) struct EPUBPageListTests {
    struct Book {
        var pageMap: PrintPageMap
        var pdf: URL
        var epub: URL
        var entries: [String: String]
    }

    /// Writes the sample volume's PDF and, with its page map, the EPUB.
    static func write(_ layout: PublicationLayout, in folder: URL) throws -> Book {
        var options = PublicationWriterOptions(missingTranslation: .original, resourceDirectory: SamplePublication.packageRoot())
        options.edition = .reader
        let publication = try SampleVolumeAcceptanceTests.sampleVolume()
        let outcome = try WriterSequence(writers: [EPUBWriter(options: options), PDFWriter(options: options)])
            .write(publication, layout: layout, to: folder)
        guard case .fromPDF(let pageMap) = outcome else {
            Issue.record("the page list did not come from the PDF: \(outcome)")
            throw CancellationError()
        }
        let epub = folder.appendingPathComponent("publication.epub")
        // The entries the written book holds (the writer is deterministic but for dcterms:modified).
        var entries: [String: String] = [:]
        for entry in EPUBWriter(options: options, pageMap: pageMap).entries(for: publication, layout: layout)
        where entry.path.hasSuffix(".xhtml") || entry.path.hasSuffix(".opf") {
            entries[entry.path] = String(decoding: entry.data, as: UTF8.self)
        }
        return Book(pageMap: pageMap, pdf: folder.appendingPathComponent("publication.pdf"), epub: epub, entries: entries)
    }

    /// The page list's entries: page label and link target.
    static func pageList(_ navigation: String) -> [(label: String, href: String)] {
        guard let start = navigation.range(of: "<nav epub:type=\"page-list\""),
            let end = navigation.range(of: "</nav>", range: start.upperBound..<navigation.endIndex)
        else { return [] }
        let list = navigation[start.upperBound..<end.lowerBound]
        let pattern = /<li><a href="([^"]+)">([^<]+)<\/a><\/li>/
        return list.matches(of: pattern).map { (String($0.output.2), String($0.output.1)) }
    }

    /// Text without markup, entities, white space, hyphens and soft hyphens: what a PDF page and an
    /// EPUB passage share however their lines were broken.
    static func comparable(_ text: some StringProtocol) -> String {
        var result = String(text).replacing(/<[^>]*>/, with: "")
        for (entity, character) in [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'")] {
            result = result.replacingOccurrences(of: entity, with: character)
        }
        return String(result.unicodeScalars.filter {
            !$0.properties.isWhitespace && !["-", "\u{2010}", "\u{AD}", "'", "’"].contains(Character($0))
        }.map(Character.init))
    }

    @Test(arguments: PublicationLayout.allCases)
    func pageListFollowsThePrintEdition(layout: PublicationLayout) throws {
        let folder = try SamplePublication.temporaryFolder("page-list-\(layout.rawValue)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try Self.write(layout, in: folder)
        let info = try ExternalTool.run("pdfinfo", [book.pdf.path]).standardOutput
        let pages = try #require(info.firstMatch(of: /Pages:\s+(\d+)/).flatMap { Int($0.output.1) })
        #expect(book.pageMap.pageCount == pages)

        let list = Self.pageList(try #require(book.entries["EPUB/nav.xhtml"]))
        let numbers = list.compactMap { Int($0.label) }
        #expect(numbers.count == list.count, "every label is a page number: \(list.map(\.label))")
        #expect(numbers == numbers.sorted() && Set(numbers).count == numbers.count, "ascending: \(numbers)")
        #expect(numbers.first == 1 && (numbers.last ?? 0) <= pages)
        // Every page on which an element of the publication begins has its entry, except where the book's
        // order differs from the print edition's: the imprint (page 2 in print, at the end of the book),
        // and in sequential-volumes the Turkish contents (before the Turkish volume in print, at the
        // start of the book).
        let outOfOrder: Set<String> = layout == .sequentialVolumes ? ["imprint", "toc-tr"] : ["imprint"]
        let expected = book.pageMap.starts.filter { !outOfOrder.contains($0.key) }.map(\.page)
        #expect(numbers == expected, "\(layout): \(numbers.count) of \(pages) pages listed")

        for (label, href) in list {
            let parts = href.split(separator: "#", maxSplits: 1).map(String.init)
            let document = try #require(book.entries["EPUB/\(parts[0])"], "\(href): no such document")
            let marker = "<span epub:type=\"pagebreak\" role=\"doc-pagebreak\" id=\"\(parts[1])\" title=\"\(label)\"></span>"
            let range = try #require(document.range(of: marker), "\(href): no page-break marker with that id")
            #expect(document.components(separatedBy: "id=\"\(parts[1])\"").count == 2, "\(href): the id is unique")
            // The first words after the marker are on that page of the PDF (version labels left out:
            // print sets them in capitals).
            let after = String(document[range.upperBound...].prefix(4000))
                .replacing(/<p class="version-label"[^>]*>[^<]*<\/p>/, with: "").replacing(/<[^>]*>/, with: " ")
            let words = after.split(whereSeparator: { !$0.isLetter }).filter { $0.count >= 4 }.prefix(2).map(Self.comparable)
            #expect(words.count == 2, "\(href): no text after the marker")
            let page = try ExternalTool.run("pdftotext", ["-enc", "UTF-8", "-f", label, "-l", label, book.pdf.path, "-"])
            let pageText = Self.comparable(page.standardOutput)
            for word in words {
                #expect(pageText.contains(word), "\(layout): page \(label) of the PDF does not hold \"\(word)\" (\(href))")
            }
        }

        let package = try #require(book.entries["EPUB/package.opf"])
        #expect(package.contains("<meta property=\"schema:accessibilityFeature\">pageNavigation</meta>"))
        #expect(package.contains("<meta property=\"pageBreakSource\">"))
        let check = try EPUBCheck.check(book.epub)
        #expect(check.messages.isEmpty, "\(check.messages.joined(separator: "\n"))")
        #expect(check.output.contains("No errors or warnings detected"), "\(check.output)")
    }

    @Test func bookWithoutPrintEditionHasNoPageListAndDoesNotClaimOne() throws {
        let entries = EPUBWriter().entries(for: SamplePublication.publication, layout: .parallel)
        let text = { (path: String) in entries.first { $0.path == path }.map { String(decoding: $0.data, as: UTF8.self) } ?? "" }
        #expect(!text("EPUB/nav.xhtml").contains("page-list"))
        #expect(!text("EPUB/package.opf").contains("pageNavigation"))
        #expect(!text("EPUB/package.opf").contains("pageBreakSource"))
    }

    @Test("kopru build --to epub --page-list lays out the print edition for the page list, keeps no PDF and leaves no scratch")
    func pageListWithoutPDF() throws {
        let project = try ProjectCopy()
        // A folder of the user's with the name the layout's scratch folder once had stays as it is.
        try FileManager.default.createDirectory(at: project.file("Output-pl/.kopru-page-map"), withIntermediateDirectories: true)
        try project.write("mine", to: "Output-pl/.kopru-page-map/note.txt")
        let built = try ProgramRun.run(["build", "--to", "epub", "--page-list", "--out", "Output-pl-new", "--quiet"], in: project.url)
        #expect(built.status == 0 || built.status == 1, "\(built.standardError)")
        let folder = project.file("Output-pl-new")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.contains("publication.epub"))
        #expect(!names.contains("publication.pdf"))
        #expect(!names.contains { $0.hasPrefix(".kopru-page-map") }, "\(names)")
        let navigation = try ProgramRun.run(["-c", "import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read('EPUB/nav.xhtml').decode())",
            folder.appendingPathComponent("publication.epub").path], in: project.url,
            executable: URL(fileURLWithPath: "/usr/bin/python3"))
        #expect(navigation.status == 0, "\(navigation.standardError)")
        #expect(Self.pageList(navigation.standardOutput).count > 10)
        #expect(project.text("Output-pl/.kopru-page-map/note.txt") == "mine")
    }

    @Test func pdfComesBeforeTheEPUBThatNeedsItsPages() {
        let sequence = WriterSequence(writers: [HTMLWriter(), EPUBWriter(), PDFWriter()])
        #expect(sequence.ordered.map(\.fileName) == ["index.html", "publication.pdf", "publication.epub"])
        let kept = WriterSequence(writers: [PDFWriter(), HTMLWriter(), EPUBWriter()])
        #expect(kept.ordered.map(\.fileName) == ["publication.pdf", "index.html", "publication.epub"])
    }
}

extension EPUBPageListTests {
    /// The title page, a contribution and the navigation document of the page-listed parallel book in
    /// headless Chromium: axe-core finds no violation at the page-break markers.
    @Test func pageBreakMarkersPassAxe() throws {
        let folder = try SamplePublication.temporaryFolder("page-list-axe")
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try Self.write(.parallel, in: folder)
        for (path, text) in book.entries where path.hasSuffix(".xhtml") {
            let url = folder.appendingPathComponent("book").appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        for name in ["title.xhtml", "03-osnabrueck.xhtml"] {
            let page = folder.appendingPathComponent("book/EPUB/\(name)")
            #expect(try String(contentsOf: page, encoding: .utf8).contains("role=\"doc-pagebreak\""), "\(name) has markers")
            let report = try BrowserCheckTests.run(page)
            #expect(report.violations.isEmpty, "\(name): \(report.violations.map { "\($0.id): \($0.help)" })")
        }
    }
}
