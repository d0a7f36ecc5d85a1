import Foundation
import PublicationCore
import XMLSource

/// Reads a Word document (.docx, .docm), a monolingual contribution, into a ``ContributionDocument``:
/// the same model the DocBook reader makes, so a Word original pairs, checks, exports and publishes
/// like a DocBook one.
///
/// The ZIP container is opened with ZIPFoundation and each part is decompressed chunk by chunk into
/// XMLSource's streaming parser, so no part is ever held whole in memory. Parts read, in order:
/// `_rels/.rels` (to find the main part), the main part's relationships (links, images),
/// `word/styles.xml`, `word/numbering.xml`, `word/footnotes.xml`, `word/endnotes.xml`,
/// `docProps/core.xml`, and the main part (`word/document.xml`).
///
/// ```text
/// word/document.xml                               model
/// <w:p><w:pPr><w:pStyle w:val="Title"/>…Ankommen  info.title "Ankommen in Altena"
/// <w:p><w:pPr><w:pStyle w:val="Heading1"/>…       .section(title: "Die Stadt", id: "docx-p2")
/// <w:p><w:r><w:t>Die Stadt </w:t></w:r>             .paragraph([.text("Die Stadt "),
///   <w:r><w:rPr><w:i/></w:rPr><w:t>begleitet</w:t>   .emphasis(role: nil, [.text("begleitet")]), …])
/// ```
///
/// `docs/word-documents.md` gives the whole mapping and the block ids.
struct DOCXReader {
    static let mainDocumentType = "/officeDocument"

    let displayPath: String
    var parserOptions: XMLStreamParser.Options
    var limits = OfficeContainer.Limits()

    /// Reads the document in a container, reporting into `context`.
    func read(_ container: OfficeContainer, into context: ReadContext) {
        context.statistics.format = .docx
        let session = DOCXReadSession(container: container, context: context, parserOptions: parserOptions)
        session.run()
    }
}

/// One reading of one Word document: the parts read so far and what they said.
final class DOCXReadSession {
    let container: OfficeContainer
    let context: ReadContext
    let parserOptions: XMLStreamParser.Options
    let styles = DOCXStyles()
    let numbering = DOCXNumbering()
    let properties = DOCXCoreProperties()
    var notes: [String: [DOCXParagraph]] = [:]
    var mainPart = "word/document.xml"
    /// How derived block ids begin: `docx-` for Word, `odt-` for OpenDocument (``DerivedBlockID``).
    var idPrefix = "docx-"
    /// Changes and comments over all story parts.
    var revisions = DOCXBodyReader.Revisions()
    var revisionPart = "word/document.xml"
    /// The language most runs of the body name, for a document whose defaults name none.
    var runLanguage: String?

    init(container: OfficeContainer, context: ReadContext, parserOptions: XMLStreamParser.Options) {
        self.container = container
        self.context = context
        self.parserOptions = parserOptions
    }

    func run() {
        do throws(OfficeContainerError) {
            let packageRelationships = OfficeRelationships()
            _ = try parse("_rels/.rels", packageRelationships)
            if let target = packageRelationships.target(ofTypeEndingWith: DOCXReader.mainDocumentType) {
                let resolved = OfficeRelationships.resolve(target, from: "")
                if container.contains(resolved) { mainPart = resolved }
            }
            guard container.contains(mainPart) else {
                reportNoDocument()
                return
            }
            let folder = (mainPart as NSString).deletingLastPathComponent
            let name = (mainPart as NSString).lastPathComponent
            let relationships = OfficeRelationships()
            _ = try parse("\(folder)/_rels/\(name).rels", relationships)
            let parts = Dictionary(relationships.byID.values.map { ($0.type.split(separator: "/").last.map(String.init) ?? "", $0.target) },
                uniquingKeysWith: { first, _ in first })
            func part(_ type: String, _ fallback: String) -> String {
                parts[type].map { OfficeRelationships.resolve($0, from: folder) } ?? "\(folder)/\(fallback)"
            }
            _ = try parse(part("styles", "styles.xml"), styles)
            _ = try parse(part("numbering", "numbering.xml"), numbering)
            for (type, file) in [("footnotes", "footnotes.xml"), ("endnotes", "endnotes.xml")] {
                let path = part(type, file)
                let noteFolder = (path as NSString).deletingLastPathComponent
                let noteRelationships = OfficeRelationships()
                _ = try parse("\(noteFolder)/_rels/\((path as NSString).lastPathComponent).rels", noteRelationships)
                let reader = DOCXBodyReader(styles: styles, relationships: noteRelationships, folder: noteFolder)
                if try parse(path, reader) {
                    let prefix = type == "footnotes" ? "f" : "e"
                    for paragraph in reader.paragraphs {
                        guard let id = paragraph.noteID else { continue }
                        notes[prefix + id, default: []].append(paragraph)
                    }
                    merge(reader.revisions, part: path)
                }
            }
            _ = try parse("docProps/core.xml", properties)
            let body = DOCXBodyReader(styles: styles, relationships: relationships, folder: folder)
            _ = try parse(mainPart, body)
            merge(body.revisions, part: mainPart)
            runLanguage = body.runLanguages.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
            let document = DOCXBlockBuilder(session: self).document(from: body.paragraphs)
            finish(document)
        } catch {
            report(error)
        }
    }

    private func merge(_ found: DOCXBodyReader.Revisions, part: String) {
        if revisions.first == nil, found.first != nil {
            revisions.first = found.first
            revisionPart = part
        }
        revisions.count += found.count
        revisions.comments += found.comments
    }

    /// Streams a part; `false` when the container has no such part. A part that is not well-formed
    /// becomes one `docx.unreadable-part` error, with the parser's words as notes.
    @discardableResult
    func parse(_ path: String, _ handler: any XMLEventHandler) throws(OfficeContainerError) -> Bool {
        guard let result = try container.parse(path, handler: handler, options: parserOptions) else { return false }
        if !result.isWellFormed || result.diagnostics.contains(where: { $0.severity == .error }) {
            let first = result.diagnostics.first { $0.severity == .error }
            let paragraph = (handler as? DOCXBodyReader).map { reader in
                reader.paragraphs.last.map { ", after paragraph \($0.number) (\"\($0.excerpt)\")" } ?? ""
            } ?? ""
            context.report(WordDiagnostics.unreadablePart,
                "the part \(path) of this document is not well-formed XML\(paragraph); what follows the damage is not read",
                remedy: "open the document in Word or LibreOffice and save it again; if it will not open, restore it from a backup",
                line: first?.location?.line ?? 1, column: first?.location?.column ?? 1,
                notes: ["in part \(path)"] + result.diagnostics.prefix(3).map { "the XML parser says: \($0.message)" })
        }
        return true
    }

    /// The location of a paragraph in the main part.
    func location(of paragraph: DOCXParagraph) -> SourceLocation {
        context.location(line: paragraph.line, column: paragraph.column)
    }
}
