public import PublicationCore

/// DocBook 5 markup for translated text: inlines from the model, and XLIFF targets decoded with the
/// code meanings of their original (see ``InlineCodec``).
public enum DocBookMarkup {
    /// The DocBook namespace.
    public static let namespace = "http://docbook.org/ns/docbook"
    /// The XLink namespace (for `<link xlink:href>`).
    public static let xlinkNamespace = "http://www.w3.org/1999/xlink"

    /// The `<author>` elements of a byline from position `first` on, given the translated names and
    /// organisations (markup) by author position: one element for every position up to the last one
    /// with a translation, and an empty `<author><personname/></author>` where a position has none, so
    /// that each author still pairs with the original's author at the same place.
    static func authors(names: [Int: String], organisations: [Int: String], from first: Int) -> [String] {
        guard let last = names.keys.max().map({ max($0, organisations.keys.max() ?? $0) }) ?? organisations.keys.max(),
            last >= first
        else { return [] }
        return (first...last).map { index in
            let name = names[index].map { "<personname>\($0)</personname>" }
            let organisation = organisations[index].map { "<affiliation><orgname>\($0)</orgname></affiliation>" }
            return "<author>\(name ?? (organisation == nil ? "<personname/>" : ""))\(organisation ?? "")</author>"
        }
    }

    /// Markup for inlines of the model.
    public static func markup(for inlines: [Inline]) -> String {
        var result = ""
        for inline in inlines {
            switch inline {
            case .text(let text): result += XMLEscaping.text(text)
            case .emphasis(let role, let children):
                result += (role.map { "<emphasis role=\"\(XMLEscaping.attribute($0))\">" } ?? "<emphasis>")
                result += markup(for: children) + "</emphasis>"
            case .link(let href, let children):
                result += "<link xlink:href=\"\(XMLEscaping.attribute(href))\">" + markup(for: children) + "</link>"
            case .other(let element, let children):
                result += "<\(element)>" + markup(for: children) + "</\(element)>"
            case .foreign(let language, let element, let children):
                result += "<\(element) xml:lang=\"\(XMLEscaping.attribute(language.written))\">" + markup(for: children) + "</\(element)>"
            case .footnote(let id, let blocks):
                result += footnote(id: id, content: markup(for: TranslatableBlock.joined(blocks)))
            }
        }
        return result
    }

    /// A footnote element holding one paragraph.
    static func footnote(id: String?, content: String) -> String {
        "<footnote" + (id.map { " xml:id=\"\(XMLEscaping.attribute($0))\"" } ?? "") + "><para>" + content + "</para></footnote>"
    }

    /// Decodes a target: codes become the DocBook markup their ids mean in the original; a footnote
    /// placeholder becomes the footnote `footnote(id)` returns (or nothing). Returns `nil` when a code is
    /// unknown or the paired codes do not nest.
    public static func decode(
        _ target: InlineText, meanings: [String: InlineCodec.Meaning], footnote: (String?) -> String?
    ) -> String? {
        var result = ""
        var open: [String] = []
        for element in target.elements {
            switch element {
            case .text(let text):
                result += XMLEscaping.text(text)
            case .code(let code):
                if code.kind == .markerStart || code.kind == .markerEnd { continue }
                guard let id = code.id, let meaning = meanings[id] else { return nil }
                switch (code.kind, meaning) {
                case (.opening, .emphasis(let role)):
                    result += role.map { "<emphasis role=\"\(XMLEscaping.attribute($0))\">" } ?? "<emphasis>"
                    open.append(id)
                case (.opening, .link(let href)):
                    result += "<link xlink:href=\"\(XMLEscaping.attribute(href))\">"
                    open.append(id)
                case (.opening, .other(let name)):
                    result += "<\(name)>"
                    open.append(id)
                case (.opening, .foreign(let name, let language)):
                    result += "<\(name) xml:lang=\"\(XMLEscaping.attribute(language))\">"
                    open.append(id)
                case (.closing, _):
                    guard open.last == id else { return nil }
                    open.removeLast()
                    switch meaning {
                    case .emphasis: result += "</emphasis>"
                    case .link: result += "</link>"
                    case .other(let name), .foreign(let name, _): result += "</\(name)>"
                    case .footnote: return nil
                    }
                case (.placeholder, .footnote(let footnoteID)), (.isolated, .footnote(let footnoteID)):
                    result += footnote(footnoteID) ?? ""
                default:
                    return nil
                }
            }
        }
        return open.isEmpty ? result : nil
    }
}
