import Assembly
import Project
import Foundation
import PublicationCore
import TestSupport
import Testing

@Suite struct PDFWriterTests {
    static func writer(resources: URL) -> PDFWriter {
        PDFWriter(options: PublicationWriterOptions(missingTranslation: .original, resourceDirectory: resources))
    }

    @Test(arguments: [PublicationLayout.parallel, .sequentialVolumes])
    func printDocumentMatchesGolden(layout: PublicationLayout) throws {
        let resources = try SamplePublication.resourceDirectory()
        let html = Self.writer(resources: resources).printDocument(for: SamplePublication.publication, layout: layout)
            .replacingOccurrences(of: resources.absoluteString, with: "@RESOURCES@/")
            .replacingOccurrences(of: resources.standardizedFileURL.absoluteString, with: "@RESOURCES@/")
        let failure = Golden.comparePage(html, goldenFile: SamplePublication.golden("printDocumentMatchesGolden-\(layout.rawValue).html"),
            stylesheetFile: SamplePublication.golden("stylesheet-print.css"))
        #expect(failure == nil, "\(failure ?? "")")
    }

    @Test func turkishRunningTextGetsSoftHyphensAndGermanAndHeadingsDoNot() throws {
        let html = PDFWriter().printDocument(for: SamplePublication.publication, layout: .parallel)
        // At least three letters on either side of a break; German names in Turkish text are left whole.
        #expect(html.contains("<p lang=\"tr\">İstan\u{AD}bul'un Şişli ilçe\u{AD}sinde"))
        #expect(html.contains("bugün Burbach ve "), "Burbach (German \"ch\") stays whole in Turkish text")
        #expect(html.contains("<h2 id=\"c-saarbruecken-tr\" lang=\"tr\">Saarbrücken'de uyum çalışmaları</h2>"))
        #expect(html.contains("<p lang=\"de\">Ehrenamtliche begleiten die Familien bei Behördengängen.</p>"))
        #expect(html.contains(":lang(de) { hyphens: auto; }"))
        #expect(html.contains("<span class=\"footnote\" lang=\"de\">Zahlen des Integrationsamts"))
    }

    @Test func missingEngineNamesWhereItLookedAndTheInstallCommand() throws {
        let folder = try SamplePublication.temporaryFolder("pdf-missing")
        defer { try? FileManager.default.removeItem(at: folder) }
        let named = folder.appendingPathComponent("no-such-venv").path
        let result = PDFEngine.locate(environment: [PDFEngine.environmentVariable: named], currentDirectory: folder,
            executable: nil)
        #expect(throws: PublicationWriterError.engineMissing(program: "weasyprint", searched: [named],
            installCommand: PDFEngine.installCommand)) { try result.get() }
        let searched = PDFEngine.locate(environment: [:], currentDirectory: folder, executable: nil)
        guard case .failure(let error) = searched else {
            Issue.record("found an engine above \(folder.path)")
            return
        }
        #expect(error.description.contains(folder.appendingPathComponent(".venv-pdf").path))
        #expect(error.description.contains("scripts/install-pdf-engine.sh"))
        #expect(error.description.contains("KOPRU_PDF_VENV"))
    }

    @Test func engineIsFoundInTheVirtualEnvironmentAboveTheCurrentFolder() throws {
        let folder = try SamplePublication.temporaryFolder("pdf-venv")
        defer { try? FileManager.default.removeItem(at: folder) }
        let bin = folder.appendingPathComponent(".venv-pdf/bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        for name in ["python", "weasyprint"] {
            try Data("#!/bin/sh\n".utf8).write(to: bin.appendingPathComponent(name))
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin.appendingPathComponent(name).path)
        }
        let volume = folder.appendingPathComponent("volume/sub")
        try FileManager.default.createDirectory(at: volume, withIntermediateDirectories: true)
        let engine = try PDFEngine.locate(environment: [:], currentDirectory: volume, executable: nil).get()
        #expect(engine.python.standardizedFileURL.path == bin.appendingPathComponent("python").standardizedFileURL.path)
    }

    @Test func failingEngineKeepsItsStandardError() throws {
        let folder = try SamplePublication.temporaryFolder("pdf-failing")
        defer { try? FileManager.default.removeItem(at: folder) }
        let engine = folder.appendingPathComponent("failing-engine")
        try Data("#!/bin/sh\necho 'cannot load font' >&2\nexit 3\n".utf8).write(to: engine)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: engine.path)
        #expect(throws: PublicationWriterError.engineFailed(program: "failing-engine", status: 3, standardError: "cannot load font\n")) {
            try PDFWriter(engine: PDFEngine(python: engine)).write(SamplePublication.publication, layout: .parallel, to: folder)
        }
    }

    /// Renders for real with WeasyPrint and reads the PDF back with poppler's tools.
    @Test(arguments: [PublicationLayout.parallel, .interleaved])
    func weasyprintRendersTheVolume(layout: PublicationLayout) throws {
        let folder = try SamplePublication.temporaryFolder("pdf")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.writer(resources: try SamplePublication.resourceDirectory())
            .write(SamplePublication.publication, layout: layout, to: folder)
        let pdf = folder.appendingPathComponent("publication.pdf").path

        let text = try ExternalTool.run("pdftotext", ["-enc", "UTF-8", pdf, "-"])
        #expect(text.status == 0)
        let words = text.standardOutput.replacingOccurrences(of: "\u{AD}", with: "")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for title in ["Integration in Saarbrücken", "Saarbrücken'de uyum çalışmaları", "Erfahrungen aus Şişli",
            "Şişli Belediyesi'nin deneyimleri", "Inhalt", "İçindekiler", "Çeviri hazırlanıyor", "Ankommen in der Kommune",
            "Belediyede Yeni Bir Başlangıç"]
        {
            #expect(words.contains(title), "\(title) missing from the PDF text")
        }
        #expect(words.contains(try Regex(#"Integration in Saarbrücken[ .]*\d+"#)), "contents entry with a page number")

        let info = try ExternalTool.run("pdfinfo", [pdf])
        let pages = info.standardOutput.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) }
        #expect((pages ?? 0) > 1)

        let fonts = try ExternalTool.run("pdffonts", [pdf])
        let rows = fonts.standardOutput.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty)
        for row in rows {
            // Columns: name, type, encoding, emb, sub, uni, object ID; "emb" is the fourth from the end.
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            #expect(columns.count >= 7 && columns[columns.count - 5] == "yes", "font not embedded: \(row)")
        }
    }
}
