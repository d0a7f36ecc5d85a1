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

    /// The families of codes: what comes before the first dot of every catalogued code.
    static var families: Set<String> {
        Set(DiagnosticCodes.all.map { String($0.code.rawValue.split(separator: ".").first ?? "") })
    }

    /// Strings that look like codes but name files, or keys of kopru.yaml.
    static let fileNames: Set<String> = [
        "publication.pdf", "publication.html", "publication.epub", "publication.xml", "manifest.md", "publication.md",
        "check.min-complete", "check.severities", "check.glossary", "check.placeholders", "check.suppressions",
    ]

    @Test("every code written in the sources is in the catalog (every family of codes, found from the catalog)")
    func everyEmittedCodeIsDocumented() throws {
        let documented = Set(DiagnosticCodes.all.map(\.code.rawValue))
        let families = Self.families.sorted().joined(separator: "|")
        #expect(Self.families.contains("glossary") && Self.families.contains("docx") && Self.families.contains("output"))
        let pattern = try NSRegularExpression(pattern: #""((?:"# + families + #")\.[a-z0-9-]+(?:\.[a-z0-9-]+)*)""#)
        var undocumented: [String] = []
        var seen = 0
        let sources = Corpus.repositoryRoot.appendingPathComponent("Sources")
        let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
        for case let file as URL in enumerator where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let code = String(text[Range(match.range(at: 1), in: text)!])
                if Self.fileNames.contains(code) || code.hasSuffix(".xml") || code.hasSuffix(".swift") { continue }
                seen += 1
                if !documented.contains(code) { undocumented.append("\(file.lastPathComponent): \(code)") }
            }
        }
        #expect(seen > 100)
        #expect(undocumented.isEmpty, "undocumented codes: \(undocumented)")
    }

    @Test("every code the documentation names exists (README and docs/, in backticks)")
    func everyDocumentedCodeExists() throws {
        let documented = Set(DiagnosticCodes.all.map(\.code.rawValue))
        let families = Self.families.sorted().joined(separator: "|")
        let pattern = try NSRegularExpression(pattern: #"`((?:"# + families + #")\.[a-z0-9-]+)`"#)
        let root = Corpus.repositoryRoot
        var files = [root.appendingPathComponent("README.md")]
        files += try FileManager.default.contentsOfDirectory(at: root.appendingPathComponent("docs"), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "md" }
        var unknown: [String] = []
        var seen = 0
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let code = String(text[Range(match.range(at: 1), in: text)!])
                if Self.fileNames.contains(code) || code.hasSuffix(".xml") || code.hasSuffix(".yaml") || code.hasSuffix(".lock") { continue }
                seen += 1
                if !documented.contains(code) { unknown.append("\(file.lastPathComponent): \(code)") }
            }
        }
        #expect(seen > 100)
        #expect(unknown.isEmpty, "the documentation names codes that do not exist: \(unknown)")
    }
}
