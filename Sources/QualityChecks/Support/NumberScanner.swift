import Pairing
public import PublicationCore

/// Finds the numbers of a German or Turkish text and reads their values.
///
/// Both languages write the decimal comma and the thousands dot, so `1.250,5`, `1250,5` and
/// `1 250,5` (with a no-break or thin space) are all 1250.5. Each number gives one or more *atoms*,
/// the values a translation must keep:
///
/// | written | atoms |
/// | --- | --- |
/// | `1.250,5` | 1250.5 |
/// | `3,5 %`, `%3,5` | 3.5 |
/// | `17.12.2020`, `17. Dezember 2020`, `17 Aralık 2020` | 17, 12, 2020 |
/// | `17.` (ordinal) | 17 |
/// | `14.30 Uhr`, `14:30` | 14, 30 |
/// | `2019–2020`, `10-12` | 2019, 2020 / 10, 12 |
///
/// Signs are ignored, because a hyphen before a digit is far more often a range or a compound than
/// a minus. A month name counts as its number only next to a day or a year (`17. Dezember`,
/// `Aralık 2020`), so a person called Kasım is not November. A number written into a word (`2FA`,
/// `B2`, `10er`) is part of the word. Numbers written as words (`zwei`, `iki bin`) are out of scope.
///
/// English text (the source of many software files) is read the English way: `1,234,567.89` is
/// 1234567.89 and `June 1, 2022` is 6, 1, 2022, as `1 Haziran 2022` and `1. Juni 2022` are. Month
/// names of all three languages are known in every text.
public struct NumberScanner: Sendable {
    /// One number as written, with the values it stands for.
    public struct Number: Hashable, Sendable {
        /// The number as written (`1.250,5`, `17.12.2020`, `Dezember`).
        public var text: String
        /// The values a translation has to keep.
        public var atoms: [Double]
    }

    private static let months: [String: Int] = [
        "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
        "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
        "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7, "ağustos": 8,
        "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
        "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "october": 10,
        "december": 12,
    ]

    /// Numbers written as words, in lower case, in English, German and Turkish. One (`one`, `ein`,
    /// `bir`) is left out: it is also the indefinite article.
    public static let numberWords: [String: Double] = [
        "zero": 0, "null": 0, "sıfır": 0, "two": 2, "zwei": 2, "iki": 2, "three": 3, "drei": 3, "üç": 3,
        "four": 4, "vier": 4, "dört": 4, "five": 5, "fünf": 5, "beş": 5, "six": 6, "sechs": 6, "altı": 6,
        "seven": 7, "sieben": 7, "yedi": 7, "eight": 8, "acht": 8, "sekiz": 8, "nine": 9, "neun": 9,
        "dokuz": 9, "ten": 10, "zehn": 10, "on": 10, "eleven": 11, "elf": 11, "twelve": 12, "zwölf": 12,
    ]

    /// The values of the numbers a text writes as words (``numberWords``), each once per occurrence.
    ///
    /// Turkish `on` (ten) is counted only when no English text is meant: `language` says which.
    public func wordValues(in text: String, language: LanguageTag) -> [Double] {
        var values: [Double] = []
        for word in CheckText.words(in: text) {
            let folded = CheckText.folded(word.text, language: language)
            if folded == "on" && language != .turkish { continue }
            if let value = Self.numberWords[folded] { values.append(value) }
        }
        return values
    }

    /// Creates a scanner.
    public init() {}

    /// The numbers of a text, in order.
    /// Whether the letters at `index` are the German decade ending `er`/`ern`/`ers` followed by a
    /// non-letter.
    static func isDecadeSuffix(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 1 < scalars.count, scalars[index] == "e", scalars[index + 1] == "r" else { return false }
        var end = index + 2
        if end < scalars.count, scalars[end] == "n" || scalars[end] == "s" { end += 1 }
        return end == scalars.count || !CheckText.isLetterOrDigit(scalars[end])
    }

    /// The numbers of a text written in `language`, in order: English text writes the decimal point
    /// and the thousands comma, German and Turkish text the decimal comma and the thousands dot.
    public func numbers(in text: String, language: LanguageTag) -> [Number] {
        numbers(in: text, english: language == .english)
    }

    /// The numbers of a German or Turkish text, in order.
    public func numbers(in text: String) -> [Number] {
        numbers(in: text, english: false)
    }

    private func numbers(in text: String, english: Bool) -> [Number] {
        let scalars = Array(CheckText.nfc(text).unicodeScalars)
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if Self.isDigit(scalar) {
                let end = Self.numberEnd(scalars, from: index)
                var trailingDot = end < scalars.count && scalars[end] == "."
                if trailingDot, end + 1 < scalars.count, Self.isDigit(scalars[end + 1]) { trailingDot = false }
                // A number written into a word (2FA, B2, 10er) is part of the word, not a quantity.
                let attachedBefore = index > 0 && CheckText.isLetterOrDigit(scalars[index - 1])
                var attachedAfter = end < scalars.count && CheckText.isLetterOrDigit(scalars[end])
                // A German decade, "1970er" ("in den 1970er-Jahren"), is the year 1970, as Turkish "1970'ler".
                if attachedAfter, !attachedBefore, end - index == 4, Self.isDecadeSuffix(scalars, at: end) {
                    attachedAfter = false
                }
                // An English ordinal, "June 1st", is the number 1.
                if english, attachedAfter, !attachedBefore, Self.isOrdinalSuffix(scalars, at: end) { attachedAfter = false }
                if attachedBefore || attachedAfter {
                    var wordEnd = end
                    while wordEnd < scalars.count, CheckText.isLetterOrDigit(scalars[wordEnd]) { wordEnd += 1 }
                    tokens.append(.word(start: index, end: wordEnd))
                    index = wordEnd
                    continue
                }
                let written = String(String.UnicodeScalarView(scalars[index..<end]))
                tokens.append(.number(Number(text: written, atoms: Self.atoms(of: english ? Self.swappingSeparators(written) : written, trailingDot: trailingDot)),
                    start: index, end: end))
                index = end
            } else if CheckText.isLetterOrDigit(scalar) {
                var end = index
                while end < scalars.count, CheckText.isLetterOrDigit(scalars[end]), !Self.isDigit(scalars[end]) { end += 1 }
                tokens.append(.word(start: index, end: end))
                index = end
            } else {
                index += 1
            }
        }
        var result: [Number] = []
        for (position, token) in tokens.enumerated() {
            switch token {
            case .number(let number, _, _):
                result.append(number)
            case .word(let start, let end):
                // Month names are 3 to 9 letters long; most words are ruled out before any folding.
                guard (3...9).contains(end - start) else { continue }
                var besideDate = false
                if position > 0, case .number(let day, _, let dayEnd) = tokens[position - 1],
                    day.atoms.count == 1, let value = day.atoms.first, value >= 1, value <= 31, value == value.rounded(),
                    Self.onlySpaceOrDot(scalars[dayEnd..<start])
                {
                    besideDate = true
                }
                if position + 1 < tokens.count, case .number(let year, let yearStart, _) = tokens[position + 1],
                    year.text.count == 4 || (english && year.text.count <= 2 && year.atoms.count == 1
                        && (1...31).contains(year.atoms[0])),
                    Self.onlySpaceOrDot(scalars[end..<yearStart])
                {
                    // "Aralık 2020", and in English "June 1".
                    besideDate = true
                }
                guard besideDate else { continue }
                let word = String(String.UnicodeScalarView(scalars[start..<end]))
                guard let month = Self.months[CheckText.folded(word, language: .turkish)]
                    ?? Self.months[CheckText.folded(word, language: .german)]
                else { continue }
                result.append(Number(text: word, atoms: [Double(month)]))
            }
        }
        return result
    }

    /// Whether the letters at `index` are an English ordinal ending (`st`, `nd`, `rd`, `th`) followed by a
    /// non-letter.
    static func isOrdinalSuffix(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 1 < scalars.count else { return false }
        let suffix = String(String.UnicodeScalarView(scalars[index...(index + 1)]))
        guard ["st", "nd", "rd", "th"].contains(suffix) else { return false }
        return index + 2 == scalars.count || !CheckText.isLetterOrDigit(scalars[index + 2])
    }

    /// An English number with its separators exchanged, so `1,234.5` reads as `1.234,5`.
    static func swappingSeparators(_ written: String) -> String {
        String(String.UnicodeScalarView(written.unicodeScalars.map { $0 == "," ? "." : ($0 == "." ? "," : $0) }))
    }

    private enum Token {
        case number(Number, start: Int, end: Int)
        case word(start: Int, end: Int)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    private static func isGroupSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{00A0}" || scalar == "\u{202F}" || scalar == "\u{2009}"
    }

    private static func onlySpaceOrDot(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        scalars.count <= 3 && scalars.allSatisfy { $0 == "." || $0 == "," || $0.isWhiteSpace }
    }

    /// The end of the number starting at `start`: digits joined by `.`, `,`, `:` or a group space.
    private static func numberEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count {
            let scalar = scalars[index]
            if isDigit(scalar) {
                index += 1
            } else if (scalar == "." || scalar == "," || scalar == ":"), index + 1 < scalars.count,
                isDigit(scalars[index + 1])
            {
                index += 1
            } else if isGroupSpace(scalar), index + 3 < scalars.count + 0,
                (1...3).allSatisfy({ isDigit(scalars[index + $0]) }),
                index + 4 >= scalars.count || !isDigit(scalars[index + 4])
            {
                index += 1
            } else {
                break
            }
        }
        return index
    }

    /// The atoms of one written number.
    static func atoms(of written: String, trailingDot: Bool) -> [Double] {
        let text = String(written.unicodeScalars.filter { !isGroupSpace($0) })
        if text.containsText(":") {
            return text.split(separator: ":").compactMap { Double($0) }
        }
        let dotParts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let hasComma = text.containsText(",")
        // Dates: 17.12.2020 or 17.12. (a day and a month followed by a dot).
        if !hasComma, dotParts.count == 3 || (dotParts.count == 2 && trailingDot),
            let day = Int(dotParts[0]), let month = Int(dotParts[1]), dotParts[0].count <= 2, dotParts[1].count <= 2,
            (1...31).contains(day), (1...12).contains(month),
            dotParts.count == 2 || dotParts[2].count == 2 || dotParts[2].count == 4
        {
            return dotParts.compactMap { Double($0) }
        }
        // Times: 14.30 (Uhr / saat 14.30).
        if !hasComma, dotParts.count == 2, dotParts[0].count <= 2, dotParts[1].count == 2,
            let hour = Int(dotParts[0]), let minute = Int(dotParts[1]), hour <= 24, minute < 60
        {
            return [Double(hour), Double(minute)]
        }
        let commaParts = text.split(separator: ",", omittingEmptySubsequences: false)
        if commaParts.count > 2 { return commaParts.compactMap { Double($0.filter { $0 != "." }) } }
        let integerPart = String(commaParts[0])
        let fraction = commaParts.count == 2 ? String(commaParts[1]) : nil
        let groups = integerPart.split(separator: ".", omittingEmptySubsequences: false)
        var integerDigits: String
        if groups.count == 1 {
            integerDigits = integerPart
        } else if groups.dropFirst().allSatisfy({ $0.count == 3 }) && groups[0].count <= 3 {
            integerDigits = groups.joined()
        } else if groups.count == 2, fraction == nil {
            // A decimal dot, as in "0.5": rare in German and Turkish, but its value is clear.
            return [Double("\(groups[0]).\(groups[1])")].compactMap { $0 }
        } else {
            // Section numbers such as 2.1.4: each part separately.
            return groups.compactMap { Double($0) } + (fraction.flatMap { Double($0) }.map { [$0] } ?? [])
        }
        if integerDigits.isEmpty { integerDigits = "0" }
        if let fraction { return [Double("\(integerDigits).\(fraction)")].compactMap { $0 } }
        return [Double(integerDigits)].compactMap { $0 }
    }
}
