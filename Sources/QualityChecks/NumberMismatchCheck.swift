import Pairing
public import PublicationCore

/// Finds numbers of the source that the translation does not have, or has with another value.
///
/// Numbers are compared by value, as sets (a value written twice on one side and once on the other
/// is no mismatch), read the German and Turkish way by ``NumberScanner``: `1.250,5`
/// equals `1250,5`, `3,5 %` equals `%3,5`, `17.12.2020` equals `17 Aralık 2020`, and the ordinal
/// `17.` equals `17`. A number from zero to twelve written as a word (`zwei`, `iki`, `zero`; not
/// `one`/`ein`/`bir`, which are also articles) matches the same figure on the other side; larger
/// numbers written as words are out of scope and count as missing.
/// An English source is read the English way, so `1,234,567.89` equals `1.234.567,89` and
/// `June 1, 2022` equals `1 Haziran 2022`. The finding names the values that differ. Units whose
/// source is a message key or a bare configuration value are not checked (``SegmentPair/isKeyed``).
///
/// ```text
/// source: "1.250,5 Euro für 3,5 % der Familien"   target: "Ailelerin %3,5'i için 1250,5 avro"   → nothing
/// source: "Am 17.12.2020 kamen 120 Familien."    target: "17.12.2020'de 102 aile geldi."      → qa.number-mismatch
/// ```
public struct NumberMismatchCheck: QualityCheck {
    public static let code: DiagnosticCode = "qa.number-mismatch"
    public static let defaultSeverity: Diagnostic.Severity = .error
    public static let summary = "A number of the source is missing from the translation or has another value."

    private let scanner = NumberScanner()

    /// Creates the check.
    public init() {}

    public func check(_ pair: SegmentPair, in context: CheckContext) -> [Diagnostic] {
        guard let targetText = pair.targetText else { return [] }
        let sourceText = pair.sourceText
        guard sourceText.unicodeScalars.contains(where: Self.isDigit)
            || targetText.unicodeScalars.contains(where: Self.isDigit)
        else { return [] }
        let sourceNumbers = scanner.numbers(in: sourceText, language: pair.sourceLanguage)
        let targetNumbers = scanner.numbers(in: targetText, language: pair.targetLanguage)
        // Values are compared as sets: "1 Buchstabe oder 1 Symbol" for "1 letter or symbol" repeats a value
        // the source has, which changes no number.
        var sourceValues = Set(sourceNumbers.flatMap(\.atoms))
        var targetValues = Set(targetNumbers.flatMap(\.atoms))
        if sourceValues != targetValues {
            // A figure on one side may be a word on the other: "After 2 Days" → "Nach zwei Tagen".
            sourceValues.formUnion(scanner.wordValues(in: sourceText, language: pair.sourceLanguage).filter { targetValues.contains($0) })
            targetValues.formUnion(scanner.wordValues(in: targetText, language: pair.targetLanguage).filter { sourceValues.contains($0) })
        }
        if sourceValues != targetValues {
            // A number written into a word on one side ("part2") and apart on the other ("partie 2") is kept.
            sourceValues.formUnion(Self.valuesInWords(sourceText).filter { targetValues.contains($0) })
            targetValues.formUnion(Self.valuesInWords(targetText).filter { sourceValues.contains($0) })
        }
        var balance: [Double: Int] = [:]
        for value in sourceValues where !targetValues.contains(value) { balance[value] = 1 }
        for value in targetValues where !sourceValues.contains(value) { balance[value] = -1 }
        let missing = Self.written(sourceNumbers, where: { balance[$0, default: 0] > 0 })
        let extra = Self.written(targetNumbers, where: { balance[$0, default: 0] < 0 })
        let missingValues = balance.filter { $0.value > 0 }.keys.sorted()
        let extraValues = balance.filter { $0.value < 0 }.keys.sorted()
        guard !missing.isEmpty || !extra.isEmpty else { return [] }
        var message = "\(pair.translationName.capitalisedFirst) of \(CheckText.quoted(sourceText))"
        if !missing.isEmpty {
            message += " lacks \(Self.list(missing))"
            if !extra.isEmpty { message += " and" }
        }
        if !extra.isEmpty { message += " has \(Self.list(extra)), which the original does not have" }
        message += " (values only in the original: \(Self.values(missingValues)); only in the translation: "
            + "\(Self.values(extraValues)))"
        return [
            finding(
                message + ".",
                remedy: "Compare the numbers: both languages write 1.250,5 and 17.12.2020; "
                    + "3,5 % becomes %3,5 in Turkish. Write numbers as figures where the original does.",
                at: pair)
        ]
    }

    /// The digit runs inside tokens that also hold letters (`part2`, `B2`, `2FA`).
    static func valuesInWords(_ text: String) -> [Double] {
        var values: [Double] = []
        for token in text.split(whereSeparator: { $0.isWhitespace }) where token.contains(where: { $0.isLetter }) {
            var digits = ""
            for character in token + " " {
                if character.isASCII && character.isNumber {
                    digits.append(character)
                } else if !digits.isEmpty {
                    if let value = Double(digits) { values.append(value) }
                    digits = ""
                }
            }
        }
        return values
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    /// The written forms of the numbers with an atom that `selects`, without repeats.
    private static func written(_ numbers: [NumberScanner.Number], where selects: (Double) -> Bool) -> [String] {
        var result: [String] = []
        for number in numbers where number.atoms.contains(where: selects) && !result.contains(number.text) {
            result.append(number.text)
        }
        return result
    }

    /// Values as a reader writes them: `1250.5`, `17`; `none` for no value.
    private static func values(_ values: [Double]) -> String {
        guard !values.isEmpty else { return "none" }
        return values.map { value in
            value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        }.joined(separator: ", ")
    }

    private static func list(_ texts: [String]) -> String {
        (texts.count == 1 ? "the number " : "the numbers ") + texts.map { "“\($0)”" }.joined(separator: ", ")
    }
}
