import Foundation
import PublicationCore
import XMLSource

/// Writes markup made for the default DocBook namespace and the `xlink` prefix (what ``DocBookMarkup``
/// and ``DocBookBlockWriter`` write) for a document that binds them otherwise: every DocBook element
/// takes the prefix the document binds DocBook to, such as `<db:article xmlns:db="http://docbook.org/ns/docbook">`,
/// so that what is inserted is DocBook there too and not an element in no namespace; an XLink
/// attribute takes the document's XLink prefix, or declares `xmlns:xlink` on its element when the
/// document's root binds none, so that an inserted link never leaves the document with an undeclared
/// prefix.
///
/// ```swift
/// DocBookPrefixWriter(docbookPrefix: "db", xlinkPrefix: "xlink")
///     .markup(#"<para xml:id="a-p2">Zweiter <emphasis>Absatz</emphasis>.</para>"#)
/// // <db:para xml:id="a-p2">Zweiter <db:emphasis>Absatz</db:emphasis>.</db:para>
/// ```
///
/// The markup is read with the project's streaming parser inside a wrapper that binds DocBook as the
/// default namespace and declares `xlink`, and written back with ``XMLEventWriter``: other attributes
/// (`xml:id`, `xml:lang`, `role`) and the text stay as they were.
struct DocBookPrefixWriter {
    /// The prefix the document binds DocBook to; `nil` for the default namespace.
    var docbookPrefix: String?
    /// The prefix the document's root binds XLink to; `nil` when it binds none.
    var xlinkPrefix: String?

    /// The writer for a document with this root; `nil` when the root binds DocBook as the default
    /// namespace and XLink to `xlink`, as the markup is written, or is no DocBook 5 element.
    static func forRoot(_ tag: XMLStartTag) -> DocBookPrefixWriter? {
        guard tag.name.namespace == DocBookMarkup.namespace else { return nil }
        let docbookPrefix = tag.name.prefix.flatMap { $0.isEmpty ? nil : $0 }
        let xlinkPrefix = tag.namespaceDeclarations.first { $0.uri == DocBookMarkup.xlinkNamespace && $0.prefix?.isEmpty == false }?
            .prefix
        if docbookPrefix == nil && xlinkPrefix == "xlink" { return nil }
        return DocBookPrefixWriter(docbookPrefix: docbookPrefix, xlinkPrefix: xlinkPrefix)
    }

    /// The markup with the document's prefixes; the markup as it is when it is not well-formed (which
    /// the writers never produce).
    func markup(_ markup: String) -> String {
        guard markup.contains("<") else { return markup }
        let wrapper = "kopru-fragment"
        let wrapped = "<\(wrapper) xmlns=\"\(DocBookMarkup.namespace)\" xmlns:xlink=\"\(DocBookMarkup.xlinkNamespace)\">"
            + markup + "</\(wrapper)>"
        let handler = FragmentWriter(docbookPrefix: docbookPrefix, xlinkPrefix: xlinkPrefix)
        let result = XMLStreamParser().parse(Data(wrapped.utf8), displayPath: "inserted markup", handler: handler)
        guard result.isWellFormed, let fragment = handler.fragment else { return markup }
        return fragment
    }
}

/// Copies the content of the wrapper element with the document's prefixes.
private final class FragmentWriter: XMLEventWriter {
    let docbookPrefix: String?
    let xlinkPrefix: String?
    /// Where the wrapper's content starts and ends in ``XMLEventWriter/output``.
    private var start: Int?
    private var end: Int?

    init(docbookPrefix: String?, xlinkPrefix: String?) {
        self.docbookPrefix = docbookPrefix
        self.xlinkPrefix = xlinkPrefix
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
        name.prefix = docbookPrefix
        return name
    }

    override func startElement(_ tag: XMLStartTag) {
        if depth == 0 {
            // The wrapper: counted, not written.
            countStartTag()
            start = output.count
            return
        }
        var declarations = tag.namespaceDeclarations
        let attributes = tag.attributes.map { attribute in
            guard attribute.name.namespace == DocBookMarkup.xlinkNamespace else { return attribute }
            var attribute = attribute
            if let xlinkPrefix {
                attribute.name.prefix = xlinkPrefix
            } else {
                attribute.name.prefix = "xlink"
                if !declarations.contains(where: { $0.prefix == "xlink" }) {
                    declarations.append((prefix: "xlink", uri: DocBookMarkup.xlinkNamespace))
                }
            }
            return attribute
        }
        writeStartTag(prefixed(tag.name), attributes: attributes, namespaceDeclarations: declarations)
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
