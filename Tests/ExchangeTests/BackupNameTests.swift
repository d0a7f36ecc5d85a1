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
        ("_up/shared/x.xml", "__up/shared/x.xml"),
        ("/abs/x.xml", "_root/abs/x.xml"),
        ("abs/x.xml", "abs/x.xml"),
    ])
    func staysInside(path: String, expected: String) {
        let name = TranslationImporter.backupName(path)
        #expect(name == expected)
        #expect(!name.split(separator: "/").contains(".."))
    }

    @Test("no two sources share a backup name: outside the project, a folder named _up, an absolute path")
    func distinct() {
        let paths = ["../shared/x.xml", "_up/shared/x.xml", "__up/shared/x.xml", "/abs/x.xml", "abs/x.xml", "_root/abs/x.xml"]
        let names = paths.map(TranslationImporter.backupName)
        #expect(Set(names).count == paths.count, "\(names)")
    }
}
