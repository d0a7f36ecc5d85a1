/// Escaping of text and attribute values for HTML and XHTML.
enum MarkupEscaping {
    /// `text` with `&`, `<` and `>` escaped, for element content.
    static func text(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.append(character)
            }
        }
        return result
    }

    /// `value` escaped for a double-quoted attribute.
    static func attribute(_ value: String) -> String {
        text(value).replacingOccurrences(of: "\"", with: "&quot;")
    }

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
