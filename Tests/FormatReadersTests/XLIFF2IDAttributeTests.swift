@testable import FormatReaders
import Testing

/// The one list of XLIFF 2 attributes whose value is an id, which the value check and the inline
/// codes share.
@Suite struct XLIFF2IDAttributeTests {
    typealias IDAttribute = XLIFF2Reader.Core.IDAttribute

    @Test(arguments: IDAttribute.allCases)
    func everyIDAttributeIsFoundByItsNameAndIsAnAttributeOfTheCore(_ attribute: IDAttribute) {
        #expect(IDAttribute.named(attribute.rawValue) == attribute)
        #expect(XLIFF2Reader.Core.allowedAttributes.values.contains { $0.contains(attribute.rawValue) },
            "\(attribute.rawValue) is an attribute of no core element")
    }

    @Test func otherAttributesOfTheCoreAreNoIDs() {
        let names = Set(XLIFF2Reader.Core.allowedAttributes.values.joined())
        let ids = names.filter { IDAttribute.named($0) != nil }
        #expect(ids == Set(IDAttribute.allCases.map(\.rawValue)))
        // Names of the length of an id attribute that are not one: names are compared, not only lengths.
        for name in ["ID", "copyof", "dataref", "subFlows", "dataRefend", "dataRefstart"] {
            #expect(IDAttribute.named(name) == nil, "\(name)")
        }
    }
}
