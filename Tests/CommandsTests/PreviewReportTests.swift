@testable import Commands
import Foundation
import Testing
import TestSupport

/// The preview's report is `kopru check`'s report: the same pipeline, QA checks included.
@Suite("The preview's report")
struct PreviewReportTests {
    @Test("a QA finding of kopru check is in the preview's report too")
    func qaFindingInThePreview() throws {
        let project = try ProjectCopy()
        let path = "Sources-tr/03-osnabrueck.xml"
        let text = try #require(project.text(path))
        #expect(text.contains("165.000"), "the scenario no longer applies to \(path)")
        try project.write(text.replacingOccurrences(of: "165.000", with: "175.000"), to: path)
        let check = try ProgramRun.run(["check", "--format", "json"], in: project.url)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(check.standardOutput.utf8)) as? [String: Any])
        let codes = Set((report["findings"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String })
        #expect(codes.contains("qa.number-mismatch"), "\(codes)")

        let site = PreviewSite(manifestURL: project.file("kopru.yaml"), manifestPath: "kopru.yaml", layout: nil)
        guard case .built = site.build() else {
            Issue.record("the preview did not build")
            return
        }
        let page = try String(contentsOf: site.folder.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(page.contains("qa.number-mismatch"))
        #expect(page.contains("175.000"))
    }

    @Test("kopru preview without kopru-preview beside it says so and exits 69, and kopru links no HTTP code")
    func serverMissing() throws {
        let project = try ProjectCopy()
        let lonely = project.parent.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: lonely, withIntermediateDirectories: true)
        let kopru = lonely.appendingPathComponent("kopru")
        try FileManager.default.copyItem(at: ProgramRun.kopru, to: kopru)
        let run = try ProgramRun.run(["preview", "--port", "0"], in: project.url, executable: kopru)
        #expect(run.status == 69, "\(run.standardError)")
        #expect(run.standardError.contains("[preview.server-missing]"))
        #expect(run.standardError.contains("\(lonely.path)/kopru-preview"))
        let libraries = try ProgramRun.run([ProgramRun.kopru.path], in: project.url,
            executable: URL(fileURLWithPath: "/usr/bin/ldd"))
        #expect(libraries.status == 0)
        #expect(!libraries.standardOutput.contains("libFoundationNetworking"), "\(libraries.standardOutput)")
        #expect(!libraries.standardOutput.contains("libcurl"))
    }
}
