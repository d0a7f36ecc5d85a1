import XMLSource

/// An element of a DocBook contribution as the parser delivered it: name, attributes, the position
/// of its `<`, and its children in order.
///
/// ``DocBookReader`` builds these from the streamed events and turns them into the model once the
/// document is read. Contributions are small (a few hundred paragraphs), so holding their elements
/// is cheap; the XML itself never becomes a libxml2 tree.
struct DocBookElement {
    /// The element's expanded name.
    var name: XMLName
    /// Its attributes, in document order.
    var attributes: [XMLAttribute]
    /// The 1-based line of the `<`.
    var line: Int
    /// The 1-based column of the `<`.
    var column: Int
    /// Text and elements, in document order.
    var children: [DocBookNode] = []
    /// `false` while the end tag has not been seen (it stays so when the file is cut off).
    var isComplete = false

    /// The local name when the element is in the DocBook namespace, otherwise `nil`.
    var docbookName: String? {
        name.namespace == DocBookReader.namespace ? name.local : nil
    }

    /// The name as written, for messages and `Paragraph.originalElement`.
    var qualifiedName: String { name.qualified }

    /// The value of an attribute without namespace.
    func attribute(_ local: String) -> String? {
        attributes.first { $0.name.local == local && $0.name.namespace.isEmpty }?.value
    }

    /// The value of a namespaced attribute.
    func attribute(_ local: String, namespace: String) -> String? {
        attributes.first { $0.name.local == local && $0.name.namespace == namespace }?.value
    }

    /// The `xml:id`, if present and not empty.
    var xmlID: String? {
        guard let value = attribute("id", namespace: XMLName.xmlNamespace)?
            .trimmingXMLWhitespace(), !value.isEmpty else { return nil }
        return value
    }

    /// The child elements, without the text between them.
    var elements: [DocBookElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// The first child element in the DocBook namespace with this local name.
    func firstChild(_ local: String) -> DocBookElement? {
        elements.first { $0.docbookName == local }
    }
}

/// A child of a ``DocBookElement``: a run of text or an element.
enum DocBookNode {
    case text(DocBookText)
    case element(DocBookElement)
}

/// A run of character data and where it starts.
struct DocBookText {
    /// The text, exactly as in the document (entities resolved).
    var value: String
    /// The 1-based line where the run starts.
    var line: Int
    /// The 1-based column where the run starts. After a start tag on the same line it is worked out
    /// from the tag's written length with single spaces and quotes, which is how editors write tags.
    var column: Int

    /// Where the first character that is not XML whitespace stands, or `nil` for whitespace only.
    var firstVisiblePosition: (line: Int, column: Int)? {
        var line = self.line
        var column = self.column
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\n":
                line += 1
                column = 1
            case " ", "\t", "\r":
                column += 1
            default:
                return (line, column)
            }
        }
        return nil
    }
}
