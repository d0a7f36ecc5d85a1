public import Foundation

/// What a rewritten XML file keeps of its original that the XML parser does not report: a UTF-8 byte
/// order mark and CRLF line ends. Without it, a source saved on Windows would come back from
/// `kopru import` with every line changed in a diff, though only one paragraph was.
public struct FileConventions: Hashable, Sendable {
    /// Whether the original starts with the UTF-8 byte order mark (EF BB BF).
    public var byteOrderMark: Bool
    /// Whether the original ends its lines with CR LF (every line break is one; a file with mixed line
    /// ends is written with LF).
    public var crlf: Bool

    /// The conventions of `original`, the file's bytes as read.
    public init(of original: Data) {
        byteOrderMark = original.starts(with: [0xEF, 0xBB, 0xBF])
        var pairs = 0
        var lone = 0
        original.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            for index in bytes.indices where bytes[index] == 0x0A {
                if index > 0 && bytes[index - 1] == 0x0D { pairs += 1 } else { lone += 1 }
            }
        }
        crlf = pairs > 0 && lone == 0
    }

    /// `document` (UTF-8 with LF line ends, as the rewriters write it) with the original's conventions.
    /// A carriage return the document holds is escaped (`&#13;`), so every LF is a line end to convert.
    public func applied(to document: Data) -> Data {
        guard byteOrderMark || crlf else { return document }
        var result = Data()
        result.reserveCapacity(document.count + (byteOrderMark ? 3 : 0) + (crlf ? document.count / 40 : 0))
        if byteOrderMark && !document.starts(with: [0xEF, 0xBB, 0xBF]) { result.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        guard crlf else {
            result.append(document)
            return result
        }
        var start = document.startIndex
        while let newline = document[start...].firstIndex(of: 0x0A) {
            result.append(document[start..<newline])
            if newline == document.startIndex || document[newline - 1] != 0x0D { result.append(0x0D) }
            result.append(0x0A)
            start = newline + 1
        }
        result.append(document[start...])
        return result
    }
}
