/// A piece of original formatting inside translatable text: a tag, a placeholder, a marker.
///
/// Köprü never flattens inline codes into text. XLIFF 1.2 `<g>`, `<x/>`, `<bx/>`, `<ex/>`, `<bpt>`,
/// `<ept>`, `<ph>`, `<it>`, `<mrk>` and XLIFF 2 `<ph/>`, `<pc>`, `<sc/>`, `<ec/>`, `<mrk>`, `<sm/>`, `<em/>`
/// all become an ``InlineCode`` with a ``Kind`` that says how it pairs, so checks can compare the
/// codes of a source and its target and writers can put them back.
public struct InlineCode: Hashable, Sendable, Codable {
    /// How a code relates to its partner.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// A standalone code: `<x/>`, `<ph>`, XLIFF 2 `<ph/>`.
        case placeholder
        /// The start of a paired code: `<g>`, `<bpt>`, `<bx/>`, XLIFF 2 `<pc>` and `<sc/>`.
        case opening
        /// The end of a paired code: `</g>`, `<ept>`, `<ex/>`, XLIFF 2 `</pc>` and `<ec/>`.
        case closing
        /// A code whose partner is outside the segment: `<it>`, isolated `<sc/>`/`<ec/>`.
        case isolated
        /// The start of an annotation: `<mrk>`, `<sm/>`.
        case markerStart
        /// The end of an annotation: `</mrk>`, `<em/>`.
        case markerEnd
    }

    /// How the code pairs.
    public var kind: Kind
    /// The XML element that carried it (`g`, `bpt`, `pc`, `sm`, …).
    public var element: String
    /// The code's `id` (or `rid` for a closing code), used to match source and target codes.
    public var id: String?
    /// Other attributes, by qualified name, kept so writers can restore them.
    public var attributes: [String: String]
    /// The native data of the code (the text of `<bpt>`, `<ph>`, or XLIFF 2 `originalData`), if any.
    public var data: String?

    /// Creates an inline code.
    public init(
        kind: Kind, element: String, id: String? = nil, attributes: [String: String] = [:], data: String? = nil
    ) {
        self.kind = kind
        self.element = element
        self.id = id
        self.attributes = attributes
        self.data = data
    }
}

extension InlineCode {
    /// The XLIFF 1.2 `ctype` of a standalone code that marks a footnote's place (`<x ctype="x-footnote"/>`).
    public static let footnoteType = "x-footnote"

    /// Whether the code marks a footnote's place: a standalone code with the `ctype` ``footnoteType``
    /// (XLIFF 1.2) or whose original data is a `<footnote>` (XLIFF 2), as `kopru export-missing` writes it
    /// and translation tools keep it.
    public var marksFootnote: Bool {
        guard kind == .placeholder || kind == .isolated else { return false }
        return attributes["ctype"] == Self.footnoteType || data?.hasPrefix("<footnote") == true
    }
}
