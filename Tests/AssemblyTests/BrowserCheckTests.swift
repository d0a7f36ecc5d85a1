import Assembly
import Project
import Foundation
import PublicationCore
import Testing

/// Opens the HTML page in headless Chromium through scripts/browser_check.py: axe-core finds no
/// violation, every block has a language, and in the parallel layout each German block and its Turkish
/// partner start on the same line (on a wide screen) or stack (on a narrow one).
@Suite(.serialized) struct BrowserCheckTests {
    struct Report: Decodable {
        struct Violation: Decodable { var id: String; var help: String }
        struct Position: Decodable { var top: Double; var tag: String; var lang: String }
        struct Row: Decodable { var row: Int; var german: Position?; var turkish: Position? }
        var axeVersion: String?
        var violations: [Violation]
        var rows: [Row]
        var blocksWithoutLanguage: [String]
        var viewportWidth: Int
        var horizontalOverflow: Bool
        var overlappingRows: [Int]
    }

    static func check(_ layout: PublicationLayout, width: Int = 1280) throws -> Report {
        let folder = try SamplePublication.temporaryFolder("browser")
        let options = PublicationWriterOptions(missingTranslation: .original,
            resourceDirectory: try SamplePublication.resourceDirectory())
        try HTMLWriter(options: options).write(SamplePublication.publication, layout: layout, to: folder)
        return try run(folder.appendingPathComponent("index.html"), width: width)
    }

    /// Runs scripts/browser_check.py on `page` in a window `width` pixels wide.
    static func run(_ page: URL, width: Int = 1280, dark: Bool = false) throws -> Report {
        let script = SamplePublication.packageRoot().appendingPathComponent("scripts/browser_check.py").path
        let screenshot = page.deletingLastPathComponent()
            .appendingPathComponent("screenshot-\(page.deletingPathExtension().lastPathComponent)-\(width)\(dark ? "-dark" : "").png").path
        let result = try ExternalTool.run("python3", [script, page.path, "--screenshot", screenshot, "--width", "\(width)"]
            + (dark ? ["--dark"] : []))
        guard result.status == 0 else {
            throw ExternalTool.MissingTool(name: "browser check (status \(result.status)): \(result.standardError)")
        }
        return try JSONDecoder().decode(Report.self, from: Data(result.standardOutput.utf8))
    }

    @Test(arguments: PublicationLayout.allCases)
    func axeFindsNoViolation(layout: PublicationLayout) throws {
        let report = try Self.check(layout)
        #expect(report.axeVersion?.hasPrefix("4.") == true)
        #expect(report.violations.isEmpty, "\(report.violations.map { "\($0.id): \($0.help)" })")
        #expect(report.blocksWithoutLanguage.isEmpty, "\(report.blocksWithoutLanguage)")
    }

    @Test func parallelPartnersShareTheirRow() throws {
        let report = try Self.check(.parallel)
        let pairs = report.rows.compactMap { row in row.german.flatMap { german in row.turkish.map { (german, $0) } } }
        #expect(pairs.count == 9)
        for (german, turkish) in pairs {
            #expect(german.lang == "de")
            #expect(turkish.lang == "tr")
            #expect(abs(german.top - turkish.top) < 0.5, "German \(german.tag) at \(german.top), Turkish \(turkish.tag) at \(turkish.top)")
        }
        let tops = pairs.map(\.0.top)
        #expect(tops == tops.sorted(), "rows run down the page")
    }

    @Test func parallelColumnsStackOnNarrowScreens() throws {
        let report = try Self.check(.parallel, width: 420)
        let pairs = report.rows.compactMap { row in row.german.flatMap { german in row.turkish.map { (german, $0) } } }
        #expect(!pairs.isEmpty)
        for (german, turkish) in pairs {
            #expect(turkish.top > german.top, "the Turkish cell sits below the German one")
        }
    }

    /// The sample volume of the repository, in every layout, in the reader's edition, light and dark.
    @Test(arguments: PublicationLayout.allCases)
    func sampleVolumeHasNoViolationLightOrDark(layout: PublicationLayout) throws {
        let folder = try SamplePublication.temporaryFolder("browser-sample")
        defer { try? FileManager.default.removeItem(at: folder) }
        var options = PublicationWriterOptions(missingTranslation: .original, resourceDirectory: SamplePublication.packageRoot())
        options.edition = .reader
        try HTMLWriter(options: options).write(try SampleVolumeAcceptanceTests.sampleVolume(), layout: layout, to: folder)
        for dark in [false, true] {
            let report = try Self.run(folder.appendingPathComponent("index.html"), dark: dark)
            #expect(report.violations.isEmpty, "\(dark ? "dark" : "light"): \(report.violations.map { "\($0.id): \($0.help)" })")
            #expect(report.blocksWithoutLanguage.isEmpty, "\(report.blocksWithoutLanguage)")
        }
    }

    /// The parallel EPUB chapter of the sample volume on a 360-pixel phone screen: the columns stack,
    /// nothing overlaps, nothing runs off the side; axe finds nothing.
    @Test func parallelEPUBChapterStacksAt360Pixels() throws {
        let folder = try SamplePublication.temporaryFolder("browser-epub")
        defer { try? FileManager.default.removeItem(at: folder) }
        var options = PublicationWriterOptions(missingTranslation: .original, resourceDirectory: SamplePublication.packageRoot())
        options.edition = .reader
        let entries = EPUBWriter(options: options).entries(for: try SampleVolumeAcceptanceTests.sampleVolume(), layout: .parallel)
        for entry in entries where entry.path.hasPrefix("EPUB/") {
            let url = folder.appendingPathComponent(entry.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try entry.data.write(to: url)
        }
        let chapter = try #require(entries.first { $0.path.contains("saarbruecken") && $0.path.hasSuffix(".xhtml") })
        let wide = try Self.run(folder.appendingPathComponent(chapter.path), width: 1280)
        #expect(wide.overlappingRows.isEmpty)
        let narrow = try Self.run(folder.appendingPathComponent(chapter.path), width: 360)
        #expect(narrow.viewportWidth <= 400, "the window is \(narrow.viewportWidth) pixels wide")
        #expect(!narrow.rows.isEmpty)
        #expect(narrow.overlappingRows.isEmpty, "rows whose columns overlap: \(narrow.overlappingRows)")
        #expect(!narrow.horizontalOverflow)
        for row in narrow.rows {
            if let german = row.german, let turkish = row.turkish {
                #expect(turkish.top > german.top, "row \(row.row): the Turkish cell sits below the German one")
            }
        }
        #expect(narrow.violations.isEmpty, "\(narrow.violations.map { "\($0.id): \($0.help)" })")
    }
}
