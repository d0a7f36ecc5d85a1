import PublicationCore
import XMLSource

/// From mixed content to ``Inline``s: emphasis, links, footnotes, and whitespace.
extension DocBookReader {
    /// DocBook elements that stand inside running text. In a section, they start a loose paragraph
    /// rather than a paragraph of their own.
    static let inlineElements: Set<String> = [
        "emphasis", "link", "footnote", "phrase", "quote", "literal", "code", "command", "filename", "acronym",
        "abbrev", "citetitle", "citation", "foreignphrase", "firstterm", "glossterm", "subscript", "superscript",
        "trademark", "personname", "orgname", "email", "uri", "xref", "anchor", "date", "replaceable", "option",
        "systemitem", "application", "productname", "wordasword", "tag", "keycap", "inlinemediaobject",
        "indexterm", "remark", "footnoteref", "olink", "biblioref", "markup", "token", "varname", "function",
        "parameter", "prompt", "userinput", "computeroutput", "guilabel", "guimenu", "guibutton", "author",
    ]

    /// Whether an element belongs inside running text.
    func isInline(_ element: DocBookElement) -> Bool {
        guard let name = element.docbookName else { return false }
        return Self.inlineElements.contains(name)
    }

    /// An element's content as running text, whitespace collapsed and edges trimmed.
    func runningText(_ element: DocBookElement) -> [Inline] {
        Self.normalized(inlines(from: element.children, in: element))
    }

    /// Inlines of mixed content, text exactly as written. Block elements met here (a list inside
    /// emphasis, a para inside an unsupported element) give their text between spaces.
    func inlines(from nodes: [DocBookNode], in parent: DocBookElement) -> [Inline] {
        var result: [Inline] = []
        for node in nodes {
            switch node {
            case .text(let text):
                Self.append(.text(text.value), to: &result)
            case .element(let element):
                for inline in inlines(for: element, in: parent) { Self.append(inline, to: &result) }
            }
        }
        return result
    }

    private func inlines(for element: DocBookElement, in parent: DocBookElement) -> [Inline] {
        if let foreign = foreignInlines(for: element, in: parent) { return foreign }
        return inlinesIgnoringLanguage(for: element, in: parent)
    }

    /// The inlines of an element as if it had no `xml:lang`.
    func inlinesIgnoringLanguage(for element: DocBookElement, in parent: DocBookElement) -> [Inline] {
        let children = { self.inlines(from: element.children, in: element) }
        switch element.docbookName {
        case "emphasis":
            let role = element.attribute("role")?.trimmingXMLWhitespace()
            return [.emphasis(role: role?.isEmpty == false ? role : nil, children())]
        case "link":
            let href = element.attribute("href", namespace: Self.xlinkNamespace)?.trimmingXMLWhitespace()
                ?? element.attribute("linkend").map { "#" + $0.trimmingXMLWhitespace() } ?? ""
            return [.link(href: href, children())]
        case "footnote":
            // A footnote is text of its own: inside a span of another language, its spans are compared
            // with the footnote's own xml:lang, or else the document's language, not the span's.
            let outer = spanLanguage
            spanLanguage = element.attribute("lang", namespace: XMLName.xmlNamespace)
                .flatMap { LanguageTag(Self.normalizedLanguageTag($0.trimmingXMLWhitespace())) }
            defer { spanLanguage = outer }
            return [.footnote(id: element.xmlID, blocks(from: element.children, in: element))]
        case let name? where Self.blockElements.contains(name) || Self.containerElements.contains(name):
            return [.text(" ")] + children() + [.text(" ")]
        default:
            reportUnsupported(element, keptAs: .runningText, in: parent)
            return [.other(element: element.qualifiedName, children())]
        }
    }

    /// Supported elements that hold blocks or running text of their own; met inside running text,
    /// only their text is kept.
    static let containerElements: Set<String> = [
        "para", "simpara", "title", "subtitle", "listitem", "attribution", "section", "textobject", "alt",
        "imageobject", "imagedata", "info", "abstract",
    ]

    /// The text of an element and everything in it, elements separated by a space, whitespace
    /// collapsed: for names (`<firstname>Ayşe</firstname><surname>Kaya</surname>` gives "Ayşe Kaya")
    /// and alternative texts.
    static func joinedText(_ element: DocBookElement) -> String {
        var text = ""
        func collect(_ element: DocBookElement) {
            for node in element.children {
                switch node {
                case .text(let run): text += run.value
                case .element(let child):
                    text += " "
                    collect(child)
                    text += " "
                }
            }
        }
        collect(element)
        return text.collapsingXMLWhitespace()
    }

    // MARK: Whitespace

    /// Running text as DocBook means it: every run of XML whitespace is one space, also across
    /// element boundaries, and there is none at the start or end. Footnotes are their own blocks
    /// and are left as they are.
    static func normalized(_ inlines: [Inline]) -> [Inline] {
        var afterSpace = true
        var result = collapsed(inlines, afterSpace: &afterSpace)
        _ = trimEnd(&result)
        return result
    }

    private static func collapsed(_ inlines: [Inline], afterSpace: inout Bool) -> [Inline] {
        var result: [Inline] = []
        for inline in inlines {
            switch inline {
            case .text(let text):
                var scalars = String.UnicodeScalarView()
                for scalar in text.unicodeScalars {
                    if scalar.isXMLWhitespace {
                        if !afterSpace { scalars.append(" ") }
                        afterSpace = true
                    } else {
                        scalars.append(scalar)
                        afterSpace = false
                    }
                }
                append(.text(String(scalars)), to: &result)
            case .emphasis(let role, let children):
                result.append(.emphasis(role: role, collapsed(children, afterSpace: &afterSpace)))
            case .link(let href, let children):
                result.append(.link(href: href, collapsed(children, afterSpace: &afterSpace)))
            case .other(let element, let children):
                result.append(.other(element: element, collapsed(children, afterSpace: &afterSpace)))
            case .foreign(let language, let element, let children):
                result.append(.foreign(language: language, element: element, collapsed(children, afterSpace: &afterSpace)))
            case .footnote:
                result.append(inline)
            }
        }
        return result
    }

    /// Removes the trailing space of the last text; returns `true` once text has been reached.
    private static func trimEnd(_ inlines: inout [Inline]) -> Bool {
        var index = inlines.count - 1
        while index >= 0 {
            switch inlines[index] {
            case .text(var text):
                if text.hasSuffix(" ") { text.removeLast() }
                if text.isEmpty {
                    inlines.remove(at: index)
                } else {
                    inlines[index] = .text(text)
                    return true
                }
            case .emphasis(let role, var children):
                let done = trimEnd(&children)
                inlines[index] = .emphasis(role: role, children)
                if done { return true }
            case .link(let href, var children):
                let done = trimEnd(&children)
                inlines[index] = .link(href: href, children)
                if done { return true }
            case .other(let element, var children):
                let done = trimEnd(&children)
                inlines[index] = .other(element: element, children)
                if done { return true }
            case .foreign(let language, let element, var children):
                let done = trimEnd(&children)
                inlines[index] = .foreign(language: language, element: element, children)
                if done { return true }
            case .footnote:
                break
            }
            index -= 1
        }
        return false
    }

    /// Appends an inline, joining it to a text before it; empty text is dropped.
    static func append(_ inline: Inline, to inlines: inout [Inline]) {
        guard case .text(let text) = inline else {
            inlines.append(inline)
            return
        }
        if text.isEmpty { return }
        if case .text(let previous)? = inlines.last {
            inlines[inlines.count - 1] = .text(previous + text)
        } else {
            inlines.append(inline)
        }
    }
}
