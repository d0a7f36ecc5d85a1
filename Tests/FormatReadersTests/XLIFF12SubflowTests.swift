import Foundation
import FormatReaders
import PublicationCore
import TestSupport
import Testing

/// XLIFF 1.2 sub-flows: each `<sub>` inside a code is a segment of its unit, paired with the target's
/// `<sub>`, counted and reported like any segment (the report: text inside `<sub>` was neither
/// counted nor checked, and a translated `<sub>` counted as empty).
@Suite struct XLIFF12SubflowTests {
    static func load(units body: String, source: String = "en", target: String = "de")
        throws -> (LoadedDocument, [TranslationUnit], [Diagnostic])
    {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
             <file original="a.html" source-language="\(source)" target-language="\(target)" datatype="html">
              <body>
            \(body)
              </body>
             </file>
            </xliff>
            """
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("xliff12-sub-\(UUID().uuidString).xlf")
        try text.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        var units: [TranslationUnit] = []
        let completeness = CompletenessObserver()
        let loaded = DocumentLoader().load(contentsOf: url, displayPath: "sub.xlf") { unit in
            units.append(unit)
            completeness.observe(unit, sourceLanguage: LanguageTag(source), targetLanguage: LanguageTag(target))
        }
        return (loaded, units, completeness.finish())
    }

    // MARK: Copies of real units

    /// Units 6 and 5 of xliff12-edge/okapi/filters-xliff/Manual-12-AltTrans.xlf (Okapi's XLIFF filter
    /// tests), copied on lines 6 and 9: a `<sub>` inside a `<ph>`, once with a `<ph>` inside the sub.
    @Test func okapiNestedSubflowsAreSegments() throws {
        let (loaded, units, completeness) = try Self.load(units: """
               <trans-unit id="6">
                  <source xml:lang="en">Text <ph id='1'>startCode<sub>[nested<ph id='2'>ph-in-sub</ph>still in sub]</sub>endCode</ph> text.</source>
               </trans-unit>
               <trans-unit id="5">
                  <source xml:lang="en">Text <ph id='1'>startCode<sub>nested</sub>endCode</ph> text.</source>
               </trans-unit>
            """, target: "fr")
        let six = try #require(units.first)
        #expect(six.segments.map(\.id) == [nil, "ph1.sub1"])
        let sub = six.segments[1]
        #expect(sub.source.plainText == "[nestedstill in sub]")
        #expect(sub.source.codes.map(\.id) == ["2"])
        #expect(sub.source.codes.first?.data == "ph-in-sub")
        #expect(sub.enclosingCode == "ph 1")
        #expect(sub.state == .missing)
        #expect(sub.location?.line == 6)
        #expect(sub.location?.column == 54)
        // The code keeps its whole native data, so writers put it back unchanged.
        #expect(six.segments[0].source.codes.first?.data == "startCode[nestedph-in-substill in sub]endCode")
        #expect(six.segments[0].source.plainText == "Text  text.")
        #expect(units[1].segments.map { $0.source.plainText } == ["Text  text.", "nested"])
        #expect(loaded.statistics.segments == 4)
        #expect(loaded.statistics.missing == 4)
        // The missing sub-flow is reported where its <sub> starts.
        let finding = try #require(completeness.first { $0.message.contains("ph1.sub1") && $0.unit == "6" })
        #expect(finding.code == "file.missing-target")
        #expect(finding.location?.line == 6)
    }

    /// Unit _1_ski_041 of xliff12-edge/sap/Sample_AlmostEverything_1.2_strict.xlf (SAP's sample of every
    /// XLIFF 1.2 element), shortened: the source's `<bpt>` holds a `<sub>`, the target's has none.
    @Test func sapSubflowWithoutTargetIsMissing() throws {
        let (loaded, units, completeness) = try Self.load(units: """
                     <trans-unit id="_1_ski_041" approved="yes">
                        <source xml:lang="en-us">Text <g id="_1_ski_040">text</g>TEXT<bpt id="_1_ski_139">code<sub>Text</sub>
                           </bpt>TEXT<ept id="_1_ski_238">code</ept>TEXT.</source>
                        <target state="needs-translation" xml:lang="en-us">Text <g id="_1_ski_832">text</g>TEXT<bpt id="_1_ski_931">code</bpt>TEXT<ept id="_1_ski_1030">code</ept>TEXT.</target>
                     </trans-unit>
            """)
        let unit = try #require(units.first)
        #expect(unit.segments.count == 2)
        let sub = unit.segments[1]
        #expect(sub.id == "bpt_1_ski_139.sub1")
        #expect(sub.source.plainText == "Text")
        #expect(sub.target == nil)
        #expect(sub.state == .missing)
        #expect(loaded.statistics.missing == 1)
        let finding = try #require(completeness.first { $0.code == "file.missing-target" })
        #expect(finding.message.contains("bpt_1_ski_139.sub1"))
        #expect(finding.location?.line == 6)
    }

    /// Unit "About the.htm2" of xliff12-edge/okapi/integration-xliff/about_the.htm.xlf (a MadCap Flare
    /// export), shortened: an empty `<sub/>` marks an attribute with nothing to translate, in the
    /// source, the segmented source and the target. It is no segment.
    @Test func emptySubIsNoSegment() throws {
        let (loaded, units, _) = try Self.load(units: """
                <trans-unit id="2"><source>About the <ph id="3">&lt;MadCap:keyword term="<sub xid="1" />" /&gt;</ph></source><seg-source><mrk mtype="seg" mid="1">About the <ph id="3">&lt;MadCap:keyword term="<sub xid="1" />" /&gt;</ph></mrk></seg-source><target><mrk mtype="seg" mid="1">About the <ph id="3">&lt;MadCap:keyword term="<sub xid="1" />" /&gt;</ph></mrk></target></trans-unit>
            """, target: "zh")
        #expect(units.first?.segments.count == 1)
        #expect(loaded.statistics.segments == 1)
    }

    // MARK: Constructed cases (sample texts)

    /// The translated `<sub>` is the unit's only text: the target is not empty.
    @Test func translatedSubIsNotEmpty() throws {
        let (loaded, units, completeness) = try Self.load(units: """
               <trans-unit id="karte">
                <source><ph id="1">&lt;img alt="<sub>Karte von Osnabrück</sub>"></ph></source>
                <target state="translated"><ph id="1">&lt;img alt="<sub>Osnabrück haritası</sub>"></ph></target>
               </trans-unit>
            """, source: "de", target: "tr")
        let unit = try #require(units.first)
        #expect(unit.segments.map(\.state) == [.translated, .translated])
        #expect(unit.segments[1].target?.plainText == "Osnabrück haritası")
        #expect(loaded.statistics.empty == 0)
        #expect(loaded.statistics.translated == 2)
        #expect(completeness.isEmpty)
    }

    /// Without sub-flows, a target made only of codes still counts as empty (unchanged behaviour).
    @Test func codeOnlyTargetWithoutSubIsStillEmpty() throws {
        let (loaded, _, _) = try Self.load(units: """
               <trans-unit id="bild">
                <source>Siehe <ph id="1">&lt;img src="karte.png"></ph></source>
                <target state="translated"><ph id="1">&lt;img src="karte.png"></ph></target>
               </trans-unit>
            """, source: "de", target: "tr")
        #expect(loaded.statistics.empty == 1)
    }

    /// The source's `<sub>` is answered by an empty one: that sub-flow is empty, with its position; the
    /// unit's own text is translated.
    @Test func emptyTargetSubIsReportedWithPosition() throws {
        let (loaded, units, completeness) = try Self.load(units: """
               <trans-unit id="link">
                <source>Lesen Sie den <bpt id="1">&lt;a title="<sub>Bericht 2024</sub>"></bpt>Bericht<ept id="1">&lt;/a></ept>.</source>
                <target state="translated"><bpt id="1">&lt;a title="<sub></sub>"></bpt>Raporu<ept id="1">&lt;/a></ept> okuyun.</target>
               </trans-unit>
            """, source: "de", target: "tr")
        let unit = try #require(units.first)
        #expect(unit.segments.map(\.state) == [.translated, .empty])
        #expect(loaded.statistics.empty == 1)
        let finding = try #require(completeness.first)
        #expect(finding.code == "file.empty-target")
        #expect(finding.message.contains("\"bpt1.sub1\""))
        #expect(finding.location?.line == 6)
        #expect(finding.location?.column == 52)
    }

    /// Sub-flows pair by their code's id, whatever their order in the target.
    @Test func subflowsPairByCodeID() throws {
        let (_, units, _) = try Self.load(units: """
               <trans-unit id="zwei">
                <source><ph id="1">&lt;img alt="<sub>Rathaus</sub>"></ph> und <ph id="2">&lt;img alt="<sub>Dom</sub>"></ph></source>
                <target state="translated"><ph id="2">&lt;img alt="<sub>Katedral</sub>"></ph> ve <ph id="1">&lt;img alt="<sub>Belediye binası</sub>"></ph></target>
               </trans-unit>
            """, source: "de", target: "tr")
        let unit = try #require(units.first)
        #expect(unit.segments.map(\.id) == [nil, "ph1.sub1", "ph2.sub1"])
        #expect(unit.segments.map { $0.target?.plainText } == [" ve ", "Belediye binası", "Katedral"])
    }

    /// A `<sub>` the source does not have is reported and not counted.
    @Test func extraTargetSubIsReported() throws {
        let (loaded, units, _) = try Self.load(units: """
               <trans-unit id="extra">
                <source>Das <ph id="1">&lt;br/></ph> Ende.</source>
                <target state="translated">Son <ph id="1">&lt;br title="<sub>Zeilenumbruch</sub>"/></ph>.</target>
               </trans-unit>
            """, source: "de", target: "tr")
        #expect(units.first?.segments.count == 1)
        let warning = try #require(loaded.diagnostics.first { $0.code == "xliff.extra-target-sub" })
        #expect(warning.severity == .warning)
        #expect(warning.location?.line == 7)
    }

    /// With a `<seg-source>`, the sub-flows of its segments count, once, paired within their segment.
    @Test func segmentedSubflowsCountOnce() throws {
        let (loaded, units, _) = try Self.load(units: """
               <trans-unit id="seg">
                <source>Erster Satz. Zweiter <ph id="1">&lt;abbr title="<sub>Stadtbibliothek</sub>"></ph>Satz.</source>
                <seg-source><mrk mtype="seg" mid="1">Erster Satz.</mrk> <mrk mtype="seg" mid="2">Zweiter <ph id="1">&lt;abbr title="<sub>Stadtbibliothek</sub>"></ph>Satz.</mrk></seg-source>
                <target state="translated"><mrk mtype="seg" mid="1">Birinci cümle.</mrk> <mrk mtype="seg" mid="2">İkinci <ph id="1">&lt;abbr title="<sub>Şehir kütüphanesi</sub>"></ph>cümle.</mrk></target>
               </trans-unit>
            """, source: "de", target: "tr")
        let unit = try #require(units.first)
        #expect(unit.segments.map(\.id) == ["1", "2", "2/ph1.sub1"])
        #expect(unit.segments[2].target?.plainText == "Şehir kütüphanesi")
        #expect(loaded.statistics.segments == 3)
        #expect(loaded.statistics.translated == 3)
    }

    /// A unit with thousands of sub-flows, the target's in reverse order: each pairs with its own.
    @Test func manySubflowsPairByID() throws {
        let count = 3000
        let source = (1...count).map { "<ph id=\"\($0)\">&lt;i title=\"<sub>Ort \($0)</sub>\"></ph>" }.joined()
        let target = (1...count).reversed().map { "<ph id=\"\($0)\">&lt;i title=\"<sub>Yer \($0)</sub>\"></ph>" }.joined()
        let (loaded, units, _) = try Self.load(units: """
               <trans-unit id="viele"><source>\(source)</source><target state="translated">\(target)</target></trans-unit>
            """, source: "de", target: "tr")
        let unit = try #require(units.first)
        #expect(unit.segments.count == count + 1)
        #expect(unit.segments[1].id == "ph1.sub1" && unit.segments[1].target?.plainText == "Yer 1")
        #expect(unit.segments[count].id == "ph\(count).sub1" && unit.segments[count].target?.plainText == "Yer \(count)")
        #expect(loaded.statistics.translated == count + 1)
        #expect(!loaded.diagnostics.contains { $0.code == "xliff.extra-target-sub" })
    }
}
