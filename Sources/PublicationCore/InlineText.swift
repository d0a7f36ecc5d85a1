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
    public mutating func append(_ element: Element) {
        if case .text(let new) = element {
            if new.isEmpty { return }
            if case .text(let old)? = elements.last {
                elements[elements.count - 1] = .text(old + new)
                return
            }
        }
        elements.append(element)
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
            for scalar in run.unicodeScalars {
                let value = scalar.value
                if value < 0x80 {
                    if value != 0x20 && value != 0x09 && value != 0x0A && value != 0x0D { return false }
                } else if !scalar.properties.isWhitespace {
                    return false
                }
            }
        }
        return true
    }

    /// Whether there is nothing at all: no text and no code.
    public var isEmpty: Bool { elements.isEmpty }
}
