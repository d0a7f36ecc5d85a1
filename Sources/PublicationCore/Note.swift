/// A note attached to a unit or segment (XLIFF 1.2 `<note>`, XLIFF 2 `<note>`).
public struct Note: Hashable, Sendable, Codable {
    /// The note's text.
    public var text: String
    /// Who it is for or from (`from`, `category`, `annotates`, …), by attribute name.
    public var attributes: [String: String]

    /// Creates a note.
    public init(_ text: String, attributes: [String: String] = [:]) {
        self.text = text
        self.attributes = attributes
    }
}
