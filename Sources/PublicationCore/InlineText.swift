/// Translatable text: runs of characters with ``InlineCode``s between them.
///
/// ```swift
/// // <source>Click <g id="1">here</g>.</source>
/// InlineText([.text("Click "), .code(.init(kind: .opening, element: "g", id: "1")),
///             .text("here"), .code(.init(kind: .closing, element: "g", id: "1")), .text(".")])
/// ```
public struct InlineText: Hashable, Sendable, Codable, ExpressibleByStringLiteral {
    /// A run of text or an inline code.
    public enum Element: Hashable, Sendable, Codable {
        case text(String)
        case code(InlineCode)
    }

    /// The runs, in document order. Adjacent text runs are merged by ``append(_:)``.
    public private(set) var elements: [Element]

    /// Creates inline text from runs.
    public init(_ elements: [Element] = []) {
        self.elements = []
        for element in elements { append(element) }
    }

    /// Creates inline text holding only `text`.
    public init(_ text: String) {
        self.init(text.isEmpty ? [] : [.text(text)])
    }

    public init(stringLiteral value: String) {
        self.init(value.isEmpty ? [] : [.text(value)])
    }

    /// Appends a run, merging it with a preceding text run.
    ///
    /// The element is taken over (`consuming`), so appending a code built for the purpose copies none of its strings.
    public mutating func append(_ element: consuming Element) {
        if case .text(let new) = element {
            if new.isEmpty { return }
            let last = elements.count - 1
            // Test the case first: binding the last element would copy a code with all its strings.
            if last >= 0, case .text = elements[last], case .text(let old) = elements[last] {
                elements[last] = .text(old + new)
                return
            }
        }
        elements.append(element)
    }

    /// Reserves room for `minimumCapacity` runs and codes, so that appending them allocates once.
    public mutating func reserveCapacity(_ minimumCapacity: Int) {
        elements.reserveCapacity(minimumCapacity)
    }

    /// Appends text.
    public mutating func append(text: String) { append(.text(text)) }

    /// The text alone, without codes.
    public var plainText: String {
        var result = ""
        for case .text(let text) in elements { result += text }
        return result
    }

    /// The inline codes, in order.
    public var codes: [InlineCode] {
        elements.compactMap { if case .code(let code) = $0 { code } else { nil } }
    }

    /// Whether there is no text other than whitespace (codes alone do not count as text).
    public var hasNoText: Bool {
        for case .text(let run) in elements {
            let blank = run.utf8.withContiguousStorageIfAvailable { Self.isBlank($0) }
                ?? run.unicodeScalars.allSatisfy { Self.isWhitespace($0.value) }
            if !blank { return false }
        }
        return true
    }

    private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            if !isWhitespace(UTF8Scalars.decode(bytes, at: &index)) { return false }
        }
        return true
    }

    /// Whether a scalar value is white space as ``hasNoText`` counts it: Unicode's White_Space
    /// (`Unicode.Scalar.isWhiteSpace(_:)`), except that in ASCII only XML's four white-space characters
    /// count, not U+000B and U+000C.
    @inline(__always)
    static func isWhitespace(_ value: UInt32) -> Bool {
        if value < 0x80 { return Unicode.Scalar.isXMLWhitespace(value) }
        return Unicode.Scalar.isWhiteSpace(value)
    }

    /// Whether there is nothing at all: no text and no code.
    public var isEmpty: Bool { elements.isEmpty }
}
