@testable import Commands
import Foundation
import Testing
import TestSupport

@Suite("Diagnostic codes: documented, unique, up to date")
struct CodesTests {
    @Test("docs/diagnostics.md is what `kopru codes --format markdown` prints")
    func referenceIsUpToDate() {
        let url = Corpus.repositoryRoot.appendingPathComponent("docs/diagnostics.md")
        let failure = Golden.compare(DiagnosticCodes.markdown, goldenFile: url)
        #expect(failure == nil, "\(failure ?? "")")
    }

    @Test("no code is listed twice")
    func unique() {
        let codes = DiagnosticCodes.all.map(\.code.rawValue)
        #expect(Set(codes).count == codes.count, "duplicates: \(codes.filter { code in codes.filter { $0 == code }.count > 1 })")
    }

    @Test("every code written in the sources is in the catalog")
    func everyEmittedCodeIsDocumented() throws {
        let documented = Set(DiagnosticCodes.all.map(\.code.rawValue))
        let pattern = try NSRegularExpression(
            pattern: #""((?:xml|xliff|xliff2|docbook|align|publication|manifest|input|build|qa|check|import|export)\.[a-z0-9-]+(?:\.[a-z0-9-]+)*)""#)
        var undocumented: [String] = []
        let sources = Corpus.repositoryRoot.appendingPathComponent("Sources")
        let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
        for case let file as URL in enumerator where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let code = String(text[Range(match.range(at: 1), in: text)!])
                // File names such as "publication.pdf" are not codes.
                if ["publication.pdf", "publication.html", "publication.epub"].contains(code) { continue }
                if !documented.contains(code) { undocumented.append("\(file.lastPathComponent): \(code)") }
            }
        }
        #expect(undocumented.isEmpty, "undocumented codes: \(undocumented)")
    }
}
