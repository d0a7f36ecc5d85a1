import Foundation
import PublicationCore
import XMLSource
import ZIPFoundation

/// The ZIP container of a Word (.docx, .docm) or OpenDocument (.odt) document: what kind of file it is,
/// and each part streamed through the XML parser, chunk by chunk, within bounds that stop a ZIP bomb.
///
/// ```swift
/// let container = try OfficeContainer(contentsOf: url, displayPath: "Sources-de/10-hamm.docx")
/// let result = try container.parse("word/document.xml", handler: reader)
/// ```
final class OfficeContainer {
    /// Limits on what a container may unpack to.
    struct Limits: Sendable {
        /// The most bytes all parts read together may unpack to.
        var maximumTotalSize: UInt64 = 1 << 30
        /// The highest ratio of unpacked to packed size accepted for a part larger than 1 MB.
        var maximumRatio: UInt64 = 200
    }

    /// What the first bytes of a file say it is.
    enum Signature: Equatable {
        case zip, oleCompoundFile, rtf, other
    }

    let displayPath: String
    let limits: Limits
    private let archive: Archive
    /// Every entry by its path, read once from the central directory.
    private let entries: [String: Entry]
    /// The file, read directly for each entry's packed bytes.
    private let handle: FileHandle
    /// Where each entry's packed bytes start.
    private let spans: ZIPDataIndex
    /// How many bytes the parts read so far unpacked to.
    private(set) var unpackedSize: UInt64 = 0

    /// Opens a container from a file.
    init(contentsOf url: URL, displayPath: String, limits: Limits = Limits()) throws(OfficeContainerError) {
        self.displayPath = displayPath
        self.limits = limits
        guard let handle = try? FileHandle(forReadingFrom: url) else { throw .notZIP }
        // Köprü's own reading of the directory comes first: an offset beyond Int64.max makes ZIPFoundation
        // trap instead of throw.
        let spans = ZIPDataIndex(reading: handle)
        guard !spans.hasImpossibleOffset else {
            try? handle.close()
            throw .unreadablePart("the central directory", reason: "it points past the end of the file (the file is damaged)")
        }
        guard !spans.isDirectoryTooLarge else {
            try? handle.close()
            throw .unreadablePart("the central directory", reason: "it is larger than 64 MiB, more than a Word or OpenDocument file holds")
        }
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            try? handle.close()
            throw .notZIP
        }
        entries = Self.index(archive)
        self.handle = handle
        self.spans = spans
    }

    deinit {
        try? handle.close()
    }

    private static func index(_ archive: Archive) -> [String: Entry] {
        var result: [String: Entry] = [:]
        for entry in archive where entry.type == .file && result[entry.path] == nil {
            result[entry.path] = entry
        }
        return result
    }

    /// Whether the container holds a part.
    func contains(_ path: String) -> Bool { entries[path] != nil }

    /// The paths of all parts.
    var paths: [String] { entries.keys.sorted() }

    /// Reads a small part (a `mimetype` file) whole, at most `limit` bytes.
    func smallPart(_ path: String, limit: Int = 256) -> Data? {
        guard let entry = entries[path], entry.uncompressedSize <= UInt64(limit) else { return nil }
        var data = Data()
        do {
            try extract(entry, path: path, bufferSize: limit + 1) { data.append($0) }
        } catch {
            return nil
        }
        return data.count <= limit ? data : nil
    }

    /// Streams a part through the XML parser into `handler`.
    ///
    /// - Returns: the parser's result, or `nil` when the container has no such part.
    /// - Throws: ``OfficeContainerError/bomb(part:size:)`` when the part unpacks beyond the limits,
    ///   ``OfficeContainerError/unreadablePart(_:reason:)`` when it cannot be unpacked.
    func parse(
        _ path: String, handler: any XMLEventHandler, options: XMLStreamParser.Options
    ) throws(OfficeContainerError) -> XMLStreamParser.Result? {
        guard let entry = entries[path] else { return nil }
        let declared = entry.uncompressedSize
        let packed = max(entry.compressedSize, 1)
        if declared > 1 << 20, declared / packed > limits.maximumRatio {
            throw .bomb(part: path, size: declared)
        }
        if unpackedSize + declared > limits.maximumTotalSize {
            throw .bomb(part: path, size: unpackedSize + declared)
        }
        let parser = XMLPushParser(displayPath: displayPath, handler: handler, options: options)
        var total: UInt64 = 0
        let limits = self.limits
        let already = unpackedSize
        var refused: OfficeContainerError?
        do {
            try extract(entry, path: path, bufferSize: 64 * 1024) { chunk in
                total += UInt64(chunk.count)
                // The header may lie about the size: count what actually comes out.
                if already + total > limits.maximumTotalSize
                    || (total > 1 << 20 && total / packed > limits.maximumRatio)
                {
                    refused = .bomb(part: path, size: total)
                    throw CancellationError()
                }
                parser.feed(chunk)
            }
        } catch {
            unpackedSize += total
            if let refused { throw refused }
            throw .unreadablePart(path, reason: String(describing: error))
        }
        unpackedSize += total
        return parser.finish()
    }

    /// Unpacks an entry chunk by chunk, reading no byte beyond its packed data.
    ///
    /// ZIPFoundation's own extraction reads on past an entry's end and, on damaged deflate data,
    /// waits forever for input at the end of the file; here the inflater gets exactly the packed
    /// bytes, and running out of them before the stream ends is an error.
    private func extract(_ entry: Entry, path: String, bufferSize: Int, consumer: (Data) throws -> Void) throws {
        guard let span = spans.spans[path] else { throw ContainerReadError.damagedLocalHeader }
        let fileSize = spans.fileSize
        guard span.offset <= fileSize else { throw ContainerReadError.damagedLocalHeader }
        let packed = min(entry.compressedSize, fileSize - span.offset)
        let handle = self.handle
        // ZIPFoundation's inflate loop on Linux tells zlib that every chunk holds `size` bytes, whatever
        // its length: a shorter chunk would let zlib read past it. So every chunk has exactly `size` bytes,
        // the part's last one padded with zeros. Zeros never end a deflate stream (they read as a stored
        // block of length 0 whose check fails, or as the end of a block followed by that), so padding can
        // only end in an error or in a request for more, which fails: the part has no more bytes.
        let provider: (Int64, Int) throws -> Data = { position, size in
            let remaining = Int64(packed) - position
            guard remaining > 0 else { throw ContainerReadError.truncatedData }
            try handle.seek(toOffset: span.offset + UInt64(position))
            var chunk = try handle.read(upToCount: Int(min(Int64(size), remaining))) ?? Data()
            guard !chunk.isEmpty else { throw ContainerReadError.truncatedData }
            if chunk.count < size { chunk.append(Data(count: size - chunk.count)) }
            return chunk
        }
        let checksum: CRC32
        switch span.method {
        case 0:
            var crc: CRC32 = 0
            var position: Int64 = 0
            while position < Int64(packed) {
                let wanted = Int(min(Int64(bufferSize), Int64(packed) - position))
                let chunk = try provider(position, wanted)
                position += Int64(chunk.count)
                crc = chunk.crc32(checksum: crc)
                try consumer(chunk)
            }
            checksum = crc
        case 8:
            do {
                checksum = try Data.decompress(
                    size: Int64(packed), bufferSize: bufferSize, skipCRC32: false, provider: provider,
                    consumer: consumer)
            } catch let error as ContainerReadError {
                throw error
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                // The inflater's own errors (a damaged stream, a dictionary it does not have).
                throw ContainerReadError.damagedData
            }
        default:
            throw ContainerReadError.unsupportedMethod(span.method)
        }
        guard checksum == entry.checksum else { throw ContainerReadError.checksumMismatch }
    }

    /// Reads the first bytes of a file to tell a ZIP container from a binary Word file or RTF.
    static func signature(of url: URL) -> Signature {
        // Opening a named pipe waits for a writer: only regular files are looked into.
        guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { return .other }
        guard let handle = try? FileHandle(forReadingFrom: url) else { return .other }
        defer { try? handle.close() }
        let bytes = (try? handle.read(upToCount: 8)) ?? Data()
        return signature(of: bytes)
    }

    /// The kind of file these first bytes begin.
    static func signature(of bytes: Data) -> Signature {
        let prefix = [UInt8](bytes.prefix(8))
        if prefix.starts(with: [0x50, 0x4B, 0x03, 0x04]) || prefix.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return .zip
        }
        if prefix.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .oleCompoundFile }
        if prefix.starts(with: Array("{\\rtf".utf8)) { return .rtf }
        return .other
    }

    /// Whether an OLE compound file is an encrypted Office document (it holds an `EncryptedPackage`
    /// stream) rather than a binary Word document. Reads at most the first 16 MB.
    static func isEncryptedPackage(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let needle = Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        var carried = Data()
        var read = 0
        while read < 16 << 20, let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            read += chunk.count
            let window = carried + chunk
            if window.range(of: needle) != nil { return true }
            carried = window.suffix(needle.count)
        }
        return false
    }
}

/// Why one entry of a container cannot be unpacked; carried as the reason of
/// ``OfficeContainerError/unreadablePart(_:reason:)``.
enum ContainerReadError: Error, CustomStringConvertible {
    case damagedLocalHeader, truncatedData, damagedData, checksumMismatch, unsupportedMethod(UInt16)

    var description: String {
        switch self {
        case .damagedLocalHeader: "its local header is damaged"
        case .truncatedData: "its packed data ends before the part does"
        case .damagedData: "its packed data is damaged"
        case .checksumMismatch: "its checksum does not match (the data is damaged)"
        case .unsupportedMethod(let method): "it uses compression method \(method), which Word and LibreOffice do not write"
        }
    }
}

/// Why a Word or OpenDocument container cannot be read at all.
enum OfficeContainerError: Error, Equatable {
    /// The file is no ZIP archive.
    case notZIP
    /// A part unpacks to more than the limits allow.
    case bomb(part: String, size: UInt64)
    /// A part cannot be unpacked (damaged data, an unknown compression method).
    case unreadablePart(String, reason: String)
}
