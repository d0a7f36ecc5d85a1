import Foundation
import Testing
import XMLSource

@Suite("Symbols: a handler's numbers for the names it compares")
struct SymbolTests {
    static let namespace = "urn:k"

    /// Numbers `unit` and `seg` in the namespace `urn:k`, and the attributes `id` (no namespace) and
    /// `xml:lang`; records what each tag carries, and keeps the tags.
    final class SymbolRecorder: XMLEventHandler {
        var table: XMLSymbols? = {
            var table = XMLSymbols()
            table.add(1, local: "unit", namespace: SymbolTests.namespace)
            table.add(2, local: "seg", namespace: SymbolTests.namespace)
            table.add(10, local: "id")
            table.add(11, local: "lang", namespace: XMLName.xmlNamespace)
            return table
        }()
        var asked = 0
        var seen: [String] = []
        var kept: [XMLStartTag] = []
        var keepsTags = true

        var symbols: XMLSymbols? {
            asked += 1
            return table
        }

        func startElement(_ tag: XMLStartTag) {
            var attributes: [String] = []
            tag.forEachAttribute(symbols: { symbol, index, value in
                attributes.append("\(symbol):\(tag.attributeName(at: index))=\(String(decoding: value, as: UTF8.self))")
            })
            seen.append("\(tag.symbol) \(tag.name) [\(attributes.joined(separator: " "))]")
            if keepsTags { kept.append(tag) }
        }
    }

    static let xml = """
        <unit xmlns="urn:k" id="r"><unit id="u1" xml:lang="tr"><seg other="x">a</seg><foo id="f"/>\
        <k:seg xmlns:k="urn:other"/></unit></unit>
        """

    @Test("names in the table carry their numbers from the element after the root on; others carry 0")
    func symbolsAfterTheRoot() {
        let recorder = SymbolRecorder()
        let result = XMLStreamParser().parse(Data(Self.xml.utf8), displayPath: "t", handler: recorder)
        #expect(result.isWellFormed)
        #expect(recorder.asked == 1)
        #expect(recorder.seen == [
            // The root comes before the handler is asked: no symbols yet.
            "0 {urn:k}unit [0:id=r]",
            "1 {urn:k}unit [10:id=u1 11:{\(XMLName.xmlNamespace)}lang=tr]",
            "2 {urn:k}seg [0:other=x]",
            "0 {urn:k}foo [10:id=f]",
            // The same local name in another namespace is another name.
            "0 {urn:other}seg []",
        ])
    }

    @Test("tags not kept (their store reused for the next tag) carry the same names and symbols")
    func reusedStore() {
        let kept = SymbolRecorder()
        _ = XMLStreamParser().parse(Data(Self.xml.utf8), displayPath: "t", handler: kept)
        let reused = SymbolRecorder()
        reused.keepsTags = false
        _ = XMLStreamParser().parse(Data(Self.xml.utf8), displayPath: "t", handler: reused)
        #expect(reused.kept.isEmpty)
        #expect(reused.seen == kept.seen)
    }

    @Test("a kept tag keeps its name, symbols and attribute names after the event")
    func keptTags() {
        let recorder = SymbolRecorder()
        _ = XMLStreamParser().parse(Data(Self.xml.utf8), displayPath: "t", handler: recorder)
        let again = recorder.kept.map { tag in
            var attributes: [String] = []
            tag.forEachAttribute(symbols: { symbol, index, value in
                attributes.append("\(symbol):\(tag.attributeName(at: index))=\(String(decoding: value, as: UTF8.self))")
            })
            return "\(tag.symbol) \(tag.name) [\(attributes.joined(separator: " "))]"
        }
        #expect(again == recorder.seen)
    }

    @Test("without a table every tag and attribute carries 0")
    func noTable() {
        let recorder = SymbolRecorder()
        recorder.table = nil
        _ = XMLStreamParser().parse(Data(Self.xml.utf8), displayPath: "t", handler: recorder)
        #expect(recorder.seen.allSatisfy { $0.hasPrefix("0 ") && !$0.contains(" 1") && !$0.contains("[1") })
        #expect(recorder.seen[1] == "0 {urn:k}unit [0:id=u1 0:{\(XMLName.xmlNamespace)}lang=tr]")
    }

    @Test("a tag made from values carries the symbol it was given and 0 for its attributes")
    func synthesisedTag() {
        let tag = XMLStartTag(name: XMLName(local: "unit"), attributes: [XMLAttribute(name: XMLName(local: "id"), value: "u1")],
            symbol: 7)
        var list: [String] = []
        tag.forEachAttribute(symbols: { symbol, index, value in
            list.append("\(symbol):\(tag.attributeName(at: index))=\(String(decoding: value, as: UTF8.self))")
        })
        #expect(tag.symbol == 7)
        #expect(list == ["0:id=u1"])
    }

    @Test("the table answers 0 for a name it does not hold, and the last number given to a name")
    func table() {
        var table = XMLSymbols()
        table.add(3, local: "a")
        table.add(4, local: "a", namespace: "urn:x")
        table.add(5, local: "a")
        #expect(table.symbol(local: "a", namespace: "") == 5)
        #expect(table.symbol(local: "a", namespace: "urn:x") == 4)
        #expect(table.symbol(local: "b", namespace: "") == 0)
    }
}
