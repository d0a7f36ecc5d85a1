import Foundation
import FormatReaders
import PublicationCore
import TestSupport
import Testing

/// The XLIFF 1.2 reader on every XLIFF 1.x file of the shared corpus.
@Suite struct XLIFF12CorpusTests {
    static let files: [String] = (Corpus.files(under: "xliff12-de-tr") + Corpus.files(under: "xliff12-edge"))
        .map(Corpus.relativePath(of:))

    /// Not well-formed on purpose (see reference-counts.txt): the parser stops with an error.
    static let brokenFiles: Set<String> = [
        "xliff12-edge/okapi/filters-xliff/invalid_xml_entity.xlf",  // control character U+0003 in the text
        "xliff12-edge/okapi/integration-xliff/generalstructure.xlf",  // Latin-1 '¡' in a file declared as UTF-8
        "xliff12-edge/okapi/integration-xliff/groupingtranslations.xlf",  // the same kind of encoding error
    ]

    /// Files with real errors, each checked by hand, and the reason. Every other file must give no error.
    static let filesWithErrors: [String: (codes: Set<DiagnosticCode>, reason: String)] = [
        "xliff12-de-tr/typo3-femanager/locallang.xlf": (["xliff.duplicate-id"],
            "unit id BackendConfirmationNoteText is written twice, at lines 626 and 629"),
        "xliff12-edge/okapi/filters-xliff/PAS-10-Test01.xlf": (["xliff.duplicate-id"],
            "a Passolo 3.0 export whose ids are Windows resource numbers that repeat (id '1' at lines 8 and 17)"),
        "xliff12-edge/okapi/filters-xliff/SF-12-Test01.xlf": (["xliff.duplicate-id"],
            "unit id Export appears at lines 92 and 712 in the same <file>"),
        "xliff12-edge/okapi/xliffsplitter/input1.xlf": (["xliff.duplicate-id"],
            "unit id t2f appears at lines 93, 97 and 101 in the same <file>"),
    ]
    // Warnings that the corpus gives, also checked by hand: the translate-toolkit states.xlf files use the
    // states needs-work, rejected, needs-review, unreviewed and fake (xliff.unknown-state); two Okapi
    // files have a target segment mid="2" with no source segment (xliff.extra-target-segment);
    // SF-12-Test03.xlf has two <file>s with the same original that both have unit id 1
    // (xliff.duplicate-key); sampe_sch.xliff declares xmlns:mq="MQXliff", not an absolute URI (xml.namespace).

    /// Counts `<trans-unit` start tags in the raw bytes, with or without a namespace prefix
    /// (`<trans-unit `, `<trans-unit>`, `<xlf:trans-unit\n`).
    ///
    /// It does not know comments or CDATA sections, so a `<trans-unit` inside one would be counted too;
    /// no corpus file has one (checked with a separate scan), and the comparison would show it. All the
    /// files are ASCII-compatible (UTF-8 or Latin-1), so a byte search finds every tag.
    static func countTransUnitTags(in data: Data) -> Int {
        let bytes = [UInt8](data)
        let name = Array("trans-unit".utf8)
        var count = 0
        var index = 0
        while index < bytes.count {
            defer { index += 1 }
            guard bytes[index] == UInt8(ascii: "<") else { continue }
            var cursor = index + 1
            // An optional prefix: letters, digits, '_', '-', '.' up to a ':'.
            var scan = cursor
            while scan < bytes.count, isNameByte(bytes[scan]) { scan += 1 }
            if scan < bytes.count, bytes[scan] == UInt8(ascii: ":"), scan > cursor { cursor = scan + 1 }
            guard cursor + name.count < bytes.count, Array(bytes[cursor..<cursor + name.count]) == name else {
                continue
            }
            let next = bytes[cursor + name.count]
            if next == UInt8(ascii: ">") || next == UInt8(ascii: "/") || next == 0x20 || next == 0x09 || next == 0x0A
                || next == 0x0D
            {
                count += 1
            }
        }
        return count
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    @Test func theCorpusIsThere() {
        #expect(Self.files.count >= 90, "the shared corpus is missing or incomplete at \(Corpus.root.path)")
    }

    @Test("units equal the <trans-unit> tags, no unexpected errors", arguments: files)
    func corpusFile(_ path: String) throws {
        let url = Corpus.url(path)
        let loaded = DocumentLoader().load(contentsOf: url, displayPath: path)
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        #expect(loaded.format == .xliff1)
        if Self.brokenFiles.contains(path) {
            let error = try #require(errors.first)
            #expect((error.location?.line ?? 0) > 0 && (error.location?.column ?? 0) > 0)
            return
        }
        let expected = Self.countTransUnitTags(in: try Data(contentsOf: url))
        #expect(loaded.statistics.units == expected)
        let allowed = Self.filesWithErrors[path]?.codes ?? []
        let unexpected = errors.filter { !allowed.contains($0.code) }
        #expect(unexpected.isEmpty, "\(unexpected.map { "\($0.location?.description ?? path): \($0.message)" })")
        if !allowed.isEmpty {
            #expect(Set(errors.map(\.code)) == allowed, "the documented errors still occur")
        }
    }

    @Test func theRawCountFindsPrefixedAndMultiLineTags() {
        let sample = "<x:trans-unit\n id='1'><trans-unit><trans-units/><!-- --><trans-unit/>"
        #expect(Self.countTransUnitTags(in: Data(sample.utf8)) == 3)
    }

    // MARK: Figures of real files

    @Test func typo3FemanagerTurkishHasEveryTargetButNoneTranslated() {
        let loaded = DocumentLoader().load(contentsOf: Corpus.url("xliff12-de-tr/typo3-femanager/tr.locallang.xlf"),
            displayPath: "tr.locallang.xlf")
        let statistics = loaded.statistics
        // Every <target> is there, but each is marked state="needs-translation" and holds the English text.
        #expect(statistics.units == 237)
        #expect(statistics.segments == 237)
        #expect(statistics.missing == 0)
        #expect(statistics.empty == 0)
        #expect(statistics.untranslated == 237)
        #expect(statistics.translated == 0)
        #expect(statistics.writtenStates == ["needs-translation": 237])
        #expect(statistics.sourceLanguage == .english && statistics.targetLanguage == .turkish)
        #expect(loaded.diagnostics.isEmpty)
    }

    @Test func symfonyValidatorsTurkishHasATargetInEveryUnit() {
        let loaded = DocumentLoader().load(contentsOf: Corpus.url("xliff12-de-tr/symfony/Validator/validators.tr.xlf"),
            displayPath: "validators.tr.xlf")
        let statistics = loaded.statistics
        #expect(statistics.units == 116)
        #expect(statistics.missing == 0 && statistics.empty == 0)
        // 103 targets without a state, 7 needs-review-translation, 6 needs-translation.
        #expect(statistics.translated == 103)
        #expect(statistics.needsReview == 7)
        #expect(statistics.untranslated == 6)
        #expect(statistics.writtenStates == ["(none)": 103, "needs-review-translation": 7, "needs-translation": 6])
    }

    @Test func viennaTurkishHas449Units() {
        let loaded = DocumentLoader().load(contentsOf: Corpus.url("xliff12-de-tr/xcode-vienna/tr.xliff"),
            displayPath: "tr.xliff")
        // reference-counts.txt also gives 449 units, but counts them all as 'fuzzy': translate-toolkit calls
        // translated only what carries approved="yes", and Xcode writes state="translated" instead.
        #expect(loaded.statistics.units == 449)
        #expect(loaded.statistics.translated == 449)
        #expect(loaded.statistics.writtenStates == ["translated": 449])
        #expect(loaded.statistics.targetLanguage == .turkish)
    }
}
