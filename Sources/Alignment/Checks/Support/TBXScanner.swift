/// Finds elements in TBX text by name, without building a tree: enough for term entries.
struct TBXScanner {
    /// One element: its start tag and its content.
    struct Element {
        /// Where the start tag begins.
        var start: String.Index
        /// The start tag, from `<` to `>`.
        var tag: Substring
        /// What is between the start and end tag (empty for an empty element).
        var content: Range<String.Index>
    }

    let text: String

    init(_ text: String) { self.text = text }

    /// The elements with one of the names inside a range, outermost first, not nested in each other.
    func elements(named names: [String], in range: Range<String.Index>) -> [Element] {
        var result: [Element] = []
        var position = range.lowerBound
        while position < range.upperBound {
            guard let open = text[position..<range.upperBound].firstIndex(of: "<") else { break }
            guard let close = text[open..<range.upperBound].firstIndex(of: ">") else { break }
            let tag = text[open...close]
            let name = tag.dropFirst().prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
            guard names.contains(String(name)) else {
                position = text.index(after: open)
                continue
            }
            let contentStart = text.index(after: close)
            if tag.hasSuffix("/>") {
                result.append(Element(start: open, tag: tag, content: contentStart..<contentStart))
                position = contentStart
                continue
            }
            let endTag = "</\(name)>"
            let end = text[contentStart..<range.upperBound].firstRange(of: endTag)
            let contentEnd = end?.lowerBound ?? range.upperBound
            result.append(Element(start: open, tag: tag, content: contentStart..<contentEnd))
            position = end?.upperBound ?? range.upperBound
        }
        return result
    }

    /// The value of an attribute of an element's start tag.
    func attribute(_ name: String, of element: Element) -> String? {
        for quote in ["\"", "'"] {
            if let range = element.tag.firstRange(of: " \(name)=\(quote)") ?? element.tag.firstRange(of: "\n\(name)=\(quote)")
                ?? element.tag.firstRange(of: "\t\(name)=\(quote)")
            {
                let rest = element.tag[range.upperBound...]
                if let end = rest.firstIndex(of: Character(quote)) { return Self.decode(String(rest[..<end])) }
            }
        }
        return nil
    }

    /// The 1-based line of a position.
    func line(of index: String.Index) -> Int { text[..<index].reduce(1) { $1 == "\n" ? $0 + 1 : $0 } }

    /// The 1-based column of a position.
    func column(of index: String.Index) -> Int {
        let lineStart = text[..<index].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        return text.distance(from: lineStart, to: index) + 1
    }

    /// Text with the predefined entities and character references decoded.
    static func decode(_ text: String) -> String {
        guard text.containsText("&") else { return text }
        var result = ""
        var rest = text[...]
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            guard let semicolon = rest[ampersand...].firstIndex(of: ";") else { break }
            let name = rest[rest.index(after: ampersand)..<semicolon]
            switch name {
            case "amp": result += "&"
            case "lt": result += "<"
            case "gt": result += ">"
            case "quot": result += "\""
            case "apos": result += "'"
            default:
                var scalar: Unicode.Scalar?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if name.hasPrefix("#") {
                    scalar = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init)
                }
                if let scalar { result.unicodeScalars.append(scalar) } else { result += rest[ampersand...semicolon] }
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }
}
