import Foundation
import Testing
import XMLSource

@Suite("Iterating a start tag's attributes as bytes")
struct AttributeIterationTests {
    /// Records, for every start tag, the attributes as `forEachAttribute` reports them during the event.
    final class ByteRecorder: XMLEventHandler {
        var seen: [[String]] = []
        var kept: [XMLStartTag] = []

        func startElement(_ tag: XMLStartTag) {
            var list: [String] = []
            tag.forEachAttribute { name, value in
                list.append("\(name)=\(String(decoding: value, as: UTF8.self))")
            }
            seen.append(list)
            kept.append(tag)
        }
    }

    static func described(_ attributes: [XMLAttribute]) -> [String] {
        attributes.map { "\($0.name)=\($0.value)" }
    }

    @Test("names and values match the attributes as strings, with character references resolved, in document order")
    func bytesMatchStrings() {
        let xml = """
            <root xmlns:x="urn:x"><a id="1" x:flag="ja, evet" xml:lang="tr-TR" note="Grüße, Şişli &#x130;"/>\
            <b/><c empty=""/></root>
            """
        let recorder = ByteRecorder()
        let result = XMLStreamParser().parse(Data(xml.utf8), displayPath: "t", handler: recorder)
        #expect(result.isWellFormed)
        #expect(recorder.seen == [
            [], ["id=1", "{urn:x}flag=ja, evet", "{\(XMLName.xmlNamespace)}lang=tr-TR", "note=Grüße, Şişli İ"], [], ["empty="],
        ])
        // The tags kept beyond the event still give the same attributes, as strings and as bytes.
        for (tag, seen) in zip(recorder.kept, recorder.seen) {
            #expect(Self.described(tag.attributes) == seen)
            var again: [String] = []
            tag.forEachAttribute { name, value in again.append("\(name)=\(String(decoding: value, as: UTF8.self))") }
            #expect(again == seen)
        }
    }

    @Test("a tag made from values reports them")
    func synthesisedTag() {
        let tag = XMLStartTag(name: XMLName(local: "unit"), attributes: [
            XMLAttribute(name: XMLName(local: "id"), value: "u1"),
            XMLAttribute(name: XMLName(namespace: "urn:y", local: "size"), value: "ölçü"),
        ])
        var list: [String] = []
        tag.forEachAttribute { name, value in list.append("\(name)=\(String(decoding: value, as: UTF8.self))") }
        #expect(list == ["id=u1", "{urn:y}size=ölçü"])
    }
}
