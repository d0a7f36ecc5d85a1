import Foundation
import Testing
import XMLSource

@Suite("Encodings: UTF-8 with and without BOM, UTF-16 with BOM, declared ISO-8859-9")
struct EncodingTests {
    static let turkish = "Şişli Belediyesi, İçindekiler: ığüşöç ĞÜŞİÖÇ"

    func text(of data: Data) -> (String, XMLStreamParser.Result) {
        let recorder = EventRecorder()
        let result = recorder.parse(data)
        return (recorder.text, result)
    }

    @Test func utf8WithoutBOM() {
        let (text, result) = text(of: Data("<p>\(Self.turkish)</p>".utf8))
        #expect(result.isWellFormed)
        #expect(text == Self.turkish)
    }

    @Test func utf8WithBOM() {
        let (text, result) = text(of: Data([0xEF, 0xBB, 0xBF]) + Data("<p>\(Self.turkish)</p>".utf8))
        #expect(result.isWellFormed)
        #expect(text == Self.turkish)
    }

    @Test("UTF-16 little and big endian with BOM", arguments: [String.Encoding.utf16LittleEndian, .utf16BigEndian])
    func utf16WithBOM(encoding: String.Encoding) {
        let bom: Data = encoding == .utf16LittleEndian ? Data([0xFF, 0xFE]) : Data([0xFE, 0xFF])
        let body = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><p>\(Self.turkish)</p>".data(using: encoding)!
        let (text, result) = text(of: bom + body)
        #expect(result.isWellFormed)
        #expect(text == Self.turkish)
    }

    @Test("declared ISO-8859-9 (Latin-5, Turkish)")
    func iso88599() {
        // Latin-5 bytes for "Şişli İğdır": Ş=0xDE ş=0xFE İ=0xDD ı=0xFD ğ=0xF0
        var bytes = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-9\"?><p>".utf8)
        bytes += [0xDE, 0x69, 0xFE, 0x6C, 0x69, 0x20, 0xDD, 0xF0, 0x64, 0xFD, 0x72]
        bytes += Array("</p>".utf8)
        let (text, result) = text(of: Data(bytes))
        #expect(result.isWellFormed)
        #expect(text == "Şişli İğdır")
        #expect(result.encoding?.uppercased() == "ISO-8859-9")
    }

    @Test("bytes that are not UTF-8 in a UTF-8 document are an error with a position")
    func invalidUTF8() {
        var bytes = Array("<p>\nabc".utf8)
        bytes += [0xC3, 0x28]
        bytes += Array("</p>".utf8)
        let (_, result) = text(of: Data(bytes))
        #expect(!result.isWellFormed)
        let error = result.diagnostics.first { $0.severity == .error }
        #expect(error?.code == "xml.invalid-character")
        #expect(error?.location?.line == 2)
    }
}
