import Foundation
import Testing
import XMLSource

@Suite("Hostile and broken input")
struct HostileInputTests {
    func parse(_ text: String) -> (EventRecorder, XMLStreamParser.Result) {
        let recorder = EventRecorder()
        return (recorder, recorder.parse(Data(text.utf8)))
    }

    func temporaryFile(_ name: String, _ contents: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kopru-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try contents.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test("an external entity (XXE) never discloses a file's content")
    func externalEntityIsNotRead() throws {
        let secret = try temporaryFile("secret.txt", "TOP-SECRET-CONTENT")
        let (recorder, result) = parse("""
            <?xml version="1.0"?>
            <!DOCTYPE x [ <!ENTITY xxe SYSTEM "file://\(secret.path)"> ]>
            <x><y>&xxe;</y><z a="&xxe;"/></x>
            """)
        #expect(!result.isWellFormed)
        #expect(!recorder.text.contains("TOP-SECRET"))
        #expect(!recorder.events.joined().contains("TOP-SECRET"))
        #expect(result.diagnostics.contains { $0.code == "xml.entity-refused" && $0.location?.line == 3 })
    }

    @Test("an external DTD with a parameter entity is never loaded")
    func externalSubsetIsNotLoaded() throws {
        let secret = try temporaryFile("secret.txt", "TOP-SECRET-CONTENT")
        let dtd = try temporaryFile("evil.dtd", "<!ENTITY leak SYSTEM \"file://\(secret.path)\">")
        let (recorder, result) = parse("""
            <?xml version="1.0"?>
            <!DOCTYPE x SYSTEM "file://\(dtd.path)">
            <x>&leak;</x>
            """)
        #expect(!recorder.text.contains("TOP-SECRET"))
        #expect(result.diagnostics.contains { $0.code == "xml.entity-refused" })
    }

    @Test("a billion-laughs document fails fast, without expanding anything")
    func billionLaughs() {
        var declarations = "<!ENTITY lol0 \"lol\">\n"
        for level in 1...9 {
            let reference = "&lol\(level - 1);"
            declarations += "<!ENTITY lol\(level) \"\(String(repeating: reference, count: 10))\">\n"
        }
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n\(declarations)]>\n<lolz>&lol9;</lolz>"
        let clock = ContinuousClock()
        var outcome: (EventRecorder, XMLStreamParser.Result)?
        let elapsed = clock.measure { outcome = parse(xml) }
        #expect(elapsed < .seconds(1))
        #expect(outcome!.1.isWellFormed == false)
        #expect(outcome!.0.text.count < 100)
    }

    @Test("deep nesting is refused at the limit")
    func deepNesting() {
        let depth = 10_000
        let xml = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        let (recorder, result) = parse(xml)
        #expect(!result.isWellFormed)
        #expect(result.diagnostics.contains { $0.code == "xml.too-deep" })
        #expect(recorder.events.count <= 2 * XMLStreamParser.Options().maximumDepth + 2)
    }

    @Test("an empty file, whitespace only, binary data and plain text get their own messages",
        arguments: [
            ("", "xml.empty-file"), ("  \n ", "xml.empty-file"), ("\u{0}\u{1}\u{2}PK\u{3}\u{4}", "xml.not-xml"),
            ("Hallo Welt", "xml.not-xml"),
        ])
    func emptyAndNotXML(input: String, code: String) {
        let (_, result) = parse(input)
        #expect(!result.isWellFormed)
        #expect(result.diagnostics.first?.code.rawValue == code)
        #expect(result.diagnostics.first?.location != nil)
    }

    @Test("a truncated file says so and names the open element")
    func truncated() {
        let (_, result) = parse("<xliff>\n  <file>\n    <body><trans-unit id=\"1\"><source>Hal")
        #expect(!result.isWellFormed)
        let error = result.diagnostics.first { $0.severity == .error }
        #expect(error?.code == "xml.truncated")
        #expect(error?.message.contains("<source>") == true)
    }

    @Test("a mismatched end tag is reported at its line")
    func mismatchedTag() {
        let (_, result) = parse("<a>\n<b>\n</c>\n</a>")
        let error = result.diagnostics.first { $0.severity == .error }
        #expect(error?.location?.line == 3)
        #expect(error?.notes.first?.hasPrefix("libxml2:") == true)
    }

    @Test("a folder or a missing file is a thrown error, not a crash")
    func foldersAndMissingFiles() throws {
        let folder = FileManager.default.temporaryDirectory
        #expect(throws: XMLSourceError.isDirectory("dir")) {
            try XMLStreamParser().parse(contentsOf: folder, displayPath: "dir", handler: EventRecorder())
        }
        #expect(throws: XMLSourceError.fileNotFound("nope.xlf")) {
            try XMLStreamParser().parse(contentsOf: URL(fileURLWithPath: "/nonexistent/nope.xlf"),
                displayPath: "nope.xlf", handler: EventRecorder())
        }
    }

    @Test("an undeclared namespace prefix is an error")
    func undeclaredPrefix() {
        let (_, result) = parse("<a>\n  <b x:y=\"1\"/>\n</a>")
        #expect(!result.isWellFormed)
        #expect(result.diagnostics.contains { $0.code == "xml.namespace" && $0.location?.line == 2 })
    }
}
