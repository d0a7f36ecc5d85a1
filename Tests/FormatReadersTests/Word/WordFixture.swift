import Foundation
import ZIPFoundation

/// Builds small Word documents in memory: a ZIP container with the parts given.
enum WordFixture {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// A container holding these parts (path → text), deflated.
    static func container(_ parts: [(String, String)]) throws -> Data {
        try container(parts.map { ($0.0, Data($0.1.utf8)) })
    }

    /// A container holding these parts (path → bytes), deflated.
    static func container(_ parts: [(String, Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }

    /// The parts of a container, in order.
    static func parts(of data: Data) throws -> [(String, Data)] {
        let archive = try Archive(data: data, accessMode: .read)
        var result: [(String, Data)] = []
        for entry in archive where entry.type == .file {
            var content = Data()
            _ = try archive.extract(entry) { content.append($0) }
            result.append((entry.path, content))
        }
        return result
    }

    /// `word/document.xml` with this body, and the parts every Word document has.
    static func document(body: String, styles: String = "", extra: [(String, String)] = []) throws -> Data {
        try container([
            ("[Content_Types].xml", #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#),
            ("_rels/.rels", #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#),
            ("word/styles.xml", #"<?xml version="1.0"?><w:styles xmlns:w="\#(wordNamespace)"><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="de-DE"/></w:rPr></w:rPrDefault></w:docDefaults>\#(styles)</w:styles>"#),
            ("word/document.xml", #"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="\#(wordNamespace)" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>\#(body)</w:body></w:document>"#),
        ] + extra)
    }

    /// A paragraph with one run of text.
    static func paragraph(_ text: String, style: String? = nil) -> String {
        let properties = style.map { #"<w:pPr><w:pStyle w:val="\#($0)"/></w:pPr>"# } ?? ""
        return #"<w:p>\#(properties)<w:r><w:t xml:space="preserve">\#(text)</w:t></w:r></w:p>"#
    }
}
