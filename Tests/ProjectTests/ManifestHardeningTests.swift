import Project
import Foundation
import PublicationCore
import TestSupport
import Testing

/// Manifests written to break the reader: deep nesting, wrong encodings, repeated keys and entries,
/// impossible dates and output folders that would delete the project.
@Suite struct ManifestHardeningTests {
    static let head = "title: {de: Band, tr: Cilt}\n"
    static let entries = """
        contributions:
          - {id: a, original: de, german: Sources-de/a.xml, turkish: Sources-tr/a.xml}
          - {id: b, original: tr, german: Sources-de/b.xml, turkish: Sources-tr/b.xml}

        """

    /// Reads a manifest that must fail and returns its error.
    func failure(_ yaml: String) -> ManifestError? {
        do {
            _ = try Manifest(yaml: yaml, file: "kopru.yaml")
            return nil
        } catch {
            return error
        }
    }

    func expect(_ yaml: String, code: String, line: Int, column: Int, quoting text: String? = nil,
        sourceLocation: Testing.SourceLocation = #_sourceLocation)
    {
        guard let error = failure(yaml) else {
            Issue.record("expected \(code), but the manifest was accepted", sourceLocation: sourceLocation)
            return
        }
        #expect(error.code.rawValue == code, "\(error)", sourceLocation: sourceLocation)
        #expect(error.location == PublicationCore.SourceLocation(file: "kopru.yaml", line: line, column: column),
            "\(error)", sourceLocation: sourceLocation)
        if let text { #expect(error.message.contains(text), "\(error.message)", sourceLocation: sourceLocation) }
    }

    // MARK: Nesting and size, before the YAML parser

    @Test func fiveThousandNestedBracketsAreRefusedNotACrash() {
        expect("title: " + String(repeating: "[", count: 5000) + "\n", code: "manifest.too-deep", line: 1, column: 71)
        expect("title: " + String(repeating: "{a: ", count: 5000) + "\n", code: "manifest.too-deep", line: 1,
            column: 8 + 63 * 4)
    }

    @Test func threeThousandNestedBlockMappingsAreRefusedNotACrash() {
        func nested(_ levels: Int, _ entry: String) -> String {
            (0..<levels).map { String(repeating: " ", count: $0) + entry.replacingOccurrences(of: "#", with: "\($0)") }
                .joined(separator: "\n") + "\n"
        }
        expect(nested(1000, "k#:"), code: "manifest.too-deep", line: 65, column: 65)
        expect("title:\n" + nested(1000, "- "), code: "manifest.too-deep", line: 65, column: 64)
        // 3,000 levels take 4.5 MB of indentation: refused before any parsing, one way or the other.
        let huge = failure(nested(3000, "k#:"))?.code.rawValue
        #expect(huge == "manifest.too-large" || huge == "manifest.too-deep")
    }

    @Test(arguments: [
        ("after an anchor", "title: &x " + String(repeating: "[", count: 3000)),
        ("after a tag", "title: !!seq " + String(repeating: "[", count: 3000)),
        ("after a document marker", "--- " + String(repeating: "[", count: 3000)),
        ("as a key", String(repeating: "[", count: 3000)),
        ("on the next line", "title:\n  " + String(repeating: "[", count: 3000)),
        ("after a list dash", "- " + String(repeating: "{", count: 3000)),
        ("in a chain of dashes", String(repeating: "- ", count: 3000) + "x"),
        ("after a quoted scalar in a flow", "title: [\"]\", " + String(repeating: "[", count: 3000)),
        ("after a block scalar", "a: |\n  [[[\nb: " + String(repeating: "[", count: 3000)),
        ("after an explicit key", "? " + String(repeating: "[", count: 3000)),
        ("after brackets in a quoted value without a space", "title: [{\"a\":\"]]]]\"}, " + String(repeating: "[", count: 3000)),
        ("after brackets in a quoted explicit key", "title: {? \"]]]]\": x, y: " + String(repeating: "[", count: 3000)),
        ("with Windows line ends", "a:\r\n" + (1..<200).map { String(repeating: " ", count: $0) + "k:\r\n" }.joined()),
    ])
    func nestingIsCountedWhereverItStarts(_ example: (String, String)) {
        #expect(failure(example.1)?.code == "manifest.too-deep", "\(example.0)")
    }

    /// Random prefixes of YAML's indicators followed by deep nesting: whatever the prefix hides or
    /// opens, 5,000 levels must never reach the parser (on a test thread's small stack they would
    /// overflow it, and the test process would crash).
    @Test(arguments: 0..<4)
    func noPrefixHidesDeepNesting(batch: Int) {
        var random = SeededGenerator(seed: 0x6B6F_7072 &+ UInt64(batch))
        let pieces = ["[", "]", "{", "}", "\"", "'", ":", ": ", ",", "- ", "? ", "#", " #", "\n", "\n  ", "|", ">", "&a ",
            "!t ", "a", "--- ", "\\", "''", "\r\n", "\t"]
        for _ in 0..<500 {
            let prefix = (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let opener = Bool.random(using: &random) ? "[" : "{a: "
            let yaml = "title: " + prefix + String(repeating: opener, count: 5000)
            // Refused, by the pre-scan or the parser, but never a crash.
            #expect(failure(yaml) != nil, "\(prefix.debugDescription)")
        }
    }

    @Test func bracketsInsideTextDoNotCount() throws {
        let brackets = String(repeating: "[", count: 200)
        let manifest = try Manifest(yaml: """
            title: {de: "\(brackets)", tr: '\(brackets) it''s'}
            subtitle:
              de: Text mit \(brackets) darin  # \(brackets)
              tr: "x"
            imprint:
              de: |
                \(brackets)
              tr: >
                \(brackets)
            contributions: []
            """)
        #expect(manifest.metadata.title.german == brackets)
        #expect(manifest.metadata.imprint?.german == brackets + "\n")
    }

    @Test func theSampleManifestPassesThePreScan() throws {
        let text = try String(contentsOf: Corpus.repositoryRoot.appendingPathComponent("kopru.yaml"), encoding: .utf8)
        let manifest = try Manifest(yaml: text)
        #expect(manifest.contributions.count == 10)
    }

    @Test func aManifestOverOneMebibyteIsRefused() {
        let filler = String(repeating: "# a comment line of sample text\n", count: 40_000)
        guard let error = failure(Self.head + filler + "contributions: []\n") else {
            Issue.record("a 1.3 MB manifest was accepted")
            return
        }
        #expect(error.code == "manifest.too-large")
        #expect(error.location?.line == 32_769)
    }

    // MARK: Encoding, empty files

    @Test func invalidUTF8IsRefusedAtItsPlace() {
        var bytes = Array("title: {de: Band, tr: Cilt}\nsubtitle: {de: Gr".utf8)
        bytes += [0xFC, 0x6E]  // "ün" in Latin-1
        bytes += Array("e, tr: Yeşil}\ncontributions: []\n".utf8)
        expect(String(decoding: bytes, as: UTF8.self), code: "manifest.encoding", line: 2, column: 18, quoting: "not valid UTF-8")
    }

    @Test func utf16IsRefusedInPlainWords() {
        let text = Self.head + "contributions: []\n"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        guard let error = failure(String(decoding: bytes, as: UTF8.self)) else {
            Issue.record("a UTF-16 manifest was accepted")
            return
        }
        #expect(error.code == "manifest.encoding")
        #expect(error.message.contains("UTF-16"))
        #expect(error.location?.line == 1)
    }

    @Test(arguments: ["", "\n\n", "# only a comment\n# and another\n", "   \n# x\n"])
    func anEmptyManifestSaysSoAtLineOne(_ yaml: String) {
        expect(yaml, code: "manifest.empty", line: 1, column: 1, quoting: "empty")
    }

    // MARK: Keys, dates, entries

    @Test func aDuplicateTopLevelKeyIsAnError() {
        expect(Self.head + "layout: parallel\nlayout: interleaved\ncontributions: []\n", code: "manifest.duplicate-key",
            line: 3, column: 1, quoting: "line 2, column 1")
    }

    @Test func duplicateNestedKeysAreErrors() {
        expect("title: {de: Band, tr: Cilt, de: Buch}\ncontributions: []\n", code: "manifest.duplicate-key", line: 1, column: 29)
        expect(Self.head + "contributions:\n  - {id: a, original: de, id: b}\n", code: "manifest.duplicate-key", line: 3, column: 27)
        expect(Self.head + "check:\n  severities: {qa.quotes: off, qa.quotes: error}\ncontributions: []\n",
            code: "manifest.duplicate-key", line: 3, column: 32)
    }

    @Test(arguments: ["2021-13-45", "2021-02-29", "2021-04-31", "2021-00-10", "17.12.2020", "2021-3-1", "2021-03-01T10:00", "heute"])
    func anImpossibleOrNonISODateIsAnError(_ date: String) {
        expect(Self.head + "date: \(date)\ncontributions: []\n", code: "manifest.invalid-value", line: 2, column: 7, quoting: date)
    }

    @Test(arguments: ["2020-02-29", "2000-02-29", "2021-12-31", "'2021-03-01'"])
    func realDatesAreAccepted(_ date: String) throws {
        let manifest = try Manifest(yaml: Self.head + "date: \(date)\ncontributions: []\n")
        #expect(manifest.metadata.date == date.replacingOccurrences(of: "'", with: ""))
    }

    @Test func aContributionInFrontAndBackMatterIsAnError() {
        expect(Self.head + "front-matter: [a]\nback-matter: [b, a]\n" + Self.entries, code: "manifest.invalid-reference",
            line: 3, column: 18, quoting: "listed in \"front-matter\" already")
        expect(Self.head + "front-matter: [a, a]\n" + Self.entries, code: "manifest.invalid-reference",
            line: 2, column: 19, quoting: "twice")
    }

    @Test func aContributionListedTwiceIsAnError() {
        expect(Self.entries.replacingOccurrences(of: "id: b", with: "id: a") + Self.head, code: "manifest.invalid-reference",
            line: 3, column: 5, quoting: "listed twice")
        expect(Self.head + Self.entries.replacingOccurrences(of: "Sources-de/b.xml", with: "./Sources-de/a.xml"),
            code: "manifest.invalid-reference", line: 4, column: 5, quoting: "Sources-de/a.xml")
    }

    // MARK: The output folder

    @Test(arguments: [
        (".", "the project folder itself"), ("\"\"", "the project folder itself"), ("./", "the project folder itself"),
        ("Output/..", "the project folder itself"), ("..", "holds the project"), ("../..", "holds the project"),
        ("Sources-de", "Sources-de/a.xml"), ("./Sources-tr/", "Sources-tr/a.xml"), ("Sources-de/a.xml", "contribution \"a\""),
        ("kopru.yaml", "the manifest"), ("kopru.lock", "the lock file"), ("docs", "the glossary"),
    ])
    func anOutputFolderThatWouldDeleteTheProjectIsRefused(_ example: (String, String)) {
        let yaml = Self.head + "output: \(example.0)\ncheck: {glossary: docs/glossary.csv}\n" + Self.entries
        expect(yaml, code: "manifest.unsafe-output", line: 2, column: 9, quoting: example.1)
    }

    @Test(arguments: ["Output", "Ausgabe/2021", "../site", "Sources-de-output", "/srv/www/band"])
    func anOutputFolderOfItsOwnIsAccepted(_ folder: String) throws {
        let manifest = try Manifest(yaml: Self.head + "output: \(folder)\n" + Self.entries)
        #expect(manifest.output == folder)
    }

    // MARK: Every error has a place

    @Test(arguments: [
        "", "# nothing\n", "title: {de: Band, tr: Cilt\n", "title: \u{7}\n", "just a line of text\n", "- a\n- b\n",
        "title: {de: Band, tr: Cilt}\n", "title: {de: Band, tr: Cilt}\ncontributions: 5\n", "\u{FFFD}title: x\n",
        "title: {de: Band, tr: Cilt}\ncontributions: [{id: a}]\n", "a: b\n---\nc: d\n", "title: *unknown\n",
    ])
    func everyManifestErrorHasALineAndColumn(_ yaml: String) {
        guard let error = failure(yaml) else {
            Issue.record("expected an error for \(yaml.debugDescription)")
            return
        }
        #expect(error.location != nil, "\(error)")
        #expect(error.description.hasPrefix("kopru.yaml:"), "\(error)")
    }

    @Test func everyNewCodeIsInTheCatalog() {
        let place = PublicationCore.SourceLocation(file: "kopru.yaml", line: 1, column: 1)
        let errors: [ManifestError] = [
            .tooLarge(bytes: 2, limit: 1, at: place), .tooDeep(limit: 1, at: place), .encoding(problem: "x", at: place),
            .empty(at: place), .duplicateKey("x", first: place, at: place), .unsafeOutput(path: ".", reason: "x", at: place),
        ]
        let codes = Set(ManifestDiagnostics.catalog.map(\.code))
        for error in errors {
            #expect(codes.contains(error.code), "\(error.code) is not in the catalog")
        }
    }
}
