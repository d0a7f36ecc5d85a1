import Foundation
import FormatReaders
import PublicationCore
import Testing
import TestSupport

/// Files that are not what they seem: a named pipe, an encoding libxml2 cannot convert, a text
/// larger than libxml2's limit, a paragraph of a million pieces, 100,000 unknown elements.
@Suite("Hostile files")
struct HostileFileTests {
    static let docbookHead = """
        <article xmlns="http://docbook.org/ns/docbook" version="5.0" xml:lang="de"><title>Beispiel</title>

        """

    /// A fresh temporary folder.
    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kopru-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Loads a file on another thread and gives up after `seconds`, so a hang fails the test instead
    /// of stopping the suite.
    func load(_ url: URL, within seconds: Double = 60) -> LoadedDocument? {
        final class Box: @unchecked Sendable { var document: LoadedDocument? }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            box.document = DocumentLoader().load(contentsOf: url, displayPath: url.lastPathComponent)
            done.signal()
        }
        guard done.wait(timeout: .now() + seconds) == .success else { return nil }
        return box.document
    }

    @Test("a Word file whose part's deflate data ends early is reported, not read forever (fuzz finding)")
    func damagedDeflateInWord() throws {
        let url = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/fuzz/word-hang-damaged-deflate.docx")
        let document = try #require(load(url, within: 60), "reading the file did not end within 60 s")
        let unreadable = document.diagnostics.filter { $0.code == "docx.unreadable-part" }
        #expect(!unreadable.isEmpty, "\(document.diagnostics.map(\.code))")
        #expect(unreadable.allSatisfy { $0.location != nil && !$0.message.isEmpty })
    }

    @Test("a Word file whose part ends in a short chunk is read without reading past it (fuzz finding)")
    func shortLastChunkInWord() throws {
        let url = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/fuzz/word-overread-short-chunk.docx")
        let document = try #require(load(url, within: 60), "reading the file did not end within 60 s")
        // The mutated container still holds a readable document or reports its damaged part; either
        // way every error has a place. (The read past the chunk itself shows under AddressSanitizer:
        // scripts/fuzz.sh replays this file as a seed.)
        #expect(document.contribution != nil || document.diagnostics.contains { $0.severity == .error })
        #expect(document.diagnostics.filter { $0.severity == .error }.allSatisfy { $0.location != nil })
    }

    @Test("a named pipe is skipped with a note, without waiting for a writer")
    func namedPipe() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipe = folder.appendingPathComponent("pipe.xml")
        #expect(mkfifo(pipe.path, 0o600) == 0)
        guard let document = load(pipe, within: 20) else {
            Issue.record("reading a named pipe did not return within 20 s")
            return
        }
        #expect(document.diagnostics.map(\.code) == ["input.not-a-file"])
        #expect(document.diagnostics.first?.severity == .note)
        #expect(document.diagnostics.first?.message.contains("named pipe") == true)
        #expect(document.format == nil)
    }

    @Test("a device is skipped with a note")
    func device() throws {
        guard let document = load(URL(fileURLWithPath: "/dev/zero"), within: 20) else {
            Issue.record("reading /dev/zero did not return within 20 s")
            return
        }
        #expect(document.diagnostics.map(\.code) == ["input.not-a-file"])
        #expect(document.diagnostics.first?.message.contains("a device") == true)
    }

    /// A DocBook contribution of sample text with German letters, in a given encoding.
    static func sampleContribution(paragraphs: Int) -> String {
        let body = (0..<paragraphs).map { "<para xml:id=\"p\($0)\">Ein Beispieltext über Städte und Gemeinden, Nummer \($0).</para>\n" }
        return docbookHead + body.joined() + "</article>\n"
    }

    @Test("EBCDIC (IBM037) named in the XML declaration reads to the same contribution as its UTF-8 twin")
    func ebcdic() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let body = Self.sampleContribution(paragraphs: 200)
        let file = folder.appendingPathComponent("ebcdic.xml")
        try Data(EBCDIC.encode("<?xml version=\"1.0\" encoding=\"IBM037\"?>\n" + body)).write(to: file)
        // The twin has the same name, in a folder of its own, so that the places in both read alike.
        let twinFolder = folder.appendingPathComponent("utf8")
        try FileManager.default.createDirectory(at: twinFolder, withIntermediateDirectories: true)
        let twinFile = twinFolder.appendingPathComponent("ebcdic.xml")
        try Data(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + body).utf8).write(to: twinFile)
        let document = try #require(load(file))
        let twin = try #require(load(twinFile))
        #expect(document.diagnostics.isEmpty, "\(document.diagnostics.map(\.code.rawValue))")
        let contribution = try #require(document.contribution)
        #expect(contribution == twin.contribution)
        #expect(contribution.blocks.count == 200)
        #expect(document.statistics == twin.statistics)
    }

    @Test("bytes that are not Shift-JIS or EUC-JP are an encoding error, not a truncated file",
        arguments: ["Shift_JIS", "EUC-JP"])
    func japaneseEncodings(_ encoding: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var bytes = Array("<?xml version=\"1.0\" encoding=\"\(encoding)\"?>\n\(Self.docbookHead)<para xml:id=\"p1\">Gr".utf8)
        bytes += [0xFF, 0xFF, 0x80]
        bytes += Array("ße</para>\n</article>\n".utf8)
        let file = folder.appendingPathComponent("japanese.xml")
        try Data(bytes).write(to: file)
        let document = try #require(load(file))
        let codes = document.diagnostics.map(\.code.rawValue)
        #expect(codes.contains("xml.encoding-failed"), "\(codes)")
        #expect(!codes.contains("xml.truncated"), "\(codes)")
    }

    @Test("an attribute beyond libxml2's size limit is reported as such, with a remedy")
    func hugeAttribute() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("huge-attribute.xml")
        let value = String(repeating: "abcdefghij", count: 1_200_000)
        try (Self.docbookHead + "<para xml:id=\"p1\" role=\"\(value)\">Text.</para>\n</article>\n").write(to: file, atomically: true, encoding: .utf8)
        let document = try #require(load(file))
        let limit = document.diagnostics.first { $0.code == "xml.size-limit" }
        #expect(limit != nil, "\(document.diagnostics.map { "\($0.code): \($0.message)" })")
        #expect(limit?.severity == .error)
        #expect(limit?.remedy?.isEmpty == false)
    }

    @Test("a paragraph of 400,000 character references is read whole, as one run")
    func longRunOfReferences() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("references.xml")
        let run = String(repeating: "a&#66;", count: 400_000)
        try (Self.docbookHead + "<para xml:id=\"p1\">\(run)<emphasis>x</emphasis>&amp;&amp;</para>\n</article>\n")
            .write(to: file, atomically: true, encoding: .utf8)
        let document = try #require(load(file))
        let blocks = try #require(document.contribution?.blocks)
        guard case .paragraph(let paragraph)? = blocks.first else {
            Issue.record("no paragraph: \(blocks.count) blocks")
            return
        }
        #expect(paragraph.content.count == 3)
        guard case .text(let text)? = paragraph.content.first else {
            Issue.record("the paragraph does not start with text")
            return
        }
        #expect(text.count == 800_000)
        #expect(text.hasPrefix("aBaB") && text.hasSuffix("aB"))
        #expect(paragraph.content.last == .text("&&"))
    }

    @Test("100,000 unsupported elements give 20 warnings and one note with the rest")
    func repeatedWarningsAreSummarised() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("unsupported.xml")
        let body = String(repeating: "<para><foo>x</foo></para>\n", count: 100_000)
        try (Self.docbookHead + body + "</article>\n").write(to: file, atomically: true, encoding: .utf8)
        let document = try #require(load(file))
        let unsupported = document.diagnostics.filter { $0.code == "docbook.unsupported-element" }
        #expect(unsupported.filter { $0.severity == .warning }.count == 20)
        let summary = unsupported.filter { $0.severity == .note }
        #expect(summary.count == 1)
        #expect(summary.first?.message.contains("99980 more") == true, "\(summary.first?.message ?? "")")
        #expect(summary.first?.location?.line == 22)
        #expect(document.diagnostics.count < 50)
    }
}

/// IBM037 (EBCDIC, US/Canada) for the characters of the sample texts, as published in IBM's code page
/// table: enough to write test files in it.
enum EBCDIC {
    static let table: [Character: UInt8] = {
        var table: [Character: UInt8] = [" ": 0x40, ".": 0x4B, "<": 0x4C, "(": 0x4D, "+": 0x4E, "&": 0x50, "!": 0x5A,
            "$": 0x5B, "*": 0x5C, ")": 0x5D, ";": 0x5E, "-": 0x60, "/": 0x61, ",": 0x6B, "%": 0x6C, "_": 0x6D,
            ">": 0x6E, "?": 0x6F, ":": 0x7A, "#": 0x7B, "@": 0x7C, "'": 0x7D, "=": 0x7E, "\"": 0x7F, "\n": 0x25,
            "ä": 0x43, "ö": 0xCC, "ü": 0xDC, "ß": 0x59, "Ä": 0x63, "Ö": 0xEC, "Ü": 0xFC]
        for (offset, letter) in "abcdefghi".enumerated() { table[letter] = 0x81 + UInt8(offset) }
        for (offset, letter) in "jklmnopqr".enumerated() { table[letter] = 0x91 + UInt8(offset) }
        for (offset, letter) in "stuvwxyz".enumerated() { table[letter] = 0xA2 + UInt8(offset) }
        for (offset, letter) in "ABCDEFGHI".enumerated() { table[letter] = 0xC1 + UInt8(offset) }
        for (offset, letter) in "JKLMNOPQR".enumerated() { table[letter] = 0xD1 + UInt8(offset) }
        for (offset, letter) in "STUVWXYZ".enumerated() { table[letter] = 0xE2 + UInt8(offset) }
        for (offset, digit) in "0123456789".enumerated() { table[digit] = 0xF0 + UInt8(offset) }
        return table
    }()

    static func encode(_ text: String) -> [UInt8] {
        text.map { table[$0] ?? 0x6F }
    }
}
