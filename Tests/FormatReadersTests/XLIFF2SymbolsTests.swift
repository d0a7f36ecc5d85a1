@testable import FormatReaders
import Testing
import XMLSource

/// The XLIFF 2 reader's names as numbers: every core element and attribute has its own number in each
/// core namespace, names and numbers map both ways, and the inline elements line up with theirs.
@Suite struct XLIFF2SymbolsTests {
    typealias CoreElement = XLIFF2Reader.CoreElement
    typealias CoreAttribute = XLIFF2Reader.CoreAttribute

    @Test("each core element has its number in each core namespace, and no number outside them")
    func elementsInTheTable() {
        let table = XLIFF2Reader.symbolTable
        for element in CoreElement.allCases {
            for namespace in XLIFF2Reader.coreNamespaces {
                #expect(table.symbol(local: element.name, namespace: namespace) == element.rawValue)
            }
            #expect(table.symbol(local: element.name, namespace: "urn:oasis:names:tc:xliff:document:1.2") == 0)
            #expect(CoreElement(local: element.name) == element)
        }
        #expect(CoreElement(local: "trans-unit") == nil)
    }

    @Test("each core attribute has its number without namespace, its name, and its own bit")
    func attributesInTheTable() {
        let table = XLIFF2Reader.symbolTable
        var bits: UInt64 = 0
        for attribute in CoreAttribute.allCases {
            #expect(table.symbol(local: attribute.name, namespace: "") == attribute.rawValue)
            #expect(CoreAttribute(local: attribute.name) == attribute)
            #expect(bits & attribute.bit == 0, "\(attribute.name) shares a bit")
            bits |= attribute.bit
        }
        #expect(CoreAttribute(local: "source-language") == nil)
        // Element and attribute numbers never meet.
        let elementNumbers = Set(CoreElement.allCases.map(\.rawValue))
        #expect(elementNumbers.isDisjoint(with: CoreAttribute.allCases.map(\.rawValue)))
    }

    @Test("the inline elements are the core's inline elements, by number and name")
    func inlineElements() {
        let inline = CoreElement.allCases.compactMap { element in XLIFF2Reader.InlineElement(element).map { (element, $0) } }
        #expect(inline.map(\.0.name) == ["ph", "pc", "sc", "ec", "mrk", "sm", "em", "cp"])
        for (element, code) in inline { #expect(code.name == element.name) }
        #expect(XLIFF2Reader.InlineElement(.segment) == nil)
        #expect(XLIFF2Reader.InlineElement(.target) == nil)
    }
}
