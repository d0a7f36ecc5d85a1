import Assembly
import Foundation
import PublicationCore
import Testing

/// The web page's one-language view, in headless Chromium (scripts/browser_check.py --choose): chosen
/// with the keyboard, the other language's blocks are neither shown nor in the accessibility tree, and
/// axe-core finds no violation, light or dark.
@Suite(.serialized) struct LanguageViewBrowserTests {
    struct Report: Decodable {
        struct Violation: Decodable { var id: String; var help: String }
        struct View: Decodable {
            var chosen: String?
            var focusReached: Bool
            var otherBlocks: Int
            var visibleOther: [String]
            var accessibleOther: [String]
            var visibleOwn: Int
        }
        var violations: [Violation]
        var languageView: View?
    }

    static func check(_ page: URL, choosing language: LanguageTag, dark: Bool) throws -> Report {
        let script = SamplePublication.packageRoot().appendingPathComponent("scripts/browser_check.py").path
        let result = try ExternalTool.run("python3", [script, page.path, "--choose", language.code] + (dark ? ["--dark"] : []))
        guard result.status == 0 else {
            throw ExternalTool.MissingTool(name: "browser check (status \(result.status)): \(result.standardError)")
        }
        return try JSONDecoder().decode(Report.self, from: Data(result.standardOutput.utf8))
    }

    @Test(arguments: PublicationLayout.allCases)
    func oneLanguageHidesTheOtherFromEyesAndScreenReaders(layout: PublicationLayout) throws {
        let folder = try SamplePublication.temporaryFolder("language-view")
        defer { try? FileManager.default.removeItem(at: folder) }
        var options = PublicationWriterOptions(missingTranslation: .original, resourceDirectory: SamplePublication.packageRoot())
        options.edition = .reader
        try HTMLWriter(options: options).write(try SampleVolumeAcceptanceTests.sampleVolume(), layout: layout, to: folder)
        let page = folder.appendingPathComponent("index.html")
        for language in [LanguageTag.german, .turkish] {
            for dark in layout == .parallel ? [false, true] : [false] {
                let report = try Self.check(page, choosing: language, dark: dark)
                let context = "\(layout.rawValue), \(language.code) only\(dark ? ", dark" : "")"
                let view = try #require(report.languageView, "\(context): no language view in the report")
                #expect(view.focusReached, "\(context): Tab does not reach the language view")
                #expect(view.chosen == language.code, "\(context): the arrow keys did not choose it")
                #expect(view.otherBlocks > 50, "\(context): the page holds the other language's blocks (\(view.otherBlocks))")
                #expect(view.visibleOther.isEmpty, "\(context): still shown: \(view.visibleOther.prefix(5))")
                #expect(view.accessibleOther.isEmpty, "\(context): still in the accessibility tree: \(view.accessibleOther.prefix(5))")
                #expect(view.visibleOwn > 50, "\(context): \(view.visibleOwn) blocks of its own language shown")
                #expect(report.violations.isEmpty, "\(context): \(report.violations.map { "\($0.id): \($0.help)" })")
            }
        }
    }

    @Test func theControlIsALabelledGroupWithEachOptionInItsLanguage() {
        let html = HTMLWriter().page(for: SamplePublication.publication, layout: .parallel)
        #expect(html.contains("<fieldset class=\"language-view\">\n<legend id=\"language-view-legend\"><span lang=\"de\">Sprache</span> · <span lang=\"tr\">Dil</span></legend>"))
        #expect(html.contains("<input type=\"radio\" name=\"language-view\" id=\"language-view-both\" value=\"both\" checked=\"checked\"/>"))
        #expect(html.contains("<label for=\"language-view-de\"><span lang=\"de\">Nur Deutsch</span></label>"))
        #expect(html.contains("<label for=\"language-view-tr\"><span lang=\"tr\">Yalnızca Türkçe</span></label>"))
        let print = PDFWriter().printDocument(for: SamplePublication.publication, layout: .parallel)
        #expect(!print.contains("language-view\""), "the print page has no control")
    }
}
