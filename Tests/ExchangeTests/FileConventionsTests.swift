import Exchange
import Foundation
import Testing

/// A rewritten file keeps its byte order mark and CRLF line ends; the XML parser reports neither.
@Suite struct FileConventionsTests {
    static let bom = Data([0xEF, 0xBB, 0xBF])

    @Test("CRLF and a byte order mark are read from the original and put back")
    func crlfAndBOM() {
        let original = Self.bom + Data("<a>\r\n  <b>x</b>\r\n</a>\r\n".utf8)
        let conventions = FileConventions(of: original)
        #expect(conventions.byteOrderMark)
        #expect(conventions.crlf)
        let rewritten = Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a>\n  <b>y</b>\n  <c>&#13;z</c>\n</a>\n".utf8)
        let written = conventions.applied(to: rewritten)
        #expect(written == Self.bom
            + Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<a>\r\n  <b>y</b>\r\n  <c>&#13;z</c>\r\n</a>\r\n".utf8))
    }

    @Test("LF, mixed line ends and no mark leave the document as it is")
    func otherwiseUnchanged() {
        let document = Data("<a>\n<b/>\n</a>\n".utf8)
        for original in ["<a>\n</a>\n", "<a>\r\n<b/>\n</a>", "<a/>"] {
            let conventions = FileConventions(of: Data(original.utf8))
            #expect(!conventions.crlf, "\(original.debugDescription)")
            #expect(conventions.applied(to: document) == document)
        }
    }

    @Test("a document that starts with the mark already gets no second one")
    func noDoubleMark() {
        let conventions = FileConventions(of: Self.bom + Data("<a/>".utf8))
        #expect(conventions.applied(to: Self.bom + Data("<a/>".utf8)) == Self.bom + Data("<a/>".utf8))
    }
}
