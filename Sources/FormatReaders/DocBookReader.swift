import PublicationCore
import XMLSource

/// Reads a DocBook 5 article, a monolingual contribution, into a ``ContributionDocument``.
///
/// The file streams through the SAX parser; the reader keeps the elements it receives (names,
/// attributes, positions, text) and, when the document ends, turns them into the model and sets
/// ``ReadContext/contribution``. It emits no translation units: the partner of a German contribution
/// is the Turkish document, paired later by block ids or by structure.
///
/// The subset read (namespace `http://docbook.org/ns/docbook`):
/// `article` (`xml:lang`, `xml:id`, `version`), `info` with `title`, `subtitle`, `author`
/// (`personname` with its parts, or `orgname`; `affiliation/orgname`), `authorgroup`, `orgname`,
/// `abstract`; `title`/`subtitle` directly in the article; `section` (nested); `para`, `simpara`;
/// `itemizedlist`, `orderedlist`, `listitem`; `blockquote` with `attribution`; `emphasis` (`role`),
/// `link` (`xlink:href`, or `linkend` as `#id`), `footnote`; `figure`, `informalfigure` and a bare
/// `mediaobject` with `imageobject/imagedata/@fileref` and `alt` or `textobject/phrase` as the
/// alternative text; `literallayout` and `programlisting`, kept verbatim as paragraphs whose
/// `originalElement` names them. `xml:id` is read on every block.
///
/// Anything else is reported (`docbook.unsupported-element`) and its text kept: an unknown block
/// element becomes a ``Paragraph`` with ``Paragraph/originalElement`` set, an unknown inline element
/// an ``Inline/other(element:_:)``. `sect1`…`sect5` and `simplesect` are read as sections, with the
/// same warning. Runs of XML whitespace in running text become one space and block edges are trimmed.
///
/// ```xml
/// <article xmlns="http://docbook.org/ns/docbook" version="5.0" xml:lang="de">
///   <title>Ankommen in Altena</title>
///   <para xml:id="p1">Die Stadt <emphasis>begleitet</emphasis> jede Familie.</para>
/// </article>
/// ```
/// gives a document with language `de`, title "Ankommen in Altena" and one paragraph `p1` whose
/// content is `[.text("Die Stadt "), .emphasis(role: nil, [.text("begleitet")]), .text(" jede Familie.")]`;
/// the statistics count 2 text blocks and 8 words.
///
/// ``FileStatistics`` of a contribution: `sourceLanguage` is the document's language,
/// `targetLanguage` is `nil`, `version` the root's `version`. `units` and `segments` both count the
/// document's ``TranslatableBlock``s (title, subtitle, the byline's names and organisations, headings,
/// paragraphs, list items, quotes and their attributions, figures and their alternative texts,
/// footnotes: the segments the check counts for it as a contribution) and `sourceWords`
/// counts the words of their text with ``WordCounter``.
final class DocBookReader: FormatEventHandler {
    /// The DocBook 5 namespace.
    static let namespace = "http://docbook.org/ns/docbook"
    /// The XLink namespace of `xlink:href`.
    static let xlinkNamespace = "http://www.w3.org/1999/xlink"

    let context: ReadContext
    /// The elements open at this moment; the root is first.
    private var stack: [DocBookElement] = []
    /// The root element once it has ended.
    private var root: DocBookElement?
    /// Where text that starts now would start: just after the last start or end tag.
    private var textStart: (line: Int, column: Int)?
    /// The first element with each `xml:id`, for reporting duplicates.
    private var firstIDs: [String: (line: Int, element: String)] = [:]
    /// The document's language, decided at the root.
    var language: LanguageTag?
    /// The language of the foreign span whose content is being read (`<phrase xml:lang="de">` in a
    /// Turkish article); `nil` outside such spans, where the text is in the document's ``language``.
    var spanLanguage: LanguageTag?
    /// The bytes of the text run being read, appended in place and decoded once the run ends (at
    /// the next start or end tag): libxml2 hands a run over in many pieces (one per character or
    /// entity reference), and extending a string stored in the tree would copy it every time.
    private var pendingText: [UInt8] = []
    /// Where the pending run starts.
    private var pendingStart = (line: 1, column: 1)

    init(context: ReadContext) {
        self.context = context
    }

    // MARK: Events

    func startElement(_ tag: XMLStartTag) {
        flushText()
        if stack.isEmpty, root == nil { readRoot(tag) }
        let element = DocBookElement(name: tag.name, attributes: tag.attributes, line: tag.line, column: tag.column)
        if let id = element.xmlID { register(id, of: element) }
        stack.append(element)
        textStart = (tag.line, tag.column + Self.writtenLength(of: tag))
    }

    func endElement(_ name: XMLName, line: Int, column: Int) {
        flushText()
        guard var element = stack.popLast() else { return }
        element.isComplete = true
        attach(element)
        textStart = (line, column)
    }

    func characters(_ text: UnsafeRawBufferPointer) {
        guard !stack.isEmpty else { return }
        if pendingText.isEmpty {
            let top = stack.count - 1
            pendingStart = textStart ?? (stack[top].line, stack[top].column)
        }
        pendingText.append(contentsOf: text)
    }

    /// Adds the pending text run to the innermost open element, joining it to a run just before it
    /// (text on both sides of a comment is one run).
    private func flushText() {
        guard !pendingText.isEmpty, !stack.isEmpty else { return }
        let value = String(decoding: pendingText, as: UTF8.self)
        pendingText.removeAll(keepingCapacity: pendingText.capacity <= 1 << 16)
        let top = stack.count - 1
        if case .text(var run)? = stack[top].children.last {
            stack[top].children.removeLast()
            run.value += value
            stack[top].children.append(.text(run))
        } else {
            stack[top].children.append(.text(DocBookText(value: value, line: pendingStart.line, column: pendingStart.column)))
        }
    }

    func comment(_ text: String) {
        // A comment has no position of its own; text after it is placed at its parent's tag.
        textStart = nil
    }

    func processingInstruction(target: String, data: String?) {
        textStart = nil
    }

    func finish(isWellFormed: Bool) {
        flushText()
        // A cut-off file leaves elements open: close them where they are, marked incomplete.
        while let element = stack.popLast() { attach(element) }
        guard let root else { return }
        let document = makeDocument(from: root)
        context.contribution = document
        context.statistics.format = .docbook
        context.statistics.version = root.attribute("version")
        context.statistics.sourceLanguage = document.language
        context.statistics.targetLanguage = nil
        context.statistics.count(document)
    }

    // MARK: Building

    private func attach(_ element: DocBookElement) {
        if stack.isEmpty {
            root = element
        } else {
            stack[stack.count - 1].children.append(.element(element))
        }
    }

    private func register(_ id: String, of element: DocBookElement) {
        if let first = firstIDs[id] {
            context.report(DocBookDiagnostics.duplicateId,
                "the id \"\(id)\" on <\(element.qualifiedName)> is used a second time in this contribution",
                remedy: "give every element its own xml:id; the ids pair German and Turkish blocks, so a repeated one pairs the wrong text",
                line: element.line, column: element.column,
                notes: ["the first \"\(id)\" is on line \(first.line), at <\(first.element)>"])
        } else {
            firstIDs[id] = (element.line, element.qualifiedName)
        }
    }

    /// The number of characters of a start tag written the usual way: `<name a="v" xmlns="…">`.
    private static func writtenLength(of tag: XMLStartTag) -> Int {
        var length = 2 + tag.name.qualified.unicodeScalars.count
        for declaration in tag.namespaceDeclarations {
            let name = declaration.prefix.map { "xmlns:\($0)" } ?? "xmlns"
            length += 4 + name.unicodeScalars.count + declaration.uri.unicodeScalars.count
        }
        for attribute in tag.attributes {
            length += 4 + attribute.name.qualified.unicodeScalars.count + attribute.value.unicodeScalars.count
        }
        return length
    }
}
