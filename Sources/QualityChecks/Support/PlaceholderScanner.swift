import Pairing
/// Finds the placeholders of a text in the configured ``PlaceholderSyntax``es.
///
/// Syntaxes are tried in a fixed order, and what one syntax matched is not looked at again, so
/// `{{ limit }}` is one double-brace placeholder (not an ICU argument inside braces), `%count%` is
/// one percent-name placeholder (not the printf `%c`) and `%1$s` is one printf placeholder (not the
/// dollar-name `$s`). A placeholder is given in a normal form, so that `{{limit}}` equals
/// `{{ limit }}`, and `%1$s` stays different from `%2$s`.
///
/// An ICU argument with a `plural`, `select` or `selectordinal` style counts once, as
/// `{count, plural}`, whatever its branches are, because a translation has the branches its language
/// needs (Turkish needs only `other`); placeholders inside the branches count once each.
///
/// ```swift
/// PlaceholderScanner().placeholders(in: "Mindestens {{ limit }} Zeichen, %count% Dateien, %1$@")
/// // ["{{ limit }}", "%count%", "%1$@"]
/// ```
public struct PlaceholderScanner: Sendable {
    /// The syntaxes looked for.
    public var syntaxes: Set<PlaceholderSyntax>

    /// Creates a scanner.
    ///
    /// - Parameter syntaxes: the syntaxes to recognise; by default all of them.
    public init(syntaxes: Set<PlaceholderSyntax> = Set(PlaceholderSyntax.allCases)) {
        self.syntaxes = syntaxes
    }

    /// The placeholders of a text in normal form, in order of appearance.
    public func placeholders(in text: String) -> [String] {
        var scalars = Array(text.unicodeScalars)
        var found: [(position: Int, text: String)] = []
        let order: [PlaceholderSyntax] = [.doubleBraces, .percentName, .printf, .icu, .dollarName, .colonName]
        for syntax in order where syntaxes.contains(syntax) {
            var index = 0
            while index < scalars.count {
                if let (end, forms) = match(syntax, in: scalars, at: index) {
                    for form in forms { found.append((index, form)) }
                    // Blank out what was matched so that later syntaxes do not see it again.
                    for position in index..<end { scalars[position] = "\u{1}" }
                    index = end
                } else {
                    index += 1
                }
            }
        }
        return found.sorted { $0.position < $1.position }.map(\.text)
    }

    private func match(_ syntax: PlaceholderSyntax, in scalars: [Unicode.Scalar], at index: Int) -> (Int, [String])? {
        switch syntax {
        case .doubleBraces: Self.doubleBraces(scalars, at: index)
        case .percentName: Self.percentName(scalars, at: index)
        case .printf: Self.printf(scalars, at: index)
        case .icu: Self.icu(scalars, at: index)
        case .dollarName: Self.dollarName(scalars, at: index)
        case .colonName: Self.colonName(scalars, at: index)
        }
    }

    static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || scalar == "_"
    }

    static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        isNameStart(scalar) || (scalar >= "0" && scalar <= "9")
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }

    /// The end of an identifier (letters, digits, `_`, and `.` or `-` between them) starting at `start`.
    private static func nameEnd(_ scalars: [Unicode.Scalar], from start: Int, allowingDots: Bool = false) -> Int {
        var end = start
        while end < scalars.count {
            if isNameScalar(scalars[end]) {
                end += 1
            } else if allowingDots, scalars[end] == "." || scalars[end] == "-", end + 1 < scalars.count,
                isNameScalar(scalars[end + 1]), end > start
            {
                end += 1
            } else {
                break
            }
        }
        return end
    }

    private static func skipSpaces(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\u{A0}" { index += 1 }
        return index
    }

    /// `{{ name }}`, `{{name}}`, `{{ user.name }}`.
    static func doubleBraces(_ scalars: [Unicode.Scalar], at index: Int) -> (Int, [String])? {
        guard scalars[index] == "{", index + 1 < scalars.count, scalars[index + 1] == "{" else { return nil }
        let nameStart = skipSpaces(scalars, from: index + 2)
        guard nameStart < scalars.count, isNameStart(scalars[nameStart]) else { return nil }
        let nameEnd = nameEnd(scalars, from: nameStart, allowingDots: true)
        let close = skipSpaces(scalars, from: nameEnd)
        guard close + 1 < scalars.count, scalars[close] == "}", scalars[close + 1] == "}" else { return nil }
        let name = String(String.UnicodeScalarView(scalars[nameStart..<nameEnd]))
        return (close + 2, ["{{ \(name) }}"])
    }

    /// `%name%`: a name of letters, digits and `_`, starting with a letter or `_`.
    static func percentName(_ scalars: [Unicode.Scalar], at index: Int) -> (Int, [String])? {
        guard scalars[index] == "%", index + 1 < scalars.count, isNameStart(scalars[index + 1]) else { return nil }
        let end = nameEnd(scalars, from: index + 1)
        // "%d%%" is printf and a literal percent sign: a name has two characters or more.
        guard end < scalars.count, scalars[end] == "%", end - index >= 3 else { return nil }
        if end + 1 < scalars.count, isNameScalar(scalars[end + 1]) || scalars[end + 1] == "%" { return nil }
        return (end + 1, [String(String.UnicodeScalarView(scalars[index...end]))])
    }

    private static let conversions: Set<Unicode.Scalar> = [
        "d", "i", "u", "o", "x", "X", "e", "E", "f", "F", "g", "G", "a", "A", "c", "s", "p", "@", "b",
    ]
    private static let lengthModifiers: Set<Unicode.Scalar> = ["h", "l", "q", "L", "z", "j", "t"]

    /// `%d`, `%s`, `%@`, `%1$s`, `%.2f`, `%-5d`, `%lu`, `%lld`; `%%` is a literal percent sign.
    static func printf(_ scalars: [Unicode.Scalar], at index: Int) -> (Int, [String])? {
        guard scalars[index] == "%", index + 1 < scalars.count else { return nil }
        if scalars[index + 1] == "%" { return (index + 2, []) }
        var position = index + 1
        // An argument position: digits followed by `$`.
        var digitsEnd = position
        while digitsEnd < scalars.count, isDigit(scalars[digitsEnd]) { digitsEnd += 1 }
        if digitsEnd > position, digitsEnd < scalars.count, scalars[digitsEnd] == "$" { position = digitsEnd + 1 }
        // Flags, width and precision; a space flag is left out, since "% d" is rare and "% der" is text.
        while position < scalars.count, "-+0#".unicodeScalars.contains(scalars[position]) { position += 1 }
        while position < scalars.count, isDigit(scalars[position]) { position += 1 }
        if position < scalars.count, scalars[position] == "." {
            position += 1
            while position < scalars.count, isDigit(scalars[position]) { position += 1 }
        }
        while position < scalars.count, lengthModifiers.contains(scalars[position]) { position += 1 }
        guard position < scalars.count, conversions.contains(scalars[position]) else { return nil }
        let end = position + 1
        // "%50s" is printf, but a letter right after ("%das", "%5i̇ndirim") makes it a word.
        if end < scalars.count, isNameScalar(scalars[end]) || scalars[end].properties.isAlphabetic { return nil }
        // Turkish writes the percent sign before the number ("%5"): a digit directly after % with a
        // conversion letter that is a Turkish suffix is not printf, which the check above catches.
        return (end, [String(String.UnicodeScalarView(scalars[index..<end]))])
    }

    /// `{0}`, `{name}`, `{count, number}`, `{n, plural, one {…} other {…}}`.
    static func icu(_ scalars: [Unicode.Scalar], at index: Int) -> (Int, [String])? {
        guard scalars[index] == "{" else { return nil }
        let nameStart = skipSpaces(scalars, from: index + 1)
        guard nameStart < scalars.count, isNameScalar(scalars[nameStart]) else { return nil }
        let nameEnd = nameEnd(scalars, from: nameStart)
        let name = String(String.UnicodeScalarView(scalars[nameStart..<nameEnd]))
        var position = skipSpaces(scalars, from: nameEnd)
        guard position < scalars.count else { return nil }
        if scalars[position] == "}" { return (position + 1, ["{\(name)}"]) }
        guard scalars[position] == "," else { return nil }
        position = skipSpaces(scalars, from: position + 1)
        let typeEnd = self.nameEnd(scalars, from: position)
        guard typeEnd > position else { return nil }
        let type = String(String.UnicodeScalarView(scalars[position..<typeEnd]))
        // Find the matching closing brace, keeping nested braces balanced.
        var depth = 1
        var end = typeEnd
        while end < scalars.count, depth > 0 {
            if scalars[end] == "{" { depth += 1 } else if scalars[end] == "}" { depth -= 1 }
            end += 1
        }
        guard depth == 0 else { return nil }
        var forms = ["{\(name), \(type)}"]
        if ["plural", "select", "selectordinal"].contains(type) {
            // The branches: placeholders inside count once each, whatever the number of branches.
            let inner = String(String.UnicodeScalarView(scalars[typeEnd..<(end - 1)]))
            var nested: [String] = []
            for branch in branches(of: inner) {
                for placeholder in PlaceholderScanner().placeholders(in: branch) where !nested.contains(placeholder) {
                    nested.append(placeholder)
                }
            }
            forms += nested
        }
        return (end, forms)
    }

    /// The texts inside the top-level braces of an ICU plural or select body (`one {…} other {…}`).
    private static func branches(of body: String) -> [String] {
        var result: [String] = []
        var depth = 0
        var current = String.UnicodeScalarView()
        for scalar in body.unicodeScalars {
            if scalar == "{" {
                depth += 1
                if depth == 1 { continue }
            } else if scalar == "}" {
                depth -= 1
                if depth == 0 {
                    result.append(String(current))
                    current = String.UnicodeScalarView()
                    continue
                }
            }
            if depth >= 1 { current.append(scalar) }
        }
        return result
    }

    /// `$name`, `${name}`; `$5` (an amount) is not a placeholder.
    static func dollarName(_ scalars: [Unicode.Scalar], at index: Int) -> (Int, [String])? {
        guard scalars[index] == "$", index + 1 < scalars.count else { return nil }
        if index > 0, isNameScalar(scalars[index - 1]) { return nil }
        if scalars[index + 1] == "{" {
            let end = nameEnd(scalars, from: index + 2, allowingDots: true)
            guard end > index + 2, end < scalars.count, scalars[end] == "}", isNameStart(scalars[index + 2]) else { return nil }
            return (end + 1, ["$" + String(String.UnicodeScalarView(scalars[(index + 2)..<end]))])
        }
        guard isNameStart(scalars[index + 1]) else { return nil }
        let end = nameEnd(scalars, from: index + 1)
        return (end, [String(String.UnicodeScalarView(scalars[index..<end]))])
    }

    /// `:name` after white space, an opening bracket or the start; `Hinweis: Text`, `14:30` and
    /// `https://` are not placeholders.
    static func colonName(_ scalars: [Unicode.Scalar], at index: Int) -> (Int, [String])? {
        guard scalars[index] == ":", index + 1 < scalars.count, isNameStart(scalars[index + 1]) else { return nil }
        if index > 0 {
            let before = scalars[index - 1]
            guard before == " " || before == "(" || before == "\"" || before == "'" else { return nil }
        }
        let end = nameEnd(scalars, from: index + 1)
        // A placeholder name is ASCII: a Turkish or German word right after (":çalış") is text.
        if end < scalars.count, scalars[end].properties.isAlphabetic { return nil }
        return (end, [String(String.UnicodeScalarView(scalars[index..<end]))])
    }
}
