import Foundation
import Testing
import XMLSource

@Suite("Streaming parser: events, positions, chunking")
struct XMLStreamParserTests {
    @Test("start tags report the line and column of their '<', also after multi-byte text and across lines")
    func startTagPositions() {
        let xml = "<?xml version=\"1.0\"?>\n<root>\n  <a x=\"1\">Şişli</a><b\n     y=\"2\"/>\n\t<c/></root>"
        let recorder = EventRecorder()
        let result = recorder.parse(Data(xml.utf8))
        #expect(result.isWellFormed)
        let starts = recorder.events.filter { $0.hasPrefix("start") }
        #expect(starts == [
            "start root @2:1", "start a @3:3 [x=1]", "start b @3:21 [y=2]", "start c @5:2",
        ])
    }

    @Test("long start tags, with non-ASCII attribute values and line breaks inside, report their '<'")
    func longStartTagPositions() {
        let long = String(repeating: "Grüße-İstanbul-", count: 20)
        let xml = "<root>\n  Şişli <a x=\"\(long)\" y=\"ä\">ö</a><b\n  z=\"\(long)\"\n  w=\"1\"/>"
            + String(repeating: "ğ", count: 9) + "<c v=\"\(long)\(long)\"/></root>"
        let recorder = EventRecorder()
        _ = recorder.parse(Data(xml.utf8))
        let starts = recorder.events.filter { $0.hasPrefix("start") }.map { $0.split(separator: " ")[2] }
        // `<a x="` + value + `" y="ä">ö</a>` before `<b`; `  w="1"/>` and nine ğ before `<c`.
        #expect(starts == ["@1:1", "@2:9", "@2:\(9 + 6 + long.count + 1 + 7 + 1 + 4)", "@4:19"])
    }

    @Test("the push parser gives the pull parser's events whatever the size of the pieces", arguments: [1, 2, 3, 5, 7, 64, 4096])
    func chunkingDoesNotChangeEvents(chunkSize: Int) {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><!-- a comment -->
              <file original="ö.txt" source-language="de"><body>
                <trans-unit id="1"><source>Grüße aus <g id="1">Saarbrücken</g> &amp; İstanbul</source>
                <target xml:lang="tr">Saarbrücken&apos;den selamlar</target></trans-unit>
                <?kopru note?>
              </body></file></xliff>
            """
        let reference = EventRecorder()
        _ = reference.parse(Data(xml.utf8))
        let chunked = EventRecorder()
        let result = chunked.push(Data(xml.utf8), chunkSize: chunkSize)
        #expect(result.isWellFormed)
        #expect(chunked.events == reference.events)
        #expect(reference.events.contains("start {urn:oasis:names:tc:xliff:document:1.2}g @4:42 [id=1]"))
        #expect(reference.text.contains("Grüße aus Saarbrücken & İstanbul"))
    }

    @Test("entity and character references in attribute values are resolved, pulled or pushed byte by byte",
        arguments: [false, true])
    func attributeReferences(pushed: Bool) {
        let handler = TagCollector()
        let xml = "<a x=\"Ali &amp; Veli &lt;3&gt; &#x15F;&#351; &quot;q&quot; &apos;\"/>"
        if pushed {
            let parser = XMLPushParser(displayPath: "t", handler: handler)
            for byte in Data(xml.utf8) { parser.feed(Data([byte])) }
            _ = parser.finish()
        } else {
            _ = XMLStreamParser().parse(Data(xml.utf8), displayPath: "t", handler: handler)
        }
        #expect(handler.tags.first?.attribute("x") == "Ali & Veli <3> şş \"q\" '")
        #expect(handler.tags.first?.attributes.first?.value == "Ali & Veli <3> şş \"q\" '")
    }

    @Test("attributes in the xml namespace keep their namespace")
    func xmlNamespaceAttributes() {
        let recorder = EventRecorder()
        let handler = TagCollector()
        _ = XMLStreamParser().parse(Data("<a xml:lang=\"tr-TR\" xml:space=\"preserve\"/>".utf8), displayPath: "t",
            handler: handler)
        #expect(handler.tags.first?.attribute("lang", namespace: XMLName.xmlNamespace) == "tr-TR")
        #expect(handler.tags.first?.attribute("lang") == nil)
        _ = recorder
    }
}

final class TagCollector: XMLEventHandler {
    var tags: [XMLStartTag] = []
    func startElement(_ tag: XMLStartTag) { tags.append(tag) }
}
