import Assembly
import Project
import Foundation
import PublicationCore
import TestSupport
import Testing

@Suite struct HTMLWriterTests {
    static func page(_ layout: PublicationLayout, missing: MissingTranslationMode = .original, marks: Bool = true) throws -> String {
        let options = PublicationWriterOptions(missingTranslation: missing, showsEditorMarks: marks,
            resourceDirectory: try SamplePublication.resourceDirectory())
        return HTMLWriter(options: options).page(for: SamplePublication.publication, layout: layout)
    }

    @Test(arguments: PublicationLayout.allCases)
    func pageMatchesGolden(layout: PublicationLayout) throws {
        let html = try Self.page(layout)
        let failure = Golden.comparePage(html, goldenFile: SamplePublication.golden("pageMatchesGolden-\(layout.rawValue).html"),
            stylesheetFile: SamplePublication.golden("stylesheet-page.css"))
        #expect(failure == nil, "\(failure ?? "")")
    }

    @Test func readersEditionMatchesGolden() throws {
        let html = try Self.page(.parallel, missing: .placeholder, marks: false)
        let failure = Golden.comparePage(html, goldenFile: SamplePublication.golden("placeholderOnlyWithoutEditorMarks-parallel.html"),
            stylesheetFile: SamplePublication.golden("stylesheet-page.css"))
        #expect(failure == nil, "\(failure ?? "")")
        #expect(html.contains("<p class=\"translation-pending\" lang=\"tr\">Türkçe çevirisi hazırlanıyor.</p>"))
        let body = html[html.range(of: "<main")!.lowerBound...]
        #expect(!body.contains("original-fallback"))
        #expect(!body.contains("class=\"placeholder\""))
        // Only in the German column, where it is the original; the Turkish cell has the quiet line alone.
        #expect(body.ranges(of: "Ehrenamtliche begleiten die Familien").count == 1)
        #expect(!body.contains("editor-mark"))
    }

    @Test(arguments: PublicationLayout.allCases)
    func editorsEditionShowsPlaceholderMarksAndTheOriginalOnlyWhereItIsNotBeside(layout: PublicationLayout) throws {
        let html = try Self.page(layout)
        let body = String(html[html.range(of: "<main")!.lowerBound...])
        let withOriginal = body.contains("<p class=\"placeholder\" lang=\"tr\">Çeviri hazırlanıyor</p>\n"
            + "<div class=\"original-fallback\" lang=\"de\">\n<p class=\"version-label\" lang=\"tr\">Orijinal</p>\n"
            + "<p lang=\"de\">Ehrenamtliche begleiten die Familien bei Behördengängen.</p>")
        let originalBeside = layout == .parallel || layout == .interleaved
        #expect(withOriginal == !originalBeside)
        #expect(body.contains("<p class=\"placeholder\" lang=\"tr\">Çeviri hazırlanıyor</p>"))
        #expect(body.ranges(of: "Ehrenamtliche begleiten die Familien").count == (originalBeside ? 1 : 2))
        #expect(html.contains("<p class=\"editor-mark\" lang=\"tr\">Çeviri güncel değil <span class=\"editor-detail\">"
            + "Bu çeviri onaylandıktan sonra özgün metin değişti; değişen: p2</span></p>"))
        #expect(html.contains("<p class=\"editor-mark\" lang=\"de\">Übersetzung ungeprüft</p>"))
    }

    @Test(arguments: PublicationLayout.allCases)
    func everyBlockCarriesItsLanguage(layout: PublicationLayout) throws {
        let html = try Self.page(layout)
        let body = String(html[html.range(of: "<main")!.lowerBound...])
        let tag = try Regex(#"<(p|ul|ol|blockquote|figure|h[2-6]|section|nav|article)(\s[^>]*)?>"#)
        var unmarked: [String] = []
        for match in body.matches(of: tag) {
            let text = String(body[match.range])
            if text.contains("class=\"date\"") || text.contains("class=\"contribution parallel\"")
                || text.contains("class=\"contribution interleaved\"") || text.contains("class=\"contribution sequential\"")
                || text.contains("class=\"imprint\"")
            { continue }
            if !text.contains(" lang=\"de\"") && !text.contains(" lang=\"tr\"") { unmarked.append(text) }
        }
        #expect(unmarked.isEmpty, "\(unmarked.prefix(5))")
        #expect(html.contains("<html lang=\"de\">"))
    }

    @Test(arguments: PublicationLayout.allCases)
    func headingsNeverSkipALevel(layout: PublicationLayout) throws {
        let html = try Self.page(layout)
        let levels = html.matches(of: try Regex(#"<h([1-6])[\s>]"#)).map { Int(String(html[$0.range]).dropFirst(2).prefix(1))! }
        #expect(levels.first == 1)
        #expect(levels.filter { $0 == 1 }.count == 1)
        for (previous, next) in zip(levels, levels.dropFirst()) {
            #expect(next <= previous + 1, "h\(previous) followed by h\(next)")
        }
    }

    @Test func pageIsSelfContained() throws {
        let html = try Self.page(.parallel)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link "))
        #expect(!html.contains("@import"))
        #expect(!html.contains("url("))
        #expect(html.matches(of: try Regex(#"src="(?!data:)"#)).isEmpty)
        #expect(html.contains("<img src=\"data:image/svg+xml;base64,"))
        #expect(html.contains("alt=\"Karte von Saarbrücken mit den Stadtteilen Burbach und Malstatt\""))
        #expect(html.contains("hyphens: auto"))
        #expect(html.contains("@media print"))
        #expect(html.contains("class=\"skip-link\" href=\"#main\""))
    }

    @Test func tablesOfContentsAreInBothLanguages() throws {
        let html = try Self.page(.interleaved)
        #expect(html.contains("<h2 id=\"toc-de\" lang=\"de\">Inhalt</h2>"))
        #expect(html.contains("<h2 id=\"toc-tr\" lang=\"tr\">İçindekiler</h2>"))
        #expect(html.contains("<a href=\"#c-sisli-de\">Erfahrungen aus Şişli</a>"))
        #expect(html.contains("<a href=\"#c-sisli-tr\">Şişli Belediyesi'nin deneyimleri</a>"))
        #expect(html.contains("<h2 id=\"c-sisli-tr\" lang=\"tr\">Şişli Belediyesi'nin deneyimleri</h2>"))
    }

    @Test func missingImageShowsItsAlternativeText() {
        let html = HTMLWriter().page(for: SamplePublication.publication, layout: .parallel)
        #expect(html.contains("<div class=\"image-missing\" role=\"img\" aria-label=\"Burbach ve Malstatt semtleriyle Saarbrücken haritası\">"))
    }

    @Test("a writer reports the figure whose image it could not find, once, and nothing when every image is there")
    func missingImageIsReported() throws {
        let folder = try SamplePublication.temporaryFolder("missing-image")
        defer { try? FileManager.default.removeItem(at: folder) }
        // Without a resource folder no image can be found: every figure with an image path is reported.
        let unfound = try HTMLWriter().write(SamplePublication.publication, layout: .parallel, to: folder)
        #expect(!unfound.isEmpty)
        // The sample publication is built in code, so its figure has no place in a file; the reader gives one.
        #expect(unfound.map(\.message) == ["the image stadtteile.svg is not found; the publication shows the figure's alternative text in a frame"])
        #expect(unfound.allSatisfy { $0.code == "build.missing-image" && $0.severity == .warning })
        // With the sample's resources, every image is there.
        let options = PublicationWriterOptions(resourceDirectory: try SamplePublication.resourceDirectory())
        let found = try HTMLWriter(options: options).write(SamplePublication.publication, layout: .parallel, to: folder)
        #expect(found.isEmpty, "\(found)")
    }

    @Test func writesIndexIntoTheFolder() throws {
        let folder = try SamplePublication.temporaryFolder("html")
        defer { try? FileManager.default.removeItem(at: folder) }
        try HTMLWriter().write(SamplePublication.publication, layout: .sequential, to: folder)
        let written = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(written == HTMLWriter().page(for: SamplePublication.publication, layout: .sequential))
    }
}
