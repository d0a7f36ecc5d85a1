public import PublicationCore

extension Glossary {
    /// Reads a glossary from TBX (TermBase eXchange), with a small scanner rather than an XML parser.
    ///
    /// Only what a glossary needs is read: each `<termEntry>` (TBX 2008) or `<conceptEntry>` (TBX 2019),
    /// its `<langSet>`/`<langSec>` elements with `xml:lang`, the first `<term>` of each, and the entry's
    /// first `<note>` or `<descrip>` as the note. The predefined entities and numeric character references
    /// are decoded; comments and CDATA sections are not supported. An entry without a German or a
    /// Turkish term is reported and skipped.
    ///
    /// ```xml
    /// <termEntry id="t1">
    ///   <langSet xml:lang="de"><tig><term>Geflüchtete</term></tig></langSet>
    ///   <langSet xml:lang="tr"><tig><term>mülteciler</term></tig></langSet>
    /// </termEntry>
    /// ```
    ///
    /// - Parameters:
    ///   - text: the TBX document.
    ///   - file: the path for diagnostics.
    /// - Returns: the glossary and a diagnostic for each incomplete entry.
    public static func read(tbx text: String, file: String) -> (Glossary, [Diagnostic]) {
        var entries: [Entry] = []
        var problems: [Diagnostic] = []
        let scanner = TBXScanner(text)
        for entry in scanner.elements(named: ["termEntry", "conceptEntry"], in: text.startIndex..<text.endIndex) {
            var german: String?
            var turkish: String?
            for langSet in scanner.elements(named: ["langSet", "langSec"], in: entry.content) {
                guard let lang = scanner.attribute("xml:lang", of: langSet) ?? scanner.attribute("lang", of: langSet),
                    let tag = LanguageTag(lang),
                    let term = scanner.elements(named: ["term"], in: langSet.content).first
                else { continue }
                let value = CheckText.nfc(TBXScanner.decode(String(text[term.content])).trimmingWhitespace.description)
                if tag == .german, german == nil { german = value }
                if tag == .turkish, turkish == nil { turkish = value }
            }
            let note = scanner.elements(named: ["note", "descrip"], in: entry.content).first.map {
                TBXScanner.decode(String(text[$0.content])).trimmingWhitespace.description
            }
            let location = SourceLocation(file: file, line: scanner.line(of: entry.start), column: scanner.column(of: entry.start))
            guard let german, let turkish, !german.isEmpty, !turkish.isEmpty else {
                problems.append(
                    Diagnostic(
                        .warning, "glossary.incomplete-entry",
                        "The TBX term entry \(scanner.attribute("id", of: entry).map { "\"\($0)\"" } ?? "")"
                            + " has no \(german == nil || german == "" ? "German" : "Turkish") term.",
                        remedy: "Give the entry a <langSet xml:lang=\"de\"> and a <langSet xml:lang=\"tr\"> with a <term>.",
                        at: location))
                continue
            }
            entries.append(Entry(german: german, turkish: turkish, note: note, location: location))
        }
        return (Glossary(entries), problems)
    }
}
