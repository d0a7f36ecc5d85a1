@testable import Exchange
import Testing

/// A source's copy in an import's backup folder stays inside that folder, whatever its path.
@Suite("Backup names")
struct BackupNameTests {
    @Test(arguments: [
        ("Sources-tr/04-saarbruecken.xlf", "Sources-tr/04-saarbruecken.xlf"),
        ("../shared/x.xml", "_up/shared/x.xml"),
        ("../../x.xml", "_up/_up/x.xml"),
        ("./Sources-de//a.xml", "Sources-de/a.xml"),
    ])
    func staysInside(path: String, expected: String) {
        let name = TranslationImporter.backupName(path)
        #expect(name == expected)
        #expect(!name.split(separator: "/").contains(".."))
    }
}
