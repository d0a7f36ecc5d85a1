// XML whitespace handling for DocBook text, which is not whitespace-significant; the four characters
// are `Unicode.Scalar.isXMLWhitespace` (PublicationCore).
extension String {
    /// Whether the string consists only of XML whitespace (space, tab, carriage return, line feed).
    var isXMLWhitespace: Bool {
        unicodeScalars.allSatisfy { $0.isXMLWhitespace }
    }

    /// The string without leading and trailing XML whitespace.
    func trimmingXMLWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isXMLWhitespace }),
            let last = scalars.lastIndex(where: { !$0.isXMLWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }

    /// The string with every run of XML whitespace replaced by one space, and trimmed.
    func collapsingXMLWhitespace() -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.isXMLWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }
}
