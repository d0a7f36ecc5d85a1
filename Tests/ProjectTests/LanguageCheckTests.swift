import Pairing
import Project
import Foundation
import PublicationCore
import Testing
import TestSupport

/// The declared languages of a contribution's files against their sides in kopru.yaml
/// (`publication.wrong-language`), on copies of the sample volume with one thing changed.
@Suite("Declared languages match the manifest")
struct LanguageCheckTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var file: String
        var replace: String
        var with: String
        /// "path:line:column" of each expected finding, and a text each message holds.
        var expected: [(String, String)]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "XLIFF 1.2 translation with target-language en-US", file: "Sources-tr/04-saarbruecken.xlf",
            replace: "target-language=\"tr-TR\"", with: "target-language=\"en-US\"",
            expected: [("Sources-tr/04-saarbruecken.xlf:3:3", "target-language=\"en-US\"")]),
        Case(name: "XLIFF 1.2 Turkish translation with target-language de-DE", file: "Sources-tr/04-saarbruecken.xlf",
            replace: "target-language=\"tr-TR\"", with: "target-language=\"de-DE\"",
            expected: [("Sources-tr/04-saarbruecken.xlf:3:3", "the Turkish translation of contribution \"04-saarbruecken\"")]),
        Case(name: "XLIFF 1.2 translation whose source is not the original's language", file: "Sources-tr/04-saarbruecken.xlf",
            replace: "source-language=\"de-DE\"", with: "source-language=\"en\"",
            expected: [("Sources-tr/04-saarbruecken.xlf:3:3", "source-language=\"en\"")]),
        Case(name: "XLIFF 2 translation with trgLang fr-FR", file: "Sources-de/08-sultanbeyli.xlf",
            replace: "trgLang=\"de-DE\"", with: "trgLang=\"fr-FR\"",
            expected: [("Sources-de/08-sultanbeyli.xlf:3:3", "trgLang=\"fr-FR\"")]),
        Case(name: "DocBook translation in the original's language", file: "Sources-tr/05-altena.xml",
            replace: "xml:lang=\"tr\"", with: "xml:lang=\"de\"",
            expected: [("Sources-tr/05-altena.xml:2:1", "the Turkish translation of contribution \"05-altena\"")]),
        Case(name: "original: tr on a German original", file: "kopru.yaml",
            replace: "- id: 03-osnabrueck\n    original: de\n    german: Sources-de/03-osnabrueck.xml\n    turkish: Sources-tr/03-osnabrueck.xml",
            with: "- id: 03-osnabrueck\n    original: tr\n    german: Sources-tr/03-osnabrueck.xml\n    turkish: Sources-de/03-osnabrueck.xml",
            expected: [("Sources-de/03-osnabrueck.xml:2:1", "`original: tr`"),
                       ("Sources-tr/03-osnabrueck.xml:2:1", "the German translation of contribution \"03-osnabrueck\"")]),
        Case(name: "region subtags stay accepted", file: "Sources-tr/05-altena.xml",
            replace: "xml:lang=\"tr\"", with: "xml:lang=\"tr-TR\"", expected: []),
    ]

    @Test("a declared language that contradicts the manifest is an error with position and remedy", arguments: cases)
    func wrongLanguage(_ scenario: Case) throws {
        let project = try ProjectCopy()
        let original = try #require(project.text(scenario.file))
        #expect(original.contains(scenario.replace), "the scenario no longer applies to \(scenario.file)")
        try project.write(original.replacingOccurrences(of: scenario.replace, with: scenario.with), to: scenario.file)
        let manifest = try Manifest(yaml: try #require(project.text("kopru.yaml")))
        let loaded = PublicationLoader().load(manifest, relativeTo: project.url)
        let found = loaded.diagnostics.filter { $0.code == "publication.wrong-language" }
        #expect(found.count == scenario.expected.count, "\(found.map(\.message))")
        for (place, text) in scenario.expected {
            let match = found.first { $0.location.map { "\($0.file):\($0.line):\($0.column)" } == place }
            #expect(match != nil, "no finding at \(place): \(found.map { "\(String(describing: $0.location)) \($0.message)" })")
            #expect(match?.severity == .error)
            #expect(match?.message.contains(text) == true, "\(match?.message ?? "")")
            #expect(match?.remedy?.isEmpty == false)
        }
    }

    @Test("original: tr on a German contribution whose files both declare their own side's language is caught by the lock file")
    func wrongOriginalBetweenTwoDocBookDocuments() throws {
        let project = try ProjectCopy()
        let yaml = try #require(project.text("kopru.yaml"))
        let entry = "- id: 03-osnabrueck\n    original: de\n"
        #expect(yaml.contains(entry), "the scenario no longer applies to kopru.yaml")
        try project.write(yaml.replacingOccurrences(of: entry, with: "- id: 03-osnabrueck\n    original: tr\n"),
            to: "kopru.yaml")
        let manifest = try Manifest(yaml: try #require(project.text("kopru.yaml")))
        let lock = try LockFile.read(from: project.file("kopru.lock"))
        // Both documents declare the language of their side: only the lock file knows the original.
        let withoutLock = PublicationLoader().load(manifest, relativeTo: project.url)
        #expect(!withoutLock.diagnostics.contains { $0.code == "publication.wrong-language" })
        let loaded = PublicationLoader().load(manifest, relativeTo: project.url, lock: lock)
        let found = loaded.diagnostics.filter { $0.code == "publication.wrong-language" }
        #expect(found.count == 1, "\(found.map(\.message))")
        let finding = try #require(found.first)
        #expect(finding.severity == .error)
        #expect(finding.location?.file == "kopru.yaml")
        #expect(finding.message.contains("German original"))
        #expect(finding.remedy?.contains("`original: de`") == true)
        let reference = manifest.contributions.first { $0.id == "03-osnabrueck" }?.location
        #expect(finding.location == reference && reference != nil)
    }

    @Test("the sample volume declares its languages as the manifest says")
    func sampleVolume() throws {
        let project = try ProjectCopy()
        let manifest = try Manifest(yaml: try #require(project.text("kopru.yaml")))
        let lock = try LockFile.read(from: project.file("kopru.lock"))
        let loaded = PublicationLoader().load(manifest, relativeTo: project.url, lock: lock)
        #expect(!loaded.diagnostics.contains { $0.code == "publication.wrong-language" })
        #expect(loaded.contributions.count == 10)
    }
}
