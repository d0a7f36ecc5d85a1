import Exchange
import Foundation
import FormatReaders
import PublicationCore
import Testing
import TestSupport

/// Lossless writing on real files: reading and writing back with no change keeps the canonical form
/// (`xmllint --c14n`) and the model.
@Suite("XLIFF rewriter on the corpus")
struct XLIFFRewriterCorpusTests {
    static let files: [String] = (Corpus.files(under: "xliff12-de-tr")
        + Corpus.files(under: "xliff2").filter { $0.path.contains("/valid/") }).map(Corpus.relativePath(of:))

    /// Files that `xmllint --c14n` cannot canonicalise, and why; for them the test compares the parser's
    /// events instead (element and attribute names with namespaces, values, text, comments, processing
    /// instructions). Each entry must still be refused by xmllint, or the test fails (the list must not
    /// go stale).
    static let canonicalFormExceptions: [String: String] = {
        let relative = "declares a relative namespace URI (such as xmlns:abc=\"myNS\"), which C14N refuses"
        var list: [String: String] = [:]
        for version in ["oasis-xliff-21-ns2.0", "oasis-xliff-22"] {
            for file in ["core/valid/allExtensions.xlf", "core/valid/everything-core.xlf", "core/valid/withGlossary.xlf",
                "core/valid/withMatches.xlf", "modules/valid/Good-val_extension-rule.xlf"]
            {
                list["xliff2/\(version)/test-suite/\(file)"] = relative
            }
        }
        list["xliff2/okapi-lib-xliff2-extra/valid/everything-core-walker.xlf"] = relative
        return list
    }()

    /// The units of a document, without positions (lines move when a file is written back).
    static func units(_ data: Data) -> (units: [TranslationUnit], readable: Bool) {
        var units: [TranslationUnit] = []
        let loaded = DocumentLoader().load(data, displayPath: "file") { unit in
            var unit = unit
            unit.location = nil
            unit.segments = unit.segments.map { segment in
                var segment = segment
                segment.location = nil
                return segment
            }
            units.append(unit)
        }
        return (units, loaded.isReadable)
    }

    @Test("write back unchanged: same canonical form and same units", arguments: files)
    func unchanged(path: String) throws {
        let url = Corpus.url(path)
        let data = try Data(contentsOf: url)
        let original = Self.units(data)
        guard original.readable else { return }  // files the reader refuses are not written back
        let result = try XLIFFRewriter().rewrite(data, displayPath: path, changes: [])
        #expect(Self.units(result.document).units == original.units, "units differ after writing \(path) back")
        guard XMLLint.isAvailable else { return }
        let folder = try TemporaryFolder("rewrite")
        defer { folder.remove() }
        let output = folder.file(url.lastPathComponent)
        try result.document.write(to: output)
        #expect(EventTranscript.of(data) == EventTranscript.of(result.document), "the events of \(path) changed")
        let before = try XMLLint.canonical(url)
        let after = try XMLLint.canonical(output)
        if let reason = Self.canonicalFormExceptions[path] {
            #expect(before.isEmpty, "\(path) is listed as an exception (\(reason)), but xmllint now canonicalises it; remove it from the list")
        } else {
            #expect(!before.isEmpty && !after.isEmpty, "xmllint --c14n gave nothing for \(path)")
            #expect(before == after, "the canonical form of \(path) changed when written back")
        }
    }

    @Test("most corpus files are readable, so the round trip is tested on them")
    func corpusIsThere() throws {
        #expect(Self.files.count > 50)
        let readable = try Self.files.filter { Self.units(try Data(contentsOf: Corpus.url($0))).readable }
        #expect(readable.count * 10 >= Self.files.count * 8, "only \(readable.count) of \(Self.files.count) files are readable")
    }

    @Test("changing one target changes only that target in the canonical form")
    func oneTarget() throws {
        let url = Corpus.url("xliff12-de-tr/symfony/Security/security.tr.xlf")
        let data = try Data(contentsOf: url)
        let units = Self.units(data).units
        let unit = try #require(units.dropFirst(3).first)
        let result = try XLIFFRewriter().rewrite(data, displayPath: "security.tr.xlf",
            changes: [XLIFFTargetChange(unitID: unit.id, target: "Yeni çeviri & <test>", state: "final")])
        #expect(result.applied == [unit.id])
        let after = Self.units(result.document).units
        #expect(after.count == units.count)
        for (old, new) in zip(units, after) {
            if old.id == unit.id {
                #expect(new.segments.first?.target == "Yeni çeviri & <test>")
                #expect(new.segments.first?.writtenState == "final")
                #expect(new.segments.first?.source == old.segments.first?.source)
            } else {
                #expect(new == old)
            }
        }
        let folder = try TemporaryFolder("one-target")
        defer { folder.remove() }
        let output = folder.file("out.xlf")
        try result.document.write(to: output)
        let before = String(decoding: try XMLLint.canonical(url), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let changed = String(decoding: try XMLLint.canonical(output), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(before.count == changed.count)
        let differing = zip(before, changed).filter { $0 != $1 }
        #expect(differing.count == 1)
        #expect(differing.first?.1.contains("<target state=\"final\">Yeni çeviri &amp; &lt;test&gt;</target>") == true)
    }

    @Test("a unit without target gets one right after its source, in XLIFF 1.2 and 2")
    func insertedTarget() throws {
        let xliff12 = """
            <?xml version="1.0"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:x="urn:example">
              <file original="a" source-language="de" target-language="tr" datatype="plaintext"><body>
                <trans-unit id="u1" x:extra="1"><source>Hallo <g id="1">Welt</g></source><!-- c --><note>n</note></trans-unit>
              </body></file>
            </xliff>
            """
        let code = { (kind: InlineCode.Kind) in InlineCode(kind: kind, element: "g", id: "1") }
        let target = InlineText([.text("Merhaba "), .code(code(.opening)), .text("dünya"), .code(code(.closing))])
        let result = try XLIFFRewriter().rewrite(Data(xliff12.utf8), displayPath: "a.xlf",
            changes: [XLIFFTargetChange(unitID: "u1", target: target, state: "translated")])
        let text = String(decoding: result.document, as: UTF8.self)
        #expect(text.contains("<source>Hallo <g id=\"1\">Welt</g></source><target state=\"translated\">Merhaba <g id=\"1\">dünya</g></target><!-- c --><note>n</note>"))
        #expect(text.contains("x:extra=\"1\""))
        let xliff2 = """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="tr">
              <file id="f"><unit id="u1"><segment><source>Hallo</source></segment></unit></file>
            </xliff>
            """
        let result2 = try XLIFFRewriter().rewrite(Data(xliff2.utf8), displayPath: "b.xlf",
            changes: [XLIFFTargetChange(unitID: "u1", target: "Merhaba", state: "final")])
        let text2 = String(decoding: result2.document, as: UTF8.self)
        #expect(text2.contains("<segment state=\"final\"><source>Hallo</source><target>Merhaba</target></segment>"))
        #expect(Self.units(result2.document).readable)
    }
}
