import Assembly
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
    }

    static func check(_ layout: PublicationLayout, width: Int = 1280) throws -> Report {
        let folder = try SamplePublication.temporaryFolder("browser")
        let options = PublicationWriterOptions(missingTranslation: .original,
            resourceDirectory: try SamplePublication.resourceDirectory())
        try HTMLWriter(options: options).write(SamplePublication.publication, layout: layout, to: folder)
        let script = SamplePublication.packageRoot().appendingPathComponent("scripts/browser_check.py").path
        let screenshot = folder.appendingPathComponent("screenshot-\(layout.rawValue)-\(width).png").path
        let result = try ExternalTool.run("python3", [script, folder.appendingPathComponent("index.html").path,
            "--screenshot", screenshot, "--width", "\(width)"])
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
}
