extension Unicode.Scalar {
    /// Whether this scalar is white space in Unicode's sense (the White_Space property, the same set as
    /// `properties.isWhitespace`): the one definition of white space that the library's text
    /// comparisons, checks and aligners share. See ``isWhiteSpace(_:)`` for the code points.
    ///
    /// XML's white space is narrower (four ASCII characters, no no-break space): ``isXMLWhitespace``.
    @inlinable @inline(__always)
    public var isWhiteSpace: Bool { Self.isWhiteSpace(value) }

    /// Whether the scalar value `value` has Unicode's White_Space property. The property is fixed at 25
    /// code points (PropList.txt; unchanged since Unicode 6.3): U+0009–000D, U+0020, U+0085, U+00A0,
    /// U+1680, U+2000–200A, U+2028, U+2029, U+202F, U+205F and U+3000. A switch over them answers without
    /// the property tables that `Unicode.Scalar.Properties` consults, and for ASCII in two comparisons.
    /// Values that are no scalar (surrogates, beyond U+10FFFF) are not white space.
    @inlinable @inline(__always)
    public static func isWhiteSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20: true
        case ..<0x85: false
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Whether this is one of XML's four white-space characters (space, tab, line feed, carriage
    /// return; XML 1.0 production S). A no-break space is not.
    @inlinable @inline(__always)
    public var isXMLWhitespace: Bool { Self.isXMLWhitespace(value) }

    /// Whether the scalar value `value` is one of XML's four white-space characters.
    @inlinable @inline(__always)
    public static func isXMLWhitespace(_ value: UInt32) -> Bool {
        value == 0x20 || value == 0x09 || value == 0x0A || value == 0x0D
    }
}

extension UInt8 {
    /// Whether this UTF-8 byte is one of XML's four white-space characters
    /// (`Unicode.Scalar.isXMLWhitespace`).
    @inlinable @inline(__always)
    public var isXMLWhitespace: Bool { Unicode.Scalar.isXMLWhitespace(UInt32(self)) }
}

extension StringProtocol {
    /// Whether the text is only white space (Unicode's White_Space, ``Unicode/Scalar/isWhiteSpace``), or
    /// nothing: the one test of "no text" for a name, a translation, a source or a block. The same set
    /// as `CharacterSet.whitespacesAndNewlines`, without building a trimmed copy.
    @inlinable
    public var isBlank: Bool { unicodeScalars.allSatisfy(\.isWhiteSpace) }
}
