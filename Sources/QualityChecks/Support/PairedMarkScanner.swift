import Pairing
/// Checks that brackets and quotation marks open and close in pairs.
///
/// Brackets `()`, `[]`, `{}` must nest. Quotation marks are matched by style: German `„…“` and `‚…‘`,
/// Turkish and English `“…”` and `‘…’`, guillemets `«…»` and `»…«`. The German closing mark `“` is
/// also the English opening mark, so a `“` closes an open `„` and otherwise opens a quote. A `’`
/// between letters is an apostrophe (`Şişli’de`), not a closing quote; a `‘` never closes a `„`.
///
/// ```swift
/// PairedMarkScanner().problems(in: "Die Stadt (Osnabrück hat")   // [.unclosed("(")]
/// ```
public struct PairedMarkScanner: Sendable {
    /// A mark without its partner.
    public enum Problem: Hashable, Sendable {
        /// An opening mark that is never closed.
        case unclosed(Character)
        /// A closing mark with no opening mark before it.
        case unopened(Character)
    }

    /// Creates a scanner.
    public init() {}

    private static let brackets: [Character: Character] = ["(": ")", "[": "]", "{": "}"]
    private static let closingBrackets: [Character: Character] = [")": "(", "]": "[", "}": "{"]

    /// The unbalanced brackets of a text. A closing bracket after a list number (`1)`, `a)`) at the
    /// start of the text or after white space is an enumeration, not a bracket.
    public func bracketProblems(in text: String) -> [Problem] {
        var stack: [Character] = []
        var problems: [Problem] = []
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            if Self.brackets[character] != nil {
                stack.append(character)
            } else if let opening = Self.closingBrackets[character] {
                if let last = stack.last, last == opening {
                    stack.removeLast()
                } else if !isEnumeration(characters, closingAt: index) {
                    problems.append(.unopened(character))
                }
            }
        }
        return problems + stack.map { .unclosed($0) }
    }

    /// The unbalanced quotation marks of a text.
    public func quoteProblems(in text: String) -> [Problem] {
        var stack: [Character] = []
        var problems: [Problem] = []
        let characters = Array(text)
        var straightDoubleCount = 0
        for (index, character) in characters.enumerated() {
            switch character {
            case "„", "‚", "«":
                stack.append(character)
            case "»":
                if stack.last == "«" { stack.removeLast() } else { stack.append("»") }
            case "“":
                if stack.last == "„" { stack.removeLast() } else { stack.append("“") }
            case "‘":
                if stack.last == "‚" { stack.removeLast() } else { stack.append("‘") }
            case "”":
                if stack.last == "“" { stack.removeLast() } else { problems.append(.unopened("”")) }
            case "’":
                let betweenLetters =
                    index > 0 && (characters[index - 1].isLetter || characters[index - 1].isNumber) && index + 1 < characters.count
                    && characters[index + 1].isLetter
                if betweenLetters { continue }
                if stack.last == "‘" { stack.removeLast() } else if index > 0, characters[index - 1].isLetter {
                    continue  // An elided ending, as in "geht’s" at the end of a word.
                } else {
                    problems.append(.unopened("’"))
                }
            case "\"":
                straightDoubleCount += 1
            default:
                continue
            }
        }
        if straightDoubleCount % 2 == 1 { problems.append(.unclosed("\"")) }
        // "«" opens and "»" closes in Turkish; "»…«" is the German order. A lone "»" left on the stack
        // is therefore reported as unclosed like the others.
        return problems + stack.map { .unclosed($0) }
    }

    private func isEnumeration(_ characters: [Character], closingAt index: Int) -> Bool {
        guard characters[index] == ")" else { return false }
        var start = index
        while start > 0, characters[start - 1].isLetter || characters[start - 1].isNumber { start -= 1 }
        let length = index - start
        guard length >= 1, length <= 3 else { return false }
        return start == 0 || characters[start - 1].isWhitespace
    }
}
