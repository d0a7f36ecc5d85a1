public import PublicationCore

/// Turns DocBook running text into XLIFF inline text and back.
///
/// Markup becomes inline codes numbered from 1 in reading order, so the same block gives the same codes
/// in every export: `<emphasis>` and `<link>` become paired codes, a footnote a placeholder (its text is a
/// unit of its own). The codes carry the DocBook markup they stand for as ``InlineCode/data``, written as
/// XLIFF 2 `originalData`.
///
/// ```swift
/// let encoded = InlineCodec.encode([.text("eine "), .emphasis(role: nil, [.text("Wohnung")])], for: .v2_1)
/// // eine <pc id="1" dataRefStart="d1" dataRefEnd="d2">Wohnung</pc>
/// ```
public enum InlineCodec {
    /// What a code stands for in DocBook.
    public enum Meaning: Hashable, Sendable {
        case emphasis(role: String?)
        case link(href: String)
        case footnote(id: String?)
        case other(element: String)
        /// An element with its own `xml:lang` (``Inline/foreign(language:element:_:)``).
        case foreign(element: String, language: String)
    }

    /// Encoded text and the meaning of each code id.
    public struct Encoded: Hashable, Sendable {
        /// The text with codes.
        public var text: InlineText
        /// The DocBook meaning of each code, by code id.
        public var meanings: [String: Meaning]
        /// XLIFF 2 `originalData`: data id and DocBook markup, in order.
        public var originalData: [(id: String, markup: String)]

        public static func == (lhs: Encoded, rhs: Encoded) -> Bool {
            lhs.text == rhs.text && lhs.meanings == rhs.meanings
        }

        public func hash(into hasher: inout Hasher) { hasher.combine(text) }
    }

    /// Encodes running text for an XLIFF version, with white space collapsed.
    public static func encode(_ inlines: [Inline], for version: XLIFFVersion) -> Encoded {
        var state = EncodeState(version: version)
        state.encode(inlines)
        var text = InlineText()
        var elements = state.elements
        // Collapse white space runs, and trim the ends.
        var collapsed: [InlineText.Element] = []
        var lastWasSpace = true
        for element in elements {
            guard case .text(let run) = element else {
                collapsed.append(element)
                continue
            }
            var result = ""
            for character in run {
                if character.isWhitespace {
                    if !lastWasSpace { result.append(" ") }
                    lastWasSpace = true
                } else {
                    result.append(character)
                    lastWasSpace = false
                }
            }
            collapsed.append(.text(result))
        }
        if case .text(let run)? = collapsed.last, run.hasSuffix(" ") {
            collapsed[collapsed.count - 1] = .text(String(run.dropLast()))
        }
        elements = collapsed
        for element in elements { text.append(element) }
        return Encoded(text: text, meanings: state.meanings, originalData: state.originalData)
    }

    private struct EncodeState {
        let version: XLIFFVersion
        var elements: [InlineText.Element] = []
        var meanings: [String: Meaning] = [:]
        var originalData: [(id: String, markup: String)] = []
        var next = 1

        init(version: XLIFFVersion) { self.version = version }

        mutating func data(_ markup: String) -> String {
            let id = "d\(originalData.count + 1)"
            originalData.append((id, markup))
            return id
        }

        mutating func paired(_ meaning: Meaning, open: String, close: String, ctype: String, children: [Inline]) {
            let id = String(next)
            next += 1
            meanings[id] = meaning
            if version == .v1_2 {
                elements.append(.code(InlineCode(kind: .opening, element: "g", id: id, attributes: ["ctype": ctype],
                    data: open)))
                encode(children)
                elements.append(.code(InlineCode(kind: .closing, element: "g", id: id, data: close)))
            } else {
                let start = data(open)
                let end = data(close)
                elements.append(.code(InlineCode(kind: .opening, element: "pc", id: id,
                    attributes: ["dataRefStart": start, "dataRefEnd": end], data: open)))
                encode(children)
                elements.append(.code(InlineCode(kind: .closing, element: "pc", id: id,
                    attributes: ["dataRefStart": start, "dataRefEnd": end], data: close)))
            }
        }

        mutating func encode(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .text(let text):
                    elements.append(.text(text))
                case .emphasis(let role, let children):
                    let open = role.map { "<emphasis role=\"\(XMLEscaping.attribute($0))\">" } ?? "<emphasis>"
                    let ctype = role == "strong" || role == "bold" ? "bold" : "italic"
                    paired(.emphasis(role: role), open: open, close: "</emphasis>", ctype: ctype, children: children)
                case .link(let href, let children):
                    paired(.link(href: href), open: "<link xlink:href=\"\(XMLEscaping.attribute(href))\">",
                        close: "</link>", ctype: "x-link", children: children)
                case .other(let element, let children):
                    paired(.other(element: element), open: "<\(element)>", close: "</\(element)>",
                        ctype: "x-\(element)", children: children)
                case .foreign(let language, let element, let children):
                    paired(.foreign(element: element, language: language.written),
                        open: "<\(element) xml:lang=\"\(XMLEscaping.attribute(language.written))\">", close: "</\(element)>",
                        ctype: "x-\(element)", children: children)
                case .footnote(let footnoteID, _):
                    let id = String(next)
                    next += 1
                    meanings[id] = .footnote(id: footnoteID)
                    let markup = "<footnote" + (footnoteID.map { " xml:id=\"\(XMLEscaping.attribute($0))\"" } ?? "") + "/>"
                    if version == .v1_2 {
                        elements.append(.code(InlineCode(kind: .placeholder, element: "x", id: id,
                            attributes: ["ctype": InlineCode.footnoteType, "equiv-text": "[\(footnoteID ?? id)]"], data: markup)))
                    } else {
                        let ref = data(markup)
                        elements.append(.code(InlineCode(kind: .placeholder, element: "ph", id: id,
                            attributes: ["dataRef": ref], data: markup)))
                    }
                }
            }
        }
    }

    /// The codes that must match between a source and its target: every code except annotation markers,
    /// as (kind, id), sorted.
    public static func codeSignature(_ text: InlineText) -> [String] {
        text.codes.filter { $0.kind != .markerStart && $0.kind != .markerEnd }
            .map { "\($0.kind.rawValue):\($0.id ?? "")" }.sorted()
    }

    /// The kinds of the codes in order, for mapping the codes of one text onto another's by position.
    static func kindSequence(_ text: InlineText) -> [InlineCode.Kind] {
        text.codes.filter { $0.kind != .markerStart && $0.kind != .markerEnd }.map(\.kind)
    }

    /// Rewrites the codes of `text` (numbered like `from`) as the codes of `to` at the same positions:
    /// the n-th code of `from` corresponds to the n-th code of `to`. Returns `nil` when the two do not
    /// have the same kinds of codes in the same order. Annotation markers are dropped.
    static func remap(_ text: InlineText, from: InlineText, to: InlineText) -> InlineText? {
        guard kindSequence(from) == kindSequence(to) else { return nil }
        let fromCodes = from.codes.filter { $0.kind != .markerStart && $0.kind != .markerEnd }
        let toCodes = to.codes.filter { $0.kind != .markerStart && $0.kind != .markerEnd }
        var byKey: [String: InlineCode] = [:]
        for (old, new) in zip(fromCodes, toCodes) { byKey["\(old.kind.rawValue):\(old.id ?? "")"] = new }
        var result = InlineText()
        for element in text.elements {
            switch element {
            case .text: result.append(element)
            case .code(let code):
                if code.kind == .markerStart || code.kind == .markerEnd { continue }
                guard let mapped = byKey["\(code.kind.rawValue):\(code.id ?? "")"] else { return nil }
                result.append(.code(mapped))
            }
        }
        return result
    }

    /// The text without any code.
    static func withoutCodes(_ text: InlineText) -> InlineText {
        InlineText(text.plainText)
    }
}
