import PublicationCore

/// The lexical rules of XLIFF 2 attribute values: NMTOKEN ids, BCP 47 language tags, the enumerated
/// values of the core, and a stable 64-bit hash for the compact id sets of a file.
enum XLIFF2Syntax {
    /// Whether `value` is an XML NMTOKEN: one or more name characters.
    static func isNMToken(_ value: String) -> Bool {
        var value = value
        let ascii: Bool? = value.withUTF8 { bytes in
            if bytes.isEmpty { return false }
            for byte in bytes {
                switch byte {
                case 0x30...0x3A, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x5F: continue
                case 0x80...: return nil
                default: return false
                }
            }
            return true
        }
        if let ascii { return ascii }
        return value.unicodeScalars.allSatisfy(isNameCharacter)
    }

    /// Whether the UTF-8 bytes `value` are an XML NMTOKEN; invalid UTF-8 is read as `String(decoding:as:)` reads it.
    static func isNMToken(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        if value.isEmpty { return false }
        for byte in value {
            switch byte {
            case 0x30...0x3A, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x5F: continue
            case 0x80...: return String(decoding: value, as: UTF8.self).unicodeScalars.allSatisfy(isNameCharacter)
            default: return false
            }
        }
        return true
    }

    /// An XML 1.0 NameChar.
    static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x3A, 0x5F, 0xB7: true
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x37D, 0x37F...0x1FFF, 0x200C...0x200D, 0x203F...0x2040,
            0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD,
            0x10000...0xEFFFF:
            true
        default: false
        }
    }

    /// Whether `tag` is a syntactically well-formed BCP 47 language tag (RFC 5646, without registry look-up).
    static func isLanguageTag(_ tag: String) -> Bool {
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let first = subtags.first, !first.isEmpty else { return false }
        for subtag in subtags {
            guard (1...8).contains(subtag.count), subtag.unicodeScalars.allSatisfy({ $0.isASCIIAlphanumeric }) else {
                return false
            }
        }
        let lower = first.lowercased()
        if lower == "x" || lower == "i" { return subtags.count > 1 }
        guard first.unicodeScalars.allSatisfy({ $0.isASCIILetter }), first.count >= 2 else { return false }
        return true
    }

    /// Whether two language tags name the same language (tags compare case-insensitively).
    static func sameLanguage(_ lhs: String, _ rhs: String) -> Bool {
        lhs.lowercased() == rhs.lowercased()
    }

    /// Whether `value` is a non-negative decimal integer.
    static func isNonNegativeInteger(_ value: String) -> Bool {
        !value.isEmpty && value.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }

    /// Whether `value` is `prefix:value` with a non-empty NMTOKEN-like prefix and a non-empty value.
    static func isPrefixedValue(_ value: String) -> Bool {
        guard let colon = value.firstIndex(of: ":") else { return false }
        let prefix = value[..<colon]
        let rest = value[value.index(after: colon)...]
        return !prefix.isEmpty && !rest.isEmpty && prefix.unicodeScalars.allSatisfy { isNameCharacter($0) && $0 != ":" }
    }

    /// Whether a code point may not appear literally in XML 1.0 and so must be written as `<cp hex="…"/>`.
    static func needsCodePointElement(_ value: UInt32) -> Bool {
        switch value {
        case 0x9, 0xA, 0xD: false
        case 0x0...0x1F: true
        case 0xD800...0xDFFF, 0xFFFE, 0xFFFF: true
        case 0x110000...: true
        default: false
        }
    }

    /// A stable 64-bit hash of a scope key, used for the compact per-file id sets: ``FNV1a`` over the UTF-8
    /// of `kind`, a 0xFF byte (which UTF-8 never contains, so no two keys run together) and `value`.
    @inline(__always)
    static func hash(_ kind: String, _ value: String) -> UInt64 {
        FNV1a.hash(value, from: FNV1a.adding(0xFF, to: FNV1a.hash(kind)))
    }

    /// Whether the UTF-8 bytes of `string` are `bytes`.
    static func equals(_ string: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let utf8 = string.utf8
        guard utf8.count == bytes.count else { return false }
        let contiguous = utf8.withContiguousStorageIfAvailable { stored in
            var index = 0
            while index < stored.count {
                if stored[index] != bytes[index] { return false }
                index += 1
            }
            return true
        }
        return contiguous ?? utf8.elementsEqual(bytes)
    }

    /// Whether `string` is ASCII, read on its stored bytes.
    static func isASCII(_ string: String) -> Bool {
        string.utf8.withContiguousStorageIfAvailable { bytes in
            var index = 0
            while index < bytes.count {
                if bytes[index] >= 0x80 { return false }
                index += 1
            }
            return true
        } ?? string.utf8.allSatisfy { $0 < 0x80 }
    }

    /// Whether `value` is `yes` or `no`.
    static func isYesNo(_ value: String) -> Bool { value == "yes" || value == "no" }

    /// Whether `value` is one of the four segment states.
    static func isState(_ value: String) -> Bool {
        switch value {
        case "initial", "translated", "reviewed", "final": true
        default: false
        }
    }

    /// Whether `value` is one of the six code types.
    static func isCodeType(_ value: String) -> Bool {
        switch value {
        case "fmt", "ui", "quote", "link", "image", "other": true
        default: false
        }
    }

    /// The `xlf:` values of `subType` and the `type` each requires.
    static let reservedSubTypes: [String: String] = [
        "xlf:lb": "fmt", "xlf:pb": "fmt", "xlf:b": "fmt", "xlf:i": "fmt", "xlf:u": "fmt", "xlf:var": "ui",
    ]
}

extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
    var isASCIIAlphanumeric: Bool { isASCIILetter || ("0"..."9").contains(self) }
}
