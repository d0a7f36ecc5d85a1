import PublicationCore
import Testing

/// Sub-flow segments (the text of an XLIFF 1.2 `<sub>`) count and carry a state, but their text is
/// already in the data of the code that holds them: the joined texts of a unit leave them out.
/// The texts are sample texts.
@Suite struct SubflowSegmentTests {
    static func unit(subflowState: TranslationState) -> TranslationUnit {
        let code = InlineCode(kind: .placeholder, element: "ph", id: "1", data: "<img alt=\"Karte\">")
        var subflow = Segment(id: "ph1.sub1", source: "Karte", target: subflowState == .missing ? nil : "Harita",
                              state: subflowState)
        subflow.enclosingCode = "ph 1"
        return TranslationUnit(id: "karte", segments: [
            Segment(source: InlineText([.text("Siehe "), .code(code)]), target: InlineText([.text("Bakınız "), .code(code)]),
                    state: .translated),
            subflow,
        ])
    }

    @Test func joinedTextsLeaveSubflowsOut() throws {
        let unit = Self.unit(subflowState: .translated)
        #expect(unit.segments[1].isSubflow && !unit.segments[0].isSubflow)
        #expect(unit.joinedSource.plainText == "Siehe ")
        #expect(try #require(unit.joinedTarget).plainText == "Bakınız ")
        #expect(unit.joinedSource.codes.count == 1)
    }

    @Test func aMissingSubflowMakesTheUnitIncomplete() {
        #expect(Self.unit(subflowState: .translated).leastAdvancedState == .translated)
        #expect(Self.unit(subflowState: .missing).leastAdvancedState == .missing)
    }
}
