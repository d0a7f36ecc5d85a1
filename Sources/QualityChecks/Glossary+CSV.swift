import Pairing
public import PublicationCore

extension Glossary {
    /// Reads a glossary from CSV: one entry a row, `german,turkish[,note]`.
    ///
    /// Fields may be quoted with `"` (a doubled `""` inside is one quote), so a note may hold commas.
    /// A first row whose first field is `german`, `de`, `deutsch` or `source` is a header. Blank rows and
    /// rows starting with `#` are skipped. A row without both terms is reported and skipped.
    ///
    /// ```text
    /// german,turkish,note
    /// Geflüchtete,mülteciler,"not: sığınmacılar (asylum seekers, a legal status)"
    /// ```
    ///
    /// - Parameters:
    ///   - text: the CSV text.
    ///   - file: the path for diagnostics.
    /// - Returns: the glossary and a diagnostic for each malformed row.
    public static func read(csv text: String, file: String) -> (Glossary, [Diagnostic]) {
        var entries: [Entry] = []
        var problems: [Diagnostic] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let row = line.hasSuffix("\r") ? line.dropLast() : line[...]
            let trimmed = row.trimmingWhitespace
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = Self.fields(of: row).map { CheckText.nfc(String($0.trimmingWhitespace)) }
            let location = SourceLocation(file: file, line: offset + 1, column: 1)
            if entries.isEmpty, problems.isEmpty,
                ["german", "de", "deutsch", "source"].contains(fields[0].lowercased())
            {
                continue
            }
            guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                problems.append(
                    Diagnostic(
                        Glossary.malformedRow,
                        "The glossary row \(CheckText.quoted(String(row))) does not have a German and a Turkish term.",
                        remedy: "Write each row as german,turkish or german,turkish,note.", at: location))
                continue
            }
            let note = fields.count > 2 && !fields[2].isEmpty ? fields[2] : nil
            entries.append(Entry(german: fields[0], turkish: fields[1], note: note, location: location))
        }
        return (Glossary(entries), problems.map(DiagnosticVoice.voiced))
    }

    /// The fields of one CSV row.
    private static func fields(of row: Substring) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var characters = row.makeIterator()
        var pending: Character? = nil
        while let character = pending ?? characters.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    let next = characters.next()
                    if next == "\"" { current.append("\"") } else { quoted = false; pending = next }
                } else {
                    current.append(character)
                }
            } else if character == "\"" && current.trimmingWhitespace.isEmpty {
                current = ""
                quoted = true
            } else if character == "," {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}

extension StringProtocol {
    /// The text without white space at either end.
    var trimmingWhitespace: SubSequence {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? endIndex
        return self[start..<Swift.max(start, end)]
    }
}
