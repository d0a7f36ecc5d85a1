/// Running text inside a block: text, emphasis, links and footnotes.
public indirect enum Inline: Hashable, Sendable, Codable {
    /// Plain text.
    case text(String)
    /// Emphasised text (DocBook `<emphasis>`; `role` such as `strong`, if given).
    case emphasis(role: String?, [Inline])
    /// A link (DocBook `<link xlink:href>`).
    case link(href: String, [Inline])
    /// A footnote with its own blocks (DocBook `<footnote>`).
    case footnote(id: String?, [Block])
    /// An inline element outside the supported subset, kept with its text (`<phrase>`, `<quote>`, …).
    case other(element: String, [Inline])
    /// Text in another language than the text around it, such as a German place name in a Turkish
    /// paragraph: DocBook `<foreignphrase xml:lang="de">` (or any inline element with `xml:lang`, whose
    /// name is kept in `element`), a Word run whose `w:lang` differs from its paragraph's (`phrase`).
    case foreign(language: LanguageTag, element: String, [Inline])

    /// The text of this inline without markup, footnotes left out.
    public var plainText: String {
        switch self {
        case .text(let text): text
        case .emphasis(_, let children), .link(_, let children), .other(_, let children), .foreign(_, _, let children):
            children.plainText
        case .footnote: ""
        }
    }
}

extension Array where Element == Inline {
    /// The text of these inlines without markup, footnotes left out.
    public var plainText: String { map(\.plainText).joined() }
}
