public import PublicationCore

/// Writes a ``ContributionDocument`` as an indented, stable text tree for golden-file tests.
///
/// Each block shows its id and `@line:column`; running text is one quoted line with markup in
/// braces, and a footnote's blocks follow the paragraph that holds it.
///
/// ```text
/// article id="beitrag" lang=de written="de-DE" @2:1
///   info
///     title "Ankommen in Altena"
///   section id="s1" @7:3
///     title "Erste Schritte"
///     paragraph id="p1" @8:5
///       "Die Stadt {emphasis role=strong}begleitet{/emphasis} jede Familie{footnote#fn1}."
///       footnote id="fn1"
///         paragraph @8:60
///           "Seit 2016."
/// ```
public enum ContributionDump {
    /// Dumps a whole document.
    public static func dump(_ document: ContributionDocument) -> String {
        var lines: [String] = []
        var header = "article"
        if let id = document.id { header += " id=\(quoted(id))" }
        if let language = document.language {
            header += " lang=\(language.code)"
            if language.written != language.code { header += " written=\(quoted(language.written))" }
        } else {
            header += " lang=(none)"
        }
        header += position(document.location)
        lines.append(header)
        lines.append("  info")
        let info = document.info
        if !info.title.isEmpty { lines.append("    title \(render(info.title))") }
        if !info.subtitle.isEmpty { lines.append("    subtitle \(render(info.subtitle))") }
        for author in info.authors {
            var line = "    author \(quoted(author.name))"
            if let organisation = author.organisation { line += " organisation=\(quoted(organisation))" }
            lines.append(line)
        }
        for organisation in info.organisations { lines.append("    organisation \(quoted(organisation))") }
        if !info.abstract.isEmpty {
            lines.append("    abstract")
            dump(info.abstract, indent: 3, into: &lines)
        }
        if !info.otherBlocks.isEmpty {
            lines.append("    other")
            dump(info.otherBlocks, indent: 3, into: &lines)
        }
        dump(document.blocks, indent: 1, into: &lines)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Renders running text on one line: `"text {emphasis}more{/emphasis}{footnote#id}"`.
    public static func render(_ inlines: [Inline]) -> String {
        "\"" + inlines.map(markup).joined() + "\""
    }

    private static func dump(_ blocks: [Block], indent: Int, into lines: inout [String]) {
        let pad = String(repeating: "  ", count: indent)
        for block in blocks {
            switch block {
            case .section(let section):
                lines.append(pad + "section" + attributes(id: section.id) + position(section.location))
                if !section.title.isEmpty { lines.append(pad + "  title \(render(section.title))") }
                footnotes(in: section.title, indent: indent + 1, into: &lines)
                dump(section.blocks, indent: indent + 1, into: &lines)
            case .paragraph(let paragraph):
                var header = pad + "paragraph" + attributes(id: paragraph.id)
                if let element = paragraph.originalElement { header += " element=\(element)" }
                lines.append(header + position(paragraph.location))
                lines.append(pad + "  " + render(paragraph.content))
                footnotes(in: paragraph.content, indent: indent + 1, into: &lines)
            case .list(let list):
                lines.append(pad + (list.isOrdered ? "orderedlist" : "itemizedlist") + attributes(id: list.id)
                    + position(list.location))
                for item in list.items {
                    lines.append(pad + "  item" + attributes(id: item.id) + position(item.location))
                    dump(item.blocks, indent: indent + 2, into: &lines)
                }
            case .quote(let quote):
                lines.append(pad + "quote" + attributes(id: quote.id) + position(quote.location))
                dump(quote.blocks, indent: indent + 1, into: &lines)
                if !quote.attribution.isEmpty { lines.append(pad + "  attribution \(render(quote.attribution))") }
            case .figure(let figure):
                lines.append(pad + "figure" + attributes(id: figure.id) + position(figure.location))
                if !figure.title.isEmpty { lines.append(pad + "  title \(render(figure.title))") }
                lines.append(pad + "  image \(figure.imagePath.map(quoted) ?? "(none)")")
                lines.append(pad + "  alt \(quoted(figure.alternativeText))")
            }
        }
    }

    private static func footnotes(in inlines: [Inline], indent: Int, into lines: inout [String]) {
        for inline in inlines {
            switch inline {
            case .footnote(let id, let blocks):
                lines.append(String(repeating: "  ", count: indent) + "footnote" + attributes(id: id))
                dump(blocks, indent: indent + 1, into: &lines)
            case .emphasis(_, let children), .link(_, let children), .other(_, let children), .foreign(_, _, let children):
                footnotes(in: children, indent: indent, into: &lines)
            case .text:
                break
            }
        }
    }

    private static func markup(_ inline: Inline) -> String {
        switch inline {
        case .text(let text):
            escaped(text)
        case .emphasis(let role, let children):
            "{emphasis\(role.map { " role=\($0)" } ?? "")}" + children.map(markup).joined() + "{/emphasis}"
        case .link(let href, let children):
            "{link href=\(quoted(href))}" + children.map(markup).joined() + "{/link}"
        case .footnote(let id, _):
            "{footnote\(id.map { "#\($0)" } ?? "")}"
        case .other(let element, let children):
            "{other \(element)}" + children.map(markup).joined() + "{/other}"
        case .foreign(let language, let element, let children):
            "{\(element) lang=\(language.written)}" + children.map(markup).joined() + "{/\(element)}"
        }
    }

    private static func attributes(id: String?) -> String {
        id.map { " id=\(quoted($0))" } ?? ""
    }

    private static func position(_ location: SourceLocation?) -> String {
        location.map { " @\($0.line):\($0.column)" } ?? ""
    }

    private static func quoted(_ text: String) -> String {
        "\"" + escaped(text) + "\""
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "{", with: "\\{").replacingOccurrences(of: "\n", with: "\\n")
            .replacingOccurrences(of: "\t", with: "\\t")
    }
}
