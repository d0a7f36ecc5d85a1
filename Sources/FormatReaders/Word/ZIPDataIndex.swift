import Foundation

/// Where each entry's packed bytes lie in a ZIP file, read from the central directory and checked
/// against each local header.
///
/// ZIPFoundation lists the entries and inflates them, but it does not say where an entry's data
/// starts, and its own reading loop asks for bytes past the entry's end: on damaged deflate data it
/// waits for input that never comes. With this index ``OfficeContainer`` hands the inflater exactly
/// the entry's packed bytes and stops when they are used up.
///
/// Only what a container's reader needs is read: the end-of-central-directory record (and its Zip64
/// form), each central header's name and local-header offset (with the Zip64 extra field), and each
/// local header's name and extra-field lengths. Anything out of bounds leaves the entry out.
struct ZIPDataIndex {
    /// Where an entry's packed data lies in the file.
    struct Span: Equatable {
        /// The offset of the first packed byte.
        var offset: UInt64
        /// The local header's compression method (0 stored, 8 deflated).
        var method: UInt16
    }

    private(set) var spans: [String: Span] = [:]
    /// The file's size in bytes, read once.
    private(set) var fileSize: UInt64 = 0
    /// Whether the end record or an entry holds an offset no file can have (beyond `Int64.max`): a
    /// hostile container on which ZIPFoundation traps instead of throwing, so it is refused first.
    private(set) var hasImpossibleOffset = false
    /// Whether the central directory is larger than Köprü reads (64 MiB), so its entries' offsets could
    /// not be checked; such a container is refused too, since ZIPFoundation would walk them unchecked.
    private(set) var isDirectoryTooLarge = false

    /// Reads the index of a ZIP file; an unreadable directory gives an empty index.
    init(reading handle: FileHandle) {
        guard let fileSize = try? handle.seekToEnd() else { return }
        self.fileSize = fileSize
        guard let directory = Self.centralDirectory(handle, fileSize: fileSize) else { return }
        if directory.offset > UInt64(Int64.max) || directory.size > UInt64(Int64.max) { hasImpossibleOffset = true }
        guard directory.offset <= fileSize, directory.size <= fileSize - directory.offset else { return }
        guard directory.size <= 64 << 20 else {
            isDirectoryTooLarge = true
            return
        }
        guard let bytes = Self.read(handle, at: directory.offset, count: Int(directory.size)) else { return }
        var cursor = 0
        while cursor + 46 <= bytes.count, bytes.uint32(at: cursor) == 0x0201_4B50 {
            let nameLength = Int(bytes.uint16(at: cursor + 28))
            let extraLength = Int(bytes.uint16(at: cursor + 30))
            let commentLength = Int(bytes.uint16(at: cursor + 32))
            let end = cursor + 46 + nameLength + extraLength + commentLength
            guard end <= bytes.count else { break }
            let name = String(decoding: bytes[(cursor + 46)..<(cursor + 46 + nameLength)], as: UTF8.self)
            var localOffset: UInt64? = UInt64(bytes.uint32(at: cursor + 42))
            if localOffset == 0xFFFF_FFFF {
                let extra = bytes[(cursor + 46 + nameLength)..<(cursor + 46 + nameLength + extraLength)]
                // nil when the Zip64 field is not there: the entry has no span, and ZIPFoundation fails on it.
                localOffset = Self.zip64Offset(
                    in: Array(extra),
                    uncompressedInZip64: bytes.uint32(at: cursor + 24) == 0xFFFF_FFFF,
                    compressedInZip64: bytes.uint32(at: cursor + 20) == 0xFFFF_FFFF)
            }
            if let offset = localOffset, offset > UInt64(Int64.max) { hasImpossibleOffset = true }
            if spans[name] == nil, let localOffset, let span = Self.localSpan(handle, at: localOffset, fileSize: fileSize) {
                spans[name] = span
            }
            cursor = end
        }
    }

    /// The offset and size of the central directory, from the end record (or its Zip64 form).
    private static func centralDirectory(_ handle: FileHandle, fileSize: UInt64) -> (offset: UInt64, size: UInt64)? {
        let tailLength = Int(min(fileSize, 22 + 0xFFFF))
        guard tailLength >= 22, let tail = read(handle, at: fileSize - UInt64(tailLength), count: tailLength) else {
            return nil
        }
        var position = tail.count - 22
        while position >= 0, tail.uint32(at: position) != 0x0605_4B50 { position -= 1 }
        guard position >= 0 else { return nil }
        let size = UInt64(tail.uint32(at: position + 12))
        let offset = UInt64(tail.uint32(at: position + 16))
        if offset != 0xFFFF_FFFF, size != 0xFFFF_FFFF { return (offset, size) }
        // Zip64: the locator sits just before the end record and points at the Zip64 end record.
        guard position >= 20, tail.uint32(at: position - 20) == 0x0706_4B50 else { return nil }
        let recordOffset = tail.uint64(at: position - 20 + 8)
        guard recordOffset <= fileSize, let record = read(handle, at: recordOffset, count: 56),
            record.uint32(at: 0) == 0x0606_4B50
        else { return nil }
        return (record.uint64(at: 48), record.uint64(at: 40))
    }

    /// The local header offset held in a Zip64 extra field.
    private static func zip64Offset(in extra: [UInt8], uncompressedInZip64: Bool, compressedInZip64: Bool) -> UInt64? {
        var cursor = 0
        while cursor + 4 <= extra.count {
            let id = extra.uint16(at: cursor)
            let length = Int(extra.uint16(at: cursor + 2))
            guard cursor + 4 + length <= extra.count else { return nil }
            if id == 0x0001 {
                var field = cursor + 4
                if uncompressedInZip64 { field += 8 }
                if compressedInZip64 { field += 8 }
                guard field + 8 <= cursor + 4 + length else { return nil }
                return extra.uint64(at: field)
            }
            cursor += 4 + length
        }
        return nil
    }

    /// The data span that follows a local header, when the header is where it should be.
    private static func localSpan(_ handle: FileHandle, at offset: UInt64, fileSize: UInt64) -> Span? {
        guard offset <= fileSize, fileSize - offset >= 30, let header = read(handle, at: offset, count: 30),
            header.uint32(at: 0) == 0x0403_4B50
        else { return nil }
        let start = offset + 30 + UInt64(header.uint16(at: 26)) + UInt64(header.uint16(at: 28))
        guard start <= fileSize else { return nil }
        return Span(offset: start, method: header.uint16(at: 8))
    }

    private static func read(_ handle: FileHandle, at offset: UInt64, count: Int) -> [UInt8]? {
        guard (try? handle.seek(toOffset: offset)) != nil,
            let data = try? handle.read(upToCount: count), data.count == count
        else { return nil }
        return [UInt8](data)
    }
}

extension Array where Element == UInt8 {
    fileprivate func uint16(at index: Int) -> UInt16 {
        UInt16(self[index]) | UInt16(self[index + 1]) << 8
    }

    fileprivate func uint32(at index: Int) -> UInt32 {
        UInt32(uint16(at: index)) | UInt32(uint16(at: index + 2)) << 16
    }

    fileprivate func uint64(at index: Int) -> UInt64 {
        UInt64(uint32(at: index)) | UInt64(uint32(at: index + 4)) << 32
    }
}
