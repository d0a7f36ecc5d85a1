import Foundation
import PublicationCore

/// Pandoc's reading of a document (the corpus's `json/` twins of pandoc's `.native` files), flattened
/// into the texts of its blocks and of its notes, for comparison with what Köprü reads.
struct PandocReference {
    /// A JSON value of pandoc's AST.
    indirect enum Node: Decodable {
        case string(String), number(Double), array([Node]), object([String: Node]), null, bool(Bool)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null } else if let value = try? container.decode(String.self) {
                self = .string(value)
            } else if let value = try? container.decode(Double.self) {
                self = .number(value)
            } else if let value = try? container.decode(Bool.self) {
                self = .bool(value)
            } else if let value = try? container.decode([Node].self) {
                self = .array(value)
            } else {
                self = .object(try container.decode([String: Node].self))
            }
        }

        var tag: String? { if case .object(let fields) = self, case .string(let tag)? = fields["t"] { tag } else { nil } }
        var content: Node { if case .object(let fields) = self { fields["c"] ?? .null } else { .null } }
        var items: [Node] { if case .array(let items) = self { items } else { [] } }
        subscript(index: Int) -> Node { items.indices.contains(index) ? items[index] : .null }
    }

    /// The texts of the body's blocks, in reading order, white space collapsed; empty ones left out.
    private(set) var blocks: [String] = []
    /// The texts of the notes, in order of their references.
    private(set) var notes: [String] = []
    /// Headings: (level, text).
    private(set) var headings: [(Int, String)] = []
    /// List items: (ordered, depth, text).
    private(set) var listItems: [(Bool, Int, String)] = []
    /// Image alternative texts.
    private(set) var imageDescriptions: [String] = []
    /// Whether the next paragraph starts a list item (its first paragraph is the item's text).
    private var itemStart = false

    init(contentsOf url: URL) throws {
        let root = try JSONDecoder().decode(Node.self, from: Data(contentsOf: url))
        guard case .object(let fields) = root, let body = fields["blocks"] else { return }
        walk(body.items, listDepth: 0, ordered: nil)
    }

    private mutating func walk(_ nodes: [Node], listDepth: Int, ordered: Bool?) {
        for node in nodes {
            switch node.tag {
            case "Header":
                let text = inlineText(node.content[2].items)
                headings.append((Int(exactly: { if case .number(let n) = node.content[0] { n } else { 0 } }()) ?? 0, text))
                add(text)
            case "Para", "Plain":
                let text = inlineText(node.content.items)
                if let ordered, listDepth > 0, itemStart {
                    listItems.append((ordered, listDepth, Self.collapsed(text)))
                }
                itemStart = false
                add(text)
            case "LineBlock":
                add(node.content.items.map { inlineText($0.items) }.joined(separator: " "))
            case "CodeBlock":
                add(Self.string(node.content[1]))
            case "BlockQuote":
                walk(node.content.items, listDepth: listDepth, ordered: ordered)
            case "Div":
                walk(node.content[1].items, listDepth: listDepth, ordered: ordered)
            case "BulletList":
                for item in node.content.items {
                    itemStart = true
                    walk(item.items, listDepth: listDepth + 1, ordered: false)
                }
            case "OrderedList":
                for item in node.content[1].items {
                    itemStart = true
                    walk(item.items, listDepth: listDepth + 1, ordered: true)
                }
            case "DefinitionList":
                for entry in node.content.items {
                    add(inlineText(entry[0].items))
                    for definition in entry[1].items { walk(definition.items, listDepth: listDepth, ordered: ordered) }
                }
            case "Table":
                // [attr, caption, colspecs, head, bodies, foot]; caption = [short, blocks].
                walk(node.content[1][1].items, listDepth: listDepth, ordered: ordered)
                let head = node.content[3][1].items
                let bodies = node.content[4].items.flatMap { $0[2].items + $0[3].items }
                let foot = node.content[5][1].items
                for row in head + bodies + foot {
                    for cell in row[1].items { walk(cell[4].items, listDepth: listDepth, ordered: ordered) }
                }
            default:
                break
            }
        }
    }

    private mutating func add(_ text: String) {
        let collapsed = Self.collapsed(text)
        if !collapsed.isEmpty { blocks.append(collapsed) }
    }

    private mutating func inlineText(_ nodes: [Node]) -> String {
        var text = ""
        for node in nodes {
            switch node.tag {
            case "Str": text += Self.string(node.content)
            case "Space", "SoftBreak", "LineBreak": text += " "
            case "Emph", "Strong", "Underline", "Strikeout", "Superscript", "Subscript", "SmallCaps":
                text += inlineText(node.content.items)
            case "Quoted", "Span", "Link": text += inlineText(node.content[1].items)
            case "Cite": text += inlineText(node.content[1].items)
            case "Code", "Math": text += Self.string(node.content[1])
            case "Image":
                imageDescriptions.append(Self.collapsed(inlineText(node.content[1].items)))
            case "Note":
                var inner = PandocReference.empty
                inner.walk(node.content.items, listDepth: 0, ordered: nil)
                notes.append(inner.blocks.joined(separator: " "))
                notes += inner.notes
            default: break
            }
        }
        return text
    }

    private static var empty: PandocReference { PandocReference() }
    private init() {}

    static func string(_ node: Node) -> String { if case .string(let value) = node { value } else { "" } }

    /// Every run of white space as one space, edges trimmed.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// The same view of a contribution Köprü read.
struct ReadBlocks {
    private(set) var blocks: [String] = []
    private(set) var notes: [String] = []
    private(set) var headings: [(Int, String)] = []
    private(set) var listItems: [(Bool, Int, String)] = []
    private(set) var imageDescriptions: [String] = []
    private var itemStart = false

    init(_ document: ContributionDocument) {
        walk(document.blocks, depth: 0, listDepth: 0, ordered: nil)
    }

    private init() {}

    private mutating func walk(_ blocks: [Block], depth: Int, listDepth: Int, ordered: Bool?) {
        for block in blocks {
            switch block {
            case .section(let section):
                headings.append((depth + 1, PandocReference.collapsed(text(section.title))))
                add(text(section.title))
                walk(section.blocks, depth: depth + 1, listDepth: listDepth, ordered: ordered)
            case .paragraph(let paragraph):
                let value = text(paragraph.content)
                if let ordered, listDepth > 0, itemStart {
                    listItems.append((ordered, listDepth, PandocReference.collapsed(value)))
                }
                itemStart = false
                add(value)
            case .list(let list):
                for item in list.items {
                    itemStart = true
                    walk(item.blocks, depth: depth, listDepth: listDepth + 1, ordered: list.isOrdered)
                }
            case .quote(let quote):
                walk(quote.blocks, depth: depth, listDepth: listDepth, ordered: ordered)
            case .figure(let figure):
                imageDescriptions.append(PandocReference.collapsed(figure.alternativeText))
                add(text(figure.title))
            }
        }
    }

    private mutating func add(_ text: String) {
        let collapsed = PandocReference.collapsed(text)
        if !collapsed.isEmpty { blocks.append(collapsed) }
    }

    private mutating func text(_ inlines: [Inline]) -> String {
        var result = ""
        for inline in inlines {
            switch inline {
            case .text(let value): result += value
            case .emphasis(_, let children), .link(_, let children), .other(_, let children), .foreign(_, _, let children): result += text(children)
            case .footnote(_, let blocks):
                var inner = ReadBlocks()
                inner.walk(blocks, depth: 0, listDepth: 0, ordered: nil)
                notes.append(inner.blocks.joined(separator: " "))
                notes += inner.notes
            }
        }
        return result
    }
}
