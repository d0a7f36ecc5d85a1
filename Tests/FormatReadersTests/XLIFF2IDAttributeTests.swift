import Foundation
import FormatReaders
import PublicationCore
import Testing

/// XLIFF 2 types an element's own `id` and the references to ids (`copyOf`, `dataRef`, `dataRefStart`,
/// `dataRefEnd`, `startRef`) as NMTOKEN: a value with a space is a bad id there, and only there. Every
/// other attribute of `ph`, `pc` and `ec` is given the same value and must not be called an id.
@Suite struct XLIFF2IDAttributeTests {
    static let idAttributes: Set<String> = ["id", "copyOf", "dataRef", "dataRefStart", "dataRefEnd", "startRef"]

    /// An inline element with the attribute `name` set to `a b` (the element's other attributes valid).
    static func inline(_ element: String, _ name: String) -> String {
        let id = name == "id" ? "" : " id=\"1\""
        switch element {
        case "pc": return "<pc\(id) \(name)=\"a b\">x</pc>"
        case "ec": return "<sc id=\"1\"/><ec \(name)=\"a b\"\(name == "startRef" ? "" : " startRef=\"1\"")/>"
        default: return "<ph\(id) \(name)=\"a b\"/>"
        }
    }

    static let cases: [(element: String, attribute: String)] = [
        ("ph", "id"), ("ph", "canCopy"), ("ph", "canDelete"), ("ph", "canReorder"), ("ph", "copyOf"), ("ph", "disp"),
        ("ph", "equiv"), ("ph", "dataRef"), ("ph", "subFlows"), ("ph", "subType"), ("ph", "type"),
        ("pc", "canOverlap"), ("pc", "dispEnd"), ("pc", "dispStart"), ("pc", "equivEnd"), ("pc", "equivStart"),
        ("pc", "dataRefEnd"), ("pc", "dataRefStart"), ("pc", "subFlowsEnd"), ("pc", "subFlowsStart"), ("pc", "dir"),
        ("ec", "startRef"), ("ec", "isolated"),
    ]

    @Test("a value with a space is a bad id exactly for the id attributes", arguments: cases)
    func badIDOnlyForIDs(_ element: String, _ attribute: String) {
        let xml = """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="tr">
             <file id="f1"><unit id="u1"><originalData><data id="d1">x</data></originalData>
              <segment><source>Text \(Self.inline(element, attribute))</source></segment></unit></file>
            </xliff>
            """
        let loaded = DocumentLoader().load(Data(xml.utf8), displayPath: "t.xlf")
        let badIDs = loaded.diagnostics.filter { $0.code == "xliff2.bad-id" }
        if Self.idAttributes.contains(attribute) {
            #expect(badIDs.count == 1, "\(attribute) on <\(element)>: \(loaded.diagnostics.map(\.message))")
            #expect(badIDs.first?.message.contains("\(attribute)=\"a b\"") == true)
        } else {
            #expect(badIDs.isEmpty, "\(attribute) on <\(element)>: \(badIDs.map(\.message))")
        }
    }

    @Test("every id attribute is among the cases")
    func everyIDAttributeIsTried() {
        #expect(Set(Self.cases.map(\.attribute)).isSuperset(of: Self.idAttributes))
    }
}
