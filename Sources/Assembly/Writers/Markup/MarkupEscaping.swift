import PublicationCore

/// Escaping of text and attribute values for HTML and XHTML.
enum MarkupEscaping {
    /// `text` escaped for element content.
    static func text(_ text: String) -> String { XMLEscaping.text(text) }

    /// `value` escaped for a double-quoted attribute.
    static func attribute(_ value: String) -> String { XMLEscaping.attribute(value) }

    /// A contribution id made safe for XML ids and file names: letters, digits, `-` and `_` kept,
    /// anything else turned into `-`.
    static func slug(_ id: String) -> String {
        let kept = id.map { character -> Character in
            character.isASCII && (character.isLetter || character.isNumber || character == "-" || character == "_")
                ? character : "-"
        }
        return kept.isEmpty ? "contribution" : String(kept)
    }
}
