import Assembly
import Project
import Foundation
import PublicationCore
import TestSupport
import Testing

@Suite struct EPUBWriterTests {
    /// 17 December 2020, 10:00 UTC: the fixed `dcterms:modified` of the tests.
    static let modified = Date(timeIntervalSince1970: 1_608_199_200)

    static func writer(resources: URL?) -> EPUBWriter {
        EPUBWriter(options: PublicationWriterOptions(missingTranslation: .original, resourceDirectory: resources,
            modificationDate: modified))
    }

    static func normalised(_ text: String) -> String {
        text.replacingOccurrences(of: #"<meta property="dcterms:modified">[^<]*</meta>"#,
            with: "<meta property=\"dcterms:modified\">@MODIFIED@</meta>", options: .regularExpression)
    }

    @Test(arguments: [PublicationLayout.parallel, .sequentialVolumes])
    func entriesMatchGolden(layout: PublicationLayout) throws {
        let entries = Self.writer(resources: try SamplePublication.resourceDirectory())
            .entries(for: SamplePublication.publication, layout: layout)
        let folder = "entriesMatchGolden-\(layout.rawValue)"
        let list = entries.map { "\($0.path)\($0.isStored ? " (stored)" : "")" }.joined(separator: "\n") + "\n"
        var failures = [Golden.compare(list, goldenFile: SamplePublication.golden("\(folder)/entries.txt"))]
        for entry in entries where !entry.path.hasPrefix("EPUB/images/") {
            let text = Self.normalised(String(decoding: entry.data, as: UTF8.self))
            failures.append(Golden.compare(text, goldenFile: SamplePublication.golden("\(folder)/\(entry.path)")))
        }
        let problems = failures.compactMap { $0 }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test func packageDescribesBothLanguages() throws {
        let entries = Self.writer(resources: nil).entries(for: SamplePublication.publication, layout: .parallel)
        let package = String(decoding: try #require(entries.first { $0.path == "EPUB/package.opf" }).data, as: UTF8.self)
        #expect(package.contains("<dc:title id=\"title-de\" xml:lang=\"de\">Ankommen in der Kommune</dc:title>"))
        #expect(package.contains("<dc:title id=\"title-tr\" xml:lang=\"tr\">Belediyede Yeni Bir Başlangıç</dc:title>"))
        #expect(package.contains("<dc:language>de</dc:language>\n<dc:language>tr</dc:language>"))
        #expect(package.contains("<meta property=\"dcterms:modified\">2020-12-17T10:00:00Z</meta>"))
        #expect(package.contains("<dc:date>2020-12-17</dc:date>"))
        let sisli = String(decoding: try #require(entries.first { $0.path == "EPUB/sisli.xhtml" }).data, as: UTF8.self)
        #expect(sisli.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"tr\" xml:lang=\"tr\">"))
        #expect(sisli.contains("<p lang=\"tr\" xml:lang=\"tr\">İstanbul'un Şişli ilçesinde"))
    }

    @Test(arguments: PublicationLayout.allCases)
    func epubcheckReportsNoErrorAndNoWarning(layout: PublicationLayout) throws {
        let folder = try SamplePublication.temporaryFolder("epub")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.writer(resources: try SamplePublication.resourceDirectory())
            .write(SamplePublication.publication, layout: layout, to: folder)
        let result = try EPUBCheck.check(folder.appendingPathComponent("publication.epub"))
        let output = result.output
        #expect(result.messages.isEmpty, "\(result.messages.joined(separator: "\n"))")
        #expect(output.contains("No errors or warnings detected"), "\(output)")
        #expect(result.status == 0)
    }

    @Test func outputIsDeterministicAndStartsWithStoredMimetype() throws {
        let first = try SamplePublication.temporaryFolder("epub-a"), second = try SamplePublication.temporaryFolder("epub-b")
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        let resources = try SamplePublication.resourceDirectory()
        try Self.writer(resources: resources).write(SamplePublication.publication, layout: .interleaved, to: first)
        try Self.writer(resources: resources).write(SamplePublication.publication, layout: .interleaved, to: second)
        let bytes = try Data(contentsOf: first.appendingPathComponent("publication.epub"))
        #expect(bytes == (try Data(contentsOf: second.appendingPathComponent("publication.epub"))))
        // The first local file header: signature, then method 0 (stored) at offset 8, the name at offset 30.
        #expect(Array(bytes.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
        #expect(bytes[8] == 0 && bytes[9] == 0)
        #expect(String(decoding: bytes[30..<38], as: UTF8.self) == "mimetype")
        #expect(String(decoding: bytes[38..<58], as: UTF8.self) == "application/epub+zip")
    }
}
