import Foundation
import FormatReaders
import PublicationCore
import TestSupport
import Testing

/// The XLIFF 1.2 reader's diagnostics, on inline documents whose markers (1️⃣, 2️⃣, …) stand where a
/// diagnostic must point.
@Suite struct XLIFF12DiagnosticsTests {
    /// A document with its markers removed and the line and column of each marker.
    struct Marked {
        var xml: String
        var positions: [Int: (line: Int, column: Int)] = [:]

        init(_ text: String) {
            let markers: [Character: Int] = ["1️⃣": 1, "2️⃣": 2, "3️⃣": 3, "4️⃣": 4]
            var xml = ""
            var line = 1
            var column = 1
            for character in text {
                if let number = markers[character] {
                    positions[number] = (line, column)
                    continue
                }
                xml.append(character)
                if character == "\n" { line += 1; column = 1 } else { column += 1 }
            }
            self.xml = xml
        }
    }

    static func load(_ marked: Marked) -> (LoadedDocument, [TranslationUnit]) {
        var units: [TranslationUnit] = []
        let loaded = DocumentLoader().load(Data(marked.xml.utf8), displayPath: "beitrag.xlf") { units.append($0) }
        return (loaded, units)
    }

    static func document(_ body: String, file: String = #"original="beitrag.txt" source-language="de" target-language="tr""#) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
        <file \(file) datatype="plaintext"><body>
        \(body)
        </body></file>
        </xliff>
        """
    }

    @Test func duplicateIDInOneFile() throws {
        let marked = Marked(Self.document("""
            <trans-unit id="p1"><source>Erster</source></trans-unit>
              1️⃣<trans-unit id="p1"><source>Zweiter</source></trans-unit>
            """))
        let (loaded, units) = Self.load(marked)
        let diagnostic = try #require(loaded.diagnostics.first)
        #expect(loaded.diagnostics.count == 1)
        #expect(diagnostic.code == "xliff.duplicate-id")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location?.line == marked.positions[1]?.line)
        #expect(diagnostic.location?.column == marked.positions[1]?.column)
        #expect(diagnostic.message.contains("\"p1\""))
        #expect(diagnostic.notes == ["the first unit with id \"p1\" is at line 4"])
        #expect(diagnostic.unit == "p1")
        #expect(units.count == 2, "both units are still read and counted")
    }

    @Test func sameIDInTwoFilesWithTheSameOriginalIsAWarning() throws {
        let marked = Marked("""
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
            <file original="a.txt" source-language="de"><body><trans-unit id="1"><source>A</source></trans-unit></body></file>
            <file original="a.txt" source-language="de"><body>1️⃣<trans-unit id="1"><source>B</source></trans-unit></body></file>
            </xliff>
            """)
        let (loaded, _) = Self.load(marked)
        let diagnostic = try #require(loaded.diagnostics.first)
        #expect(diagnostic.code == "xliff.duplicate-key" && diagnostic.severity == .warning)
        #expect(diagnostic.location?.line == 3 && diagnostic.location?.column == marked.positions[1]?.column)
    }

    /// The file key's part of the unit-id hash is worked out once per key; a next `<file>` whose key is
    /// the same text in other bytes (`é` in one scalar, then as `e` and a combining accent) is another key.
    @Test func keysThatDifferInTheirBytesAreNotTheSameFile() {
        let (loaded, _) = Self.load(Marked("""
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
            <file original="\u{E9}.txt" source-language="de"><body><trans-unit id="1"><source>A</source></trans-unit></body></file>
            <file original="e\u{301}.txt" source-language="de"><body><trans-unit id="1"><source>B</source></trans-unit></body></file>
            <file original="e\u{301}.txt" source-language="de"><body><trans-unit id="1"><source>C</source></trans-unit></body></file>
            </xliff>
            """))
        // Only the third file repeats the second's key.
        #expect(loaded.diagnostics.map(\.code) == ["xliff.duplicate-key"])
        #expect(loaded.diagnostics.first?.location?.line == 4)
    }

    /// Files written on one line: which `<file>` element the first unit of an id belongs to cannot be
    /// told from its line, so ids within one element are errors and across elements warnings all the same.
    @Test func duplicatesInFileElementsOnOneLine() throws {
        let unit = { (id: String) in "<trans-unit id=\"\(id)\"><source>\(id)</source></trans-unit>" }
        let marked = Marked(#"<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">"#
            + #"<file original="a.txt" source-language="de"><body>"# + unit("1") + unit("2") + "</body></file>"
            + #"<file original="a.txt" source-language="de"><body>"# + "1️⃣" + unit("1") + unit("3") + "2️⃣" + unit("3")
            + "3️⃣" + unit("1") + "</body></file></xliff>")
        let (loaded, _) = Self.load(marked)
        #expect(loaded.diagnostics.map(\.code) == ["xliff.duplicate-key", "xliff.duplicate-id", "xliff.duplicate-key"])
        #expect(loaded.diagnostics.map { $0.location?.column } == [1, 2, 3].map { marked.positions[$0]?.column })
    }

    /// Many ids, so that the id table grows many times, with a duplicate of the first and of the last.
    @Test func duplicatesAmongManyUnits() throws {
        let count = 5000
        var body = (1...count).map { "<trans-unit id=\"u\($0)\"><source>Text</source></trans-unit>" }
        body += ["<trans-unit id=\"u1\"><source>A</source></trans-unit>",
            "<trans-unit id=\"u\(count)\"><source>B</source></trans-unit>"]
        let (loaded, units) = Self.load(Marked(Self.document(body.joined(separator: "\n"))))
        #expect(units.count == count + 2)
        #expect(loaded.diagnostics.map(\.code) == ["xliff.duplicate-id", "xliff.duplicate-id"])
        #expect(loaded.diagnostics.map(\.notes) == [["the first unit with id \"u1\" is at line 4"],
            ["the first unit with id \"u\(count)\" is at line \(count + 3)"]])
    }

    @Test func unitWithoutIDOrResname() throws {
        let marked = Marked(Self.document("""
              1️⃣<trans-unit><source>Ohne Kennung</source></trans-unit>
            """))
        let (loaded, units) = Self.load(marked)
        let diagnostic = try #require(loaded.diagnostics.first)
        #expect(loaded.diagnostics.count == 1)
        #expect(diagnostic.code == "xliff.unit-without-id")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location?.line == marked.positions[1]?.line)
        #expect(diagnostic.location?.column == marked.positions[1]?.column)
        #expect(diagnostic.remedy != nil)
        #expect(units.map(\.id) == [""])
    }

    @Test func resnameStandsInForAMissingID() throws {
        let marked = Marked(Self.document("""
            1️⃣<trans-unit resname="greeting"><source>Hallo</source></trans-unit>
            """))
        let (loaded, units) = Self.load(marked)
        let diagnostic = try #require(loaded.diagnostics.first)
        #expect(diagnostic.code == "xliff.id-from-resname" && diagnostic.severity == .warning)
        #expect(diagnostic.location?.column == marked.positions[1]?.column)
        #expect(units.map(\.id) == ["greeting"])
    }

    @Test func unitWithoutSource() throws {
        let marked = Marked(Self.document("""
            <trans-unit id="ok"><source>Text</source></trans-unit>
               1️⃣<trans-unit id="leer">
                <target>Metin</target>
              </trans-unit>
            """))
        let (loaded, units) = Self.load(marked)
        let diagnostic = try #require(loaded.diagnostics.first)
        #expect(loaded.diagnostics.count == 1)
        #expect(diagnostic.code == "xliff.missing-source")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location?.line == marked.positions[1]?.line)
        #expect(diagnostic.location?.column == marked.positions[1]?.column)
        #expect(diagnostic.message.contains("\"leer\""))
        #expect(units.count == 2)
    }

    @Test func unknownStateIsAWarningAtTheTarget() throws {
        let marked = Marked(Self.document("""
            <trans-unit id="a"><source>A</source>1️⃣<target state="needs-work">B</target></trans-unit>
            <trans-unit id="b"><source>A</source><target state="x-reviewed-by-editor">B</target></trans-unit>
            """))
        let (loaded, _) = Self.load(marked)
        #expect(loaded.diagnostics.count == 1, "x-… states are allowed")
        let diagnostic = try #require(loaded.diagnostics.first)
        #expect(diagnostic.code == "xliff.unknown-state" && diagnostic.severity == .warning)
        #expect(diagnostic.message.contains("\"needs-work\""))
        #expect(diagnostic.location?.line == marked.positions[1]?.line)
        #expect(diagnostic.location?.column == marked.positions[1]?.column)
    }

    @Test func fileWithoutSourceLanguageIsAWarning() throws {
        let marked = Marked("""
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              1️⃣<file original="x.txt" datatype="plaintext"><body>
                <trans-unit id="1"><source>A</source></trans-unit>
              </body></file>
            </xliff>
            """)
        let (loaded, units) = Self.load(marked)
        let diagnostic = try #require(loaded.diagnostics.first)
        #expect(diagnostic.code == "xliff.missing-source-language" && diagnostic.severity == .warning)
        #expect(diagnostic.location?.line == 2 && diagnostic.location?.column == 3)
        #expect(loaded.statistics.sourceLanguage == nil)
        #expect(units.count == 1)
    }

    @Test func targetSegmentsThatTheSourceDoesNotHave() throws {
        let marked = Marked(Self.document("""
            <trans-unit id="s"><source>A. B.</source>
            <seg-source><mrk mtype="seg" mid="1">A.</mrk></seg-source>
            <target><mrk mtype="seg" mid="1">C.</mrk> 1️⃣<mrk mtype="seg" mid="9">D.</mrk></target></trans-unit>
            """))
        let (loaded, units) = Self.load(marked)
        let diagnostic = try #require(loaded.diagnostics.first)
        #expect(diagnostic.code == "xliff.extra-target-segment" && diagnostic.message.contains("mid=\"9\""))
        #expect(diagnostic.location?.column == marked.positions[1]?.column)
        #expect(units.first?.segments.map { $0.target?.plainText } == ["C."])
    }

    @Test func unsegmentedTargetOfASegmentedSourceIsOneSegment() throws {
        let marked = Marked(Self.document("""
            <trans-unit id="s"><source>A. B.</source>
            <seg-source><mrk mtype="seg" mid="1">A.</mrk> <mrk mtype="seg" mid="2">B.</mrk></seg-source>
            1️⃣<target>C. D.</target></trans-unit>
            """))
        let (loaded, units) = Self.load(marked)
        let diagnostic = try #require(loaded.diagnostics.first)
        #expect(diagnostic.code == "xliff.unsegmented-target")
        #expect(diagnostic.location?.column == marked.positions[1]?.column)
        #expect(units.first?.segments.map(\.source.plainText) == ["A. B."])
        #expect(units.first?.segments.map { $0.target?.plainText } == ["C. D."])
    }

    @Test func aCutOffFileReportsNothingAboutTheCutOffPart() {
        // The second unit has neither an id nor a source, but the file ends inside it.
        let xml = Self.document("""
            <trans-unit id="1"><source>Ganz</source></trans-unit>
            <trans-unit><target>Abgeschnitt
            """).components(separatedBy: "Abgeschnitt")[0] + "Abgeschnitt"
        let (loaded, units) = Self.load(Marked(xml))
        #expect(units.map(\.id) == ["1"])
        #expect(loaded.statistics.units == 1)
        #expect(!loaded.diagnostics.isEmpty)
        #expect(loaded.diagnostics.allSatisfy { $0.code.rawValue.hasPrefix("xml.") })
    }

    @Test func everyCodeIsInTheCatalog() {
        let codes = Set(XLIFF12Diagnostics.catalog.map(\.code))
        #expect(codes.count == XLIFF12Diagnostics.catalog.count, "no code is listed twice")
        let used: Set<DiagnosticCode> = [
            "xliff.unit-without-id", "xliff.id-from-resname", "xliff.duplicate-id", "xliff.duplicate-key",
            "xliff.missing-source", "xliff.unknown-state", "xliff.missing-source-language",
            "xliff.extra-target-segment", "xliff.unsegmented-target", "xliff.code-with-content",
            "xliff.extra-target-sub",
        ]
        #expect(codes == used)
        for entry in XLIFF12Diagnostics.catalog {
            #expect(entry.code.rawValue.hasPrefix("xliff."))
        }
    }
}
