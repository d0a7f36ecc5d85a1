import Foundation
import FormatReaders
import PublicationCore
import TestSupport
import Testing

/// The correspondence check runs on codes recorded while a unit streams by. Here it is compared with a
/// plain statement of the rule over the unit's model (written for the test), on units made at random:
/// several segments and ignorables, targets present or not, every kind of inline element, ids drawn
/// from a small set so that they collide, and markers with and without `translate`.
@Suite struct XLIFF2CorrespondencePropertyTests {
    /// The rule: the source codes of the segments that have a target (of all segments, when there are
    /// several) are matched by id, first one wins; each target code with the id of a source code must be
    /// the same kind (marker, `ph`, or paired), and a marker start keeps the source's `translate`; each id
    /// is reported once. The findings as "line code id".
    static func reference(_ unit: TranslationUnit) -> [String] {
        func kind(_ code: InlineCode) -> Int {
            code.kind == .markerStart || code.kind == .markerEnd ? 0 : code.element == "ph" ? 1 : 2
        }
        var source: [String: InlineCode] = [:]
        for segment in unit.segments where segment.target != nil || unit.segments.count > 1 {
            for code in segment.source.codes { if let id = code.id, source[id] == nil { source[id] = code } }
        }
        var reported: Set<String> = []
        var findings: [String] = []
        for segment in unit.segments {
            guard let target = segment.target else { continue }
            for code in target.codes {
                guard let id = code.id, let original = source[id], !reported.contains(id) else { continue }
                let line = segment.location?.line ?? 0
                if kind(code) != kind(original) {
                    reported.insert(id)
                    findings.append("\(line) xliff2.code-kind-mismatch \(id)")
                } else if code.kind == .markerStart, let a = original.attributes["translate"], let b = code.attributes["translate"], a != b {
                    reported.insert(id)
                    findings.append("\(line) xliff2.marker-mismatch \(id)")
                }
            }
        }
        return findings
    }

    /// Inline content with codes and markers whose ids all come from "1"…"3" (so that a marker may answer
    /// a code), well formed as XML (markers and `pc` nest; a paired `sc` and `ec` share an id).
    static func content(_ random: inout SeededGenerator, depth: Int = 0) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...4, using: &random) {
            let id = "\(Int.random(in: 1...3, using: &random))"
            let translate = ["", " translate=\"yes\"", " translate=\"no\""].randomElement(using: &random)!
            switch Int.random(in: 0...8, using: &random) {
            case 0: text += "<ph id=\"\(id)\"/>"
            case 1 where depth < 2: text += "<pc id=\"\(id)\">a\(content(&random, depth: depth + 1))</pc>"
            case 2: text += "<sc id=\"\(id)\" isolated=\"yes\"/>"
            case 3: text += "<ec id=\"\(id)\" isolated=\"yes\"/>"
            case 4 where depth < 2: text += "<mrk id=\"\(id)\"\(translate)>b\(content(&random, depth: depth + 1))</mrk>"
            case 5: text += "<sm id=\"\(id)\"\(translate)/>"
            case 6: text += "<em startRef=\"\(id)\"/>"
            case 7: text += "<sc id=\"\(id)\"/>c<ec startRef=\"\(id)\"/>"
            default: text += "Wort "
            }
        }
        return text
    }

    static func document(seed: UInt64) -> String {
        var random = SeededGenerator(seed: seed)
        var parts = ""
        for index in 0..<Int.random(in: 1...4, using: &random) {
            let element = random.chance(0.2) ? "ignorable" : "segment"
            let target = random.chance(0.7) ? "\n    <target>\(content(&random))</target>" : ""
            parts += "\n   <\(element) id=\"s\(index)\">\n    <source>\(content(&random))</source>\(target)\n   </\(element)>"
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">
             <file id="f1">
              <unit id="u1">\(parts)
              </unit>
             </file>
            </xliff>
            """
    }

    @Test("the streamed check finds what the rule over the model finds", arguments: 0..<300)
    func sameAsTheRule(_ seed: UInt64) throws {
        let xml = Self.document(seed: seed)
        var units: [TranslationUnit] = []
        let full = DocumentLoader().load(Data(xml.utf8), displayPath: "t.xlf") { units.append($0) }
        let unit = try #require(units.first, "\(xml)")
        let expected = Self.reference(unit)
        // A read for counts only builds no unit, but checks the same: the rule over the full read's unit holds for it too.
        let counts = DocumentLoader().tally(Data(xml.utf8), displayPath: "t.xlf", nil)
        for loaded in [full, counts] {
            let found = loaded.diagnostics
                .filter { $0.code == "xliff2.code-kind-mismatch" || $0.code == "xliff2.marker-mismatch" }
                .map { "\($0.location?.line ?? 0) \($0.code) \($0.message.split(separator: "\"")[1])" }
            #expect(found.sorted() == expected.sorted(), "\(xml)")
        }
    }

    /// A unit with `fillers` more source codes than the two that matter: past 16 source codes the check
    /// looks ids up in a table of first positions instead of searching; both must find the same.
    @Test("many source codes: the table of first positions finds what the search finds", arguments: [0, 14, 15, 16, 17, 40])
    func manySourceCodes(_ fillers: Int) throws {
        let filler = (0..<fillers).map { "<ph id=\"f\($0)\"/>" }.joined()
        // "x" is first a <pc> in a segment without a target, then a <ph> in the segment with one (a duplicate
        // id, reported on its own); the target's <ph id="x"> answers the first, a <pc>: another kind.
        let xml = """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="tr"><file id="f">
            <unit id="u1">
            <segment id="s1"><source><pc id="x">Haus</pc></source></segment>
            <segment id="s2"><source>\(filler)<ph id="x"/><mrk id="m" translate="yes">Köprü</mrk></source>
            <target><ph id="x"/><mrk id="m" translate="no">Köprü</mrk></target></segment>
            </unit></file></xliff>
            """
        var units: [TranslationUnit] = []
        let loaded = DocumentLoader().load(Data(xml.utf8), displayPath: "t.xlf") { units.append($0) }
        let unit = try #require(units.first)
        let found = loaded.diagnostics
            .filter { $0.code == "xliff2.code-kind-mismatch" || $0.code == "xliff2.marker-mismatch" }
            .map { "\($0.location?.line ?? 0) \($0.code) \($0.message.split(separator: "\"")[1])" }
        #expect(found.sorted() == Self.reference(unit).sorted())
        #expect(found.count == 2, "\(found)")
    }

    @Test("the random units do hold mismatches of both kinds")
    func theUnitsAreNotTrivial() throws {
        var codes: Set<String> = []
        for seed in 0..<300 as Range<UInt64> {
            var units: [TranslationUnit] = []
            _ = DocumentLoader().load(Data(Self.document(seed: seed).utf8), displayPath: "t.xlf") { units.append($0) }
            for unit in units { for finding in Self.reference(unit) { codes.insert(String(finding.split(separator: " ")[1])) } }
        }
        #expect(codes == ["xliff2.code-kind-mismatch", "xliff2.marker-mismatch"])
    }
}
