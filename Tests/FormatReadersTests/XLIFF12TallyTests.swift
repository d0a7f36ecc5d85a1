import Foundation
import FormatReaders
import PublicationCore
import Testing

/// A read of XLIFF 1.2 for counts only builds no unit: it counts the words as the text streams by.
/// These cases are the places where streaming could part from the built text (entities that split a
/// word, codes between words, empty targets, segmented sources, sub-flows, text inside empty codes).
/// Each checks the tally against figures worked out by hand and against the full unit's tally, and the
/// diagnostics against the full read's. (Sample texts written for these tests.)
@Suite struct XLIFF12TallyTests {
    private static func document(_ units: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
        <file original="probe.txt" source-language="de" target-language="tr" datatype="plaintext"><body>
        \(units)
        </body></file></xliff>
        """
    }

    /// The tallies of a counts read, after checking that they and the diagnostics are the full read's.
    private func tallies(_ units: String) -> (tallies: [UnitTally], diagnostics: [DiagnosticCode]) {
        let data = Data(Self.document(units).utf8)
        var tallies: [UnitTally] = []
        let counted = DocumentLoader().tally(data, displayPath: "probe.xlf") { tallies.append($0) }
        var units: [TranslationUnit] = []
        let full = DocumentLoader().load(data, displayPath: "probe.xlf") { units.append($0) }
        #expect(units.map(\.tally) == tallies)
        #expect(counted.diagnostics == full.diagnostics)
        #expect(counted.statistics == full.statistics)
        return (tallies, counted.diagnostics.map(\.code))
    }

    @Test func entitiesGoOnAWordAndCodesEndIt() throws {
        let (tallies, diagnostics) = tallies("""
            <trans-unit id="e1"><source>Stra&#223;en&amp;fest<x id="1"/>Nach&#x62;arn <g id="2">&#350;i&#351;li</g>&apos;de</source>
            <target state="translated"> <g id="2"> </g></target><note>Hinweis</note></trans-unit>
            """)
        let segment = try #require(tallies.first?.segments.first)
        // Straßen, fest (& ends it), Nachbarn (an entity inside), Şişli, de (the closing code ends Şişli).
        #expect(segment.sourceWords == 5)
        #expect(!segment.hasNoSourceText)
        #expect(segment.state == .empty)
        #expect(segment.writtenState == "translated")
        #expect(diagnostics.isEmpty)
    }

    @Test func emptyTargetsAndSourcesOfCodesOrSpaceOnly() {
        let (tallies, _) = tallies("""
            <trans-unit id="c1"><source><x id="1"/></source><target/></trans-unit>
            <trans-unit id="c2"><source>  &#160; </source><target state="final">Bo&#351;</target></trans-unit>
            <trans-unit id="c3"><source>Ohne Übersetzung</source></trans-unit>
            <trans-unit id="c4"><source>Ein <bpt id="1">&lt;b></bpt>fettes<ept id="1">&lt;/b></ept> Wort</source><target state="needs-review-translation">Bir <bpt id="1">&lt;b></bpt>kal&#305;n<ept id="1">&lt;/b></ept> kelime</target></trans-unit>
            """)
        #expect(tallies.map(\.id) == ["c1", "c2", "c3", "c4"])
        #expect(tallies.map { $0.segments[0].state } == [.empty, .translated, .missing, .needsReview])
        #expect(tallies.map { $0.segments[0].sourceWords } == [0, 0, 2, 3])
        #expect(tallies.map { $0.segments[0].hasNoSourceText } == [false, true, false, false])
        #expect(tallies.map { $0.segments[0].writtenState } == [nil, "final", nil, "needs-review-translation"])
    }

    @Test func segmentedSourcesAndTargets() {
        let (tallies, diagnostics) = tallies("""
            <trans-unit id="s1"><source>Eins zwei. Drei.</source>
            <seg-source><mrk mtype="seg" mid="1">Eins <g id="1">zwei</g>.</mrk> <mrk mtype="seg" mid="2">Dr&#101;i.</mrk></seg-source>
            <target><mrk mtype="seg" mid="1">Bir iki.</mrk> <mrk mtype="seg" mid="2"> </mrk><mrk mtype="seg" mid="9">fazla</mrk></target></trans-unit>
            <trans-unit id="s2"><source>Eins zwei. Drei vier fünf.</source>
            <seg-source><mrk mtype="seg" mid="1">Eins zwei.</mrk> <mrk mtype="seg" mid="2">Drei vier f&#252;nf.</mrk></seg-source>
            <target state="translated">Bir iki. Üç dört beş.</target></trans-unit>
            <trans-unit id="s3"><source>Eins. Zwei.</source>
            <seg-source><mrk mtype="seg" mid="1">Eins.</mrk> <mrk mtype="seg" mid="2">Zwei.</mrk></seg-source>
            <target> </target></trans-unit>
            """)
        #expect(tallies.map { $0.segments.map(\.id) } == [["1", "2"], [nil], ["1", "2"]])
        #expect(tallies.map { $0.segments.map(\.sourceWords) } == [[2, 1], [5], [1, 1]])
        #expect(tallies.map { $0.segments.map(\.state) } == [[.translated, .empty], [.translated], [.empty, .empty]])
        #expect(diagnostics.contains(XLIFF12Diagnostics.extraTargetSegment.code))
        #expect(diagnostics.contains(XLIFF12Diagnostics.unsegmentedTarget.code))
    }

    @Test func subflowsAreSegmentsOfTheirOwn() {
        let (tallies, diagnostics) = tallies("""
            <trans-unit id="f1"><source><ph id="1">&lt;img alt="<sub>Karte von Osna&#98;r&#252;ck</sub>"></ph></source>
            <target state="final"><ph id="1">&lt;img alt="<sub>Osnabrück haritası</sub>"></ph><ph id="2">&lt;br title="<sub>fazla</sub>"></ph></target></trans-unit>
            <trans-unit id="f2"><source>Siehe <ph id="1">&lt;a title="<sub>die <g id="2">Karte</g>n</sub>"></ph>.</source></trans-unit>
            """)
        #expect(tallies.map { $0.segments.map(\.id) } == [[nil, "ph1.sub1"], [nil, "ph1.sub1"]])
        // The code inside the sub ends "Karte": "die", "Karte", "n".
        #expect(tallies.map { $0.segments.map(\.sourceWords) } == [[0, 3], [1, 3]])
        // A source of codes only whose text lies in a sub-flow takes the target's state, not "empty".
        #expect(tallies.map { $0.segments.map(\.state) } == [[.translated, .translated], [.missing, .missing]])
        #expect(diagnostics.contains(XLIFF12Diagnostics.extraTargetSub.code))
    }

    @Test func targetsOfWhiteSpaceAndCodesAreEmpty() {
        let (tallies, _) = tallies("""
            <trans-unit id="t1"><source>Eins</source><target state="final">&#160;<x id="1"/> &#x3000;<g id="2">&#32;</g></target></trans-unit>
            <trans-unit id="t2"><source>Zwei</source><target state="final"> <g id="1"> </g>&#305;ki</target></trans-unit>
            """)
        #expect(tallies.map { $0.segments[0].state } == [.empty, .translated])
    }

    /// Elements that are not codes (an extension element, a `<sub>` outside a code) leave a word whole,
    /// as the built text joins the runs on either side.
    @Test func elementsThatAreNoCodesDoNotEndAWord() {
        let (tallies, _) = tallies("""
            <trans-unit id="w1" xmlns:ext="urn:example:ext"><source>Stra<ext:b>&#223;en</ext:b>fest und <sub>Br</sub>&#252;cke</source></trans-unit>
            """)
        #expect(tallies.first?.segments.map(\.sourceWords) == [3])
    }

    @Test func textInEmptyCodesIsKeptAndReported() {
        let (tallies, diagnostics) = tallies("""
            <trans-unit id="b1"><source>Der <bx id="1"/>Te&#120;t<ex id="2">bleibt</ex>.</source><target>Metin <bx id="1"> </bx>kalır.</target></trans-unit>
            """)
        #expect(tallies.first?.segments.map(\.sourceWords) == [3])
        #expect(diagnostics == [XLIFF12Diagnostics.codeWithContent.code])
    }
}
