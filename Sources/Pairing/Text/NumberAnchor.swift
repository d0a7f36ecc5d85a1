/// A number or date written in German or Turkish notation, reduced to a comparable value.
///
/// Both languages write the decimal comma and the thousands dot (`1.250,5`), and dates as
/// `17.12.2020`. A number anchor keeps the value, so `1.250,5`, `1250,5` and `1.250,50` compare equal,
/// and `17.12.2020` and `17.12.20` stay dates. The rules, in order:
///
/// | Written                        | Read as                       | Value        |
/// |--------------------------------|-------------------------------|--------------|
/// | `17.12.2020`, `1.2.20`         | day.month.year (day ≤ 31, month ≤ 12) | `date:2020-12-17` |
/// | `1.250,5`                      | dots group thousands, comma is decimal | `1250.5` |
/// | `1250,5`, `3,50`               | decimal comma                 | `1250.5`, `3.5` |
/// | `1,250,000`                    | several commas: thousands     | `1250000`    |
/// | `1.250`, `10.000.000`          | dot followed by groups of three digits: thousands | `1250` |
/// | `3.5`, `14.30`                 | other single dot: decimal point | `3.5`, `14.3` |
/// | `007`                          | digits                        | `7`          |
///
/// A trailing full stop (the German ordinal `17.`) is not part of the number. Digits are ASCII
/// digits; numbers written as words (`drei`, `üç`) are not anchors.
///
/// ```swift
/// NumberAnchor("1.250,5") == NumberAnchor("1250,5")      // true
/// NumberAnchor("17.12.2020")?.value                     // "date:2020-12-17"
/// NumberAnchor.anchors(in: "Am 17. Mai kamen 1.200 Gäste.").map(\.value)   // ["17", "1200"]
/// ```
public struct NumberAnchor: Hashable, Sendable, CustomStringConvertible {
    /// What the written token was read as.
    public enum Kind: String, Hashable, Sendable {
        /// A cardinal or decimal number.
        case number
        /// A day.month.year date.
        case date
    }

    /// Whether the token is a number or a date.
    public let kind: Kind
    /// The canonical value: `1250.5` for numbers (no leading or trailing zeros, `.` as decimal
    /// point), `date:2020-12-17` for dates.
    public let value: String

    /// Reads one token such as `1.250,5`, `17.12.2020` or `42`.
    ///
    /// - Parameter token: The token, made only of ASCII digits with single dots or commas between
    ///   digit groups; one trailing full stop is allowed.
    /// - Returns: The anchor, or `nil` when the token is not a number in these notations.
    public init?(_ token: some StringProtocol) {
        var bytes = Array(token.utf8)
        if bytes.last == UInt8(ascii: ".") { bytes.removeLast() }
        guard let first = bytes.first, let last = bytes.last, Self.isDigit(first), Self.isDigit(last) else {
            return nil
        }
        // Split into digit groups and the separators between them.
        var groups: [[UInt8]] = [[]]
        var separators: [UInt8] = []
        for byte in bytes {
            if Self.isDigit(byte) {
                groups[groups.count - 1].append(byte)
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") {
                guard !groups[groups.count - 1].isEmpty else { return nil }
                separators.append(byte)
                groups.append([])
            } else {
                return nil
            }
        }
        let dot = UInt8(ascii: "."), comma = UInt8(ascii: ",")
        let dots = separators.filter { $0 == dot }.count
        let commas = separators.count - dots
        func digits(_ group: [UInt8]) -> String { String(decoding: group, as: UTF8.self) }

        if dots == 2, commas == 0, groups[0].count <= 2, groups[1].count <= 2,
           groups[2].count == 2 || groups[2].count == 4,
           let day = Int(digits(groups[0])), let month = Int(digits(groups[1])),
           (1...31).contains(day), (1...12).contains(month) {
            let year = digits(groups[2])
            kind = .date
            value = "date:\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
            return
        }
        var integerPart: String
        var fractionPart = ""
        let tailGroupsAreThousands = groups.dropFirst().allSatisfy { $0.count == 3 }
        if dots > 0 && commas == 1 && separators.last == comma {
            // 1.250,5: dots group thousands.
            guard groups.dropFirst().dropLast().allSatisfy({ $0.count == 3 }) else { return nil }
            integerPart = groups.dropLast().map(digits).joined()
            fractionPart = digits(groups[groups.count - 1])
        } else if dots == 0 && commas == 1 {
            integerPart = digits(groups[0])
            fractionPart = digits(groups[1])
        } else if dots == 0 && commas > 1 {
            guard tailGroupsAreThousands else { return nil }
            integerPart = groups.map(digits).joined()
        } else if commas == 0 && dots >= 1 && tailGroupsAreThousands {
            integerPart = groups.map(digits).joined()
        } else if commas == 0 && dots == 1 {
            integerPart = digits(groups[0])
            fractionPart = digits(groups[1])
        } else if separators.isEmpty {
            integerPart = digits(groups[0])
        } else {
            return nil
        }
        while integerPart.count > 1 && integerPart.hasPrefix("0") { integerPart.removeFirst() }
        while fractionPart.hasSuffix("0") { fractionPart.removeLast() }
        kind = .number
        value = fractionPart.isEmpty ? integerPart : "\(integerPart).\(fractionPart)"
    }

    /// All numbers and dates in `text`, in reading order.
    ///
    /// A token starts at an ASCII digit and runs over digits and single dots or commas that stand
    /// between digits, so `1.250,5`, `17.12.2020` and the `19` in `COVID-19` are found, while the
    /// comma in `3, 4` ends the token.
    ///
    /// - Parameter text: Any text.
    /// - Returns: The anchors found; tokens that fit no rule are skipped.
    public static func anchors(in text: some StringProtocol) -> [NumberAnchor] {
        var result: [NumberAnchor] = []
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            guard isDigit(bytes[index]) else { index += 1; continue }
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                if isDigit(byte) {
                    index += 1
                } else if (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ","))
                            && index + 1 < bytes.count && isDigit(bytes[index + 1]) {
                    index += 1
                } else {
                    break
                }
            }
            let token = String(decoding: bytes[start..<index], as: UTF8.self)
            if let anchor = NumberAnchor(token) { result.append(anchor) }
        }
        return result
    }

    /// A readable form of the value.
    public var description: String { value }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
