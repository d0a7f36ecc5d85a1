public import PublicationCore

extension InlineText {
    /// The text as DocBook-style inlines: paired codes (`<g>`, `<pc>`, `<bx/>`…`<ex/>`) become
    /// emphasis; a marker with a language (`<mrk its:lang="de">`, `xml:lang`) becomes
    /// ``Inline/foreign(language:element:_:)``; standalone codes and other markers are dropped (their text stays).
    public var inlines: [Inline] {
        var stack: [[Inline]] = [[]]
        /// For each open marker, the language it gives its text, if any.
        var markers: [LanguageTag?] = []
        for element in elements {
            switch element {
            case .text(let text):
                stack[stack.count - 1].append(.text(text))
            case .code(let code):
                switch code.kind {
                case .opening:
                    stack.append([])
                case .closing where stack.count > 1:
                    let children = stack.removeLast()
                    stack[stack.count - 1].append(.emphasis(role: nil, children))
                case .markerStart:
                    let language = code.attributes.first { $0.key == "xml:lang" || $0.key.hasSuffix(":lang") }
                        .flatMap { LanguageTag($0.value) }
                    markers.append(language)
                    if language != nil { stack.append([]) }
                case .markerEnd:
                    if let language = markers.popLast() ?? nil, stack.count > 1 {
                        let children = stack.removeLast()
                        stack[stack.count - 1].append(.foreign(language: language, element: "phrase", children))
                    }
                default:
                    break
                }
            }
        }
        while stack.count > 1 {
            let children = stack.removeLast()
            stack[stack.count - 1].append(contentsOf: children)
        }
        return stack[0]
    }
}
