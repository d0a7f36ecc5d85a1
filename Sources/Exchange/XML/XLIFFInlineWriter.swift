public import PublicationCore

/// Writes ``InlineText`` as XLIFF content: text escaped, inline codes as elements of the version
/// written (1.2: `<g>`, `<x/>`, `<bx/>`, `<ex/>`, `<bpt>`, `<ept>`, `<ph>`, `<it>`, `<mrk>`; 2.x: `<pc>`,
/// `<ph/>`, `<sc/>`, `<ec/>`, `<mrk>`, `<sm/>`, `<em/>`).
///
/// A code read from the other version is written as the nearest element of this one (a 1.2 `<g>` as a
/// 2.x `<pc>`, a 2.x `<ph/>` as a 1.2 `<x/>`). Attributes of the other version are left out.
///
/// ```swift
/// XLIFFInlineWriter(version: .v1_2).markup(for: InlineText([.text("a "),
///     .code(InlineCode(kind: .opening, element: "g", id: "1")), .text("b"),
///     .code(InlineCode(kind: .closing, element: "g", id: "1"))]))
/// // a <g id="1">b</g>
/// ```
public struct XLIFFInlineWriter: Sendable {
    /// The version written.
    public var version: XLIFFVersion

    /// Creates a writer.
    public init(version: XLIFFVersion) {
        self.version = version
    }

    /// The markup of `text`.
    public func markup(for text: InlineText) -> String {
        var result = ""
        for element in text.elements {
            switch element {
            case .text(let run): result += XMLEscaping.text(run)
            case .code(let code): result += markup(for: code)
            }
        }
        return result
    }

    private static let elements12: Set<String> = ["g", "x", "bx", "ex", "bpt", "ept", "ph", "it", "mrk"]
    private static let elements2: Set<String> = ["pc", "ph", "sc", "ec", "mrk", "sm", "em"]

    func markup(for code: InlineCode) -> String {
        let native = version == .v1_2 ? Self.elements12.contains(code.element) : Self.elements2.contains(code.element)
        var element = code.element
        var attributes = native ? code.attributes : [:]
        if !native {
            switch (version, code.kind) {
            case (.v1_2, .opening), (.v1_2, .closing): element = "g"
            case (.v1_2, .markerStart), (.v1_2, .markerEnd):
                element = "mrk"
                attributes["mtype"] = code.attributes["type"] ?? "x-annotation"
            case (.v1_2, _): element = "x"
            case (.v2_1, .opening), (.v2_1, .closing): element = "pc"
            case (.v2_1, .markerStart), (.v2_1, .markerEnd): element = "mrk"
            case (.v2_1, _): element = "ph"
            }
        }
        var idAttribute = "id"
        if version == .v1_2, native, element == "ept" || element == "ex" { idAttribute = "rid" }
        if version == .v2_1, native, element == "em" || (element == "ec" && code.kind == .closing) { idAttribute = "startRef" }
        func start(_ name: String, closed: Bool) -> String {
            var markup = "<\(name)"
            if let id = code.id { markup += " \(idAttribute)=\"\(XMLEscaping.attribute(id))\"" }
            for key in attributes.keys.sorted() where key != "id" && key != idAttribute {
                markup += " \(key)=\"\(XMLEscaping.attribute(attributes[key]!))\""
            }
            return markup + (closed ? "/>" : ">")
        }
        switch code.kind {
        case .opening where element == "g" || element == "pc" || element == "mrk":
            return start(element, closed: false)
        case .closing where element == "g" || element == "pc":
            return "</\(element)>"
        case .markerStart where element == "mrk":
            return start(element, closed: false)
        case .markerEnd where element == "mrk":
            return "</mrk>"
        default:
            if version == .v1_2, ["bpt", "ept", "ph", "it"].contains(element) {
                return start(element, closed: false) + XMLEscaping.text(code.data ?? "") + "</\(element)>"
            }
            if version == .v1_2, element == "mrk" { return code.kind == .markerEnd ? "</mrk>" : start(element, closed: false) }
            return start(element, closed: true)
        }
    }
}
