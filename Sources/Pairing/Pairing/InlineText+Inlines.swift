public import PublicationCore

extension InlineText {
    /// The text as DocBook-style inlines: paired codes (`<g>`, `<pc>`, `<bx/>`…`<ex/>`) become
    /// emphasis, standalone codes and markers are dropped (their text stays).
    public var inlines: [Inline] {
        var stack: [[Inline]] = [[]]
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
