import Pairing
import PublicationCore
/// Finds web addresses and e-mail addresses in text.
///
/// A URL starts with `http://`, `https://` or `www.` and runs to the next white space or quote mark;
/// trailing sentence punctuation and an unbalanced closing bracket are not part of it. An e-mail
/// address is `local@domain.tld`. Addresses compare by ``URLKey(_:)`` and ``emailKey(_:)``: the
/// scheme and host of a URL and the whole e-mail address are case-insensitive, a trailing `/` is ignored.
///
/// ```swift
/// LinkScanner().urls(in: "Siehe www.osnabrueck.de/integration.")   // ["www.osnabrueck.de/integration"]
/// LinkScanner().emails(in: "Yazın: bilgi@sisli.bel.tr")            // ["bilgi@sisli.bel.tr"]
/// ```
public struct LinkScanner: Sendable {
    /// Creates a scanner.
    public init() {}

    /// The URLs of a text, in order.
    public func urls(in text: String) -> [String] {
        guard text.containsText("http") || text.containsText("www.") || text.containsText("WWW.") else { return [] }
        let scalars = Array(text.unicodeScalars)
        var result: [String] = []
        var index = 0
        while index < scalars.count {
            if startsURL(scalars, at: index), index == 0 || !isAddressScalar(scalars[index - 1]) {
                var end = index
                while end < scalars.count, !scalars[end].isWhiteSpace, !Self.stopScalars.contains(scalars[end]) {
                    end += 1
                }
                var url = Array(scalars[index..<end])
                while let last = url.last, Self.trailingPunctuation.contains(last) || (last == ")" && !url.contains("(")) {
                    url.removeLast()
                }
                result.append(String(String.UnicodeScalarView(url)))
                index = end
            } else {
                index += 1
            }
        }
        return result
    }

    /// The e-mail addresses of a text, in order.
    public func emails(in text: String) -> [String] {
        guard text.containsText("@") else { return [] }
        let scalars = Array(text.unicodeScalars)
        var result: [String] = []
        var searchFrom = 0
        for at in scalars.indices where scalars[at] == "@" && at >= searchFrom {
            var start = at
            while start > 0, isLocalScalar(scalars[start - 1]) { start -= 1 }
            var end = at + 1
            while end < scalars.count, isDomainScalar(scalars[end]) { end += 1 }
            while end > at + 1, scalars[end - 1] == "." || scalars[end - 1] == "-" { end -= 1 }
            let domain = scalars[(at + 1)..<end]
            guard start < at, domain.contains("."), domain.first != "." else { continue }
            result.append(String(String.UnicodeScalarView(scalars[start..<end])))
            searchFrom = end
        }
        return result
    }

    /// The form in which two URLs are compared.
    public static func URLKey(_ url: String) -> String {
        var text = url
        while text.hasSuffix("/") { text.removeLast() }
        var prefix = ""
        for scheme in ["https://", "http://"] where text.lowercased().hasPrefix(scheme) {
            prefix = scheme
            text = String(text.dropFirst(scheme.count))
        }
        let host = text.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return prefix + host.lowercased() + text.dropFirst(host.count)
    }

    /// The form in which two e-mail addresses are compared.
    public static func emailKey(_ email: String) -> String { email.lowercased() }

    private static let stopScalars: Set<Unicode.Scalar> = ["\"", "<", ">", "“", "”", "„", "«", "»", "‚", "‘", "’"]
    private static let trailingPunctuation: Set<Unicode.Scalar> = [".", ",", ";", ":", "!", "?", "'", "…"]

    private static let prefixes: [[Unicode.Scalar]] = ["https://", "http://", "www.", "WWW."].map {
        Array($0.unicodeScalars)
    }

    private func startsURL(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let first = scalars[index]
        guard first == "h" || first == "w" || first == "W" else { return false }
        prefixLoop: for prefix in Self.prefixes where prefix[0] == first && index + prefix.count < scalars.count {
            for offset in 1..<prefix.count where scalars[index + offset] != prefix[offset] { continue prefixLoop }
            return true
        }
        return false
    }

    private func isAddressScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "/" || scalar == "."
    }

    private func isLocalScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            || "._%+-".unicodeScalars.contains(scalar))
    }

    private func isDomainScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "."
            || scalar == "-")
    }
}
