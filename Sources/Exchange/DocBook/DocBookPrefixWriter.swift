import Foundation
import PublicationCore
import XMLSource

/// Writes markup made for the default DocBook namespace (what ``DocBookMarkup`` and
/// ``DocBookBlockWriter`` write) for a document whose root binds DocBook to a prefix, such as
/// `<db:article xmlns:db="http://docbook.org/ns/docbook">`: every DocBook element takes the prefix, so
/// that what is inserted is DocBook there too and not an element in no namespace.
///
/// ```swift
/// DocBookPrefixWriter(prefix: "db").markup(#"<para xml:id="a-p2">Zweiter <emphasis>Absatz</emphasis>.</para>"#)
/// // <db:para xml:id="a-p2">Zweiter <db:emphasis>Absatz</db:emphasis>.</db:para>
/// ```
///
/// The markup is read with the project's streaming parser inside a wrapper that binds DocBook as the
/// default namespace and declares `xlink`, and written back with ``XMLEventWriter``: attributes
/// (`xml:id`, `xml:lang`, `xlink:href`) and text stay as they were.
struct DocBookPrefixWriter {
    /// The prefix the document binds the DocBook namespace to.
    var prefix: String

    /// The markup with the prefix on every DocBook element; the markup as it is when it is not
    /// well-formed (which the writers never produce).
    func markup(_ markup: String) -> String {
        guard markup.contains("<") else { return markup }
        let wrapper = "kopru-fragment"
        let wrapped = "<\(wrapper) xmlns=\"\(DocBookMarkup.namespace)\" xmlns:xlink=\"\(DocBookMarkup.xlinkNamespace)\">"
            + markup + "</\(wrapper)>"
        let handler = FragmentWriter(prefix: prefix)
        let result = XMLStreamParser().parse(Data(wrapped.utf8), displayPath: "inserted markup", handler: handler)
        guard result.isWellFormed, let fragment = handler.fragment else { return markup }
        return fragment
    }
}

/// Copies the content of the wrapper element, giving DocBook elements the prefix.
private final class FragmentWriter: XMLEventWriter {
    let prefix: String
    /// Where the wrapper's content starts and ends in ``XMLEventWriter/output``.
    private var start: Int?
    private var end: Int?

    init(prefix: String) {
        self.prefix = prefix
        super.init()
    }

    /// The wrapper's content, once the parse has ended it.
    var fragment: String? {
        guard let start, let end else { return nil }
        return String(decoding: output[start..<end], as: UTF8.self)
    }

    private func prefixed(_ name: XMLName) -> XMLName {
        guard name.namespace == DocBookMarkup.namespace else { return name }
        var name = name
        name.prefix = prefix
        return name
    }

    override func startElement(_ tag: XMLStartTag) {
        if depth == 0 {
            // The wrapper: counted, not written.
            countStartTag()
            start = output.count
            return
        }
        writeStartTag(prefixed(tag.name), attributes: tag.attributes, namespaceDeclarations: tag.namespaceDeclarations)
        countStartTag()
    }

    override func endElement(_ name: XMLName, line: Int, column: Int) {
        if depth == 1 {
            // The wrapper's end: its content is complete.
            closeStartTag()
            end = output.count
        }
        super.endElement(prefixed(name), line: line, column: column)
    }
}
