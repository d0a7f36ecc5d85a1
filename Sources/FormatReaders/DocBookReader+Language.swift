import PublicationCore
import XMLSource

/// The root element: its language and what kind of DocBook document it is.
extension DocBookReader {
    func readRoot(_ tag: XMLStartTag) {
        let rootName = tag.name.qualified
        if tag.name.local != "article" {
            context.report(DocBookDiagnostics.unsupportedElement,
                "Köprü reads a contribution from a DocBook <article>; this <\(rootName)> is read as if it were one",
                remedy: "make each contribution an <article> of its own",
                line: tag.line, column: tag.column)
        }
        let written = tag.attribute("lang", namespace: XMLName.xmlNamespace)?.trimmingXMLWhitespace() ?? ""
        guard let tagValue = LanguageTag(Self.normalizedLanguageTag(written)) else {
            context.report(DocBookDiagnostics.noLanguage,
                "the contribution does not say which language it is written in: <\(rootName)> has no xml:lang",
                remedy: "say which language the contribution is written in: add xml:lang=\"de\" (German) or xml:lang=\"tr\" (Turkish) to <\(rootName)>",
                line: tag.line, column: tag.column)
            return
        }
        language = tagValue
        if !tagValue.isPublicationLanguage {
            context.report(DocBookDiagnostics.otherLanguage,
                "the contribution says it is written in \"\(written)\", but a publication holds German and Turkish contributions only",
                remedy: "if the text is German or Turkish, write xml:lang=\"de\" or xml:lang=\"tr\"; otherwise it cannot be paired with a translation",
                line: tag.line, column: tag.column)
        }
    }

    /// Writes a BCP 47 tag in its usual case: `tr_tr` becomes `tr-TR`, `sr-latn-rs` becomes `sr-Latn-RS`.
    ///
    /// The primary subtag is lower case, a region (two letters or three digits) upper case, a script
    /// (four letters) capitalised; underscores become hyphens.
    static func normalizedLanguageTag(_ written: String) -> String {
        let parts = written.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        return parts.enumerated().map { index, part in
            if index == 0 { return part.lowercased() }
            let isLetters = part.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }
            let isDigits = part.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
            if (part.count == 2 && isLetters) || (part.count == 3 && isDigits) { return part.uppercased() }
            if part.count == 4 && isLetters { return part.prefix(1).uppercased() + part.dropFirst().lowercased() }
            return part.lowercased()
        }.joined(separator: "-")
    }
}
