import Foundation
import PublicationCore
import XMLSource

/// Reads an OpenDocument text (.odt), a monolingual contribution, into a ``ContributionDocument``,
/// with the mapping of the Word reader: `text:h` outline levels are headings, `text:list` lists
/// (bullet or numbered by the list style), `text:note` footnotes and endnotes, `draw:frame` images
/// with `svg:title`/`svg:desc` as their alternative text, `office:annotation` left out with a note,
/// tracked changes read as accepted with a warning.
///
/// Parts, each streamed from the ZIP container: `styles.xml` (named styles, list styles, the default
/// language), `meta.xml` (title, author, language), `content.xml` (automatic styles and the body).
/// Derived block ids begin with `odt-` (`odt-p12`: the 12th paragraph or heading of the body).
struct ODTReader {
    static let mimeType = "application/vnd.oasis.opendocument.text"

    var parserOptions: XMLStreamParser.Options

    /// Whether a container is an OpenDocument text (its `mimetype`, or a `content.xml` without Word's main part).
    static func isOpenDocument(_ container: OfficeContainer) -> Bool {
        if let data = container.smallPart("mimetype") {
            return String(decoding: data, as: UTF8.self).hasPrefix(mimeType)
        }
        return container.contains("content.xml") && !container.contains("word/document.xml")
    }

    /// Reads the document in a container, reporting into `context`.
    func read(_ container: OfficeContainer, into context: ReadContext) {
        context.statistics.format = .odt
        let session = DOCXReadSession(container: container, context: context, parserOptions: parserOptions)
        session.mainPart = "content.xml"
        session.idPrefix = "odt-"
        do throws(OfficeContainerError) {
            let stylesReader = ODTStylesReader(styles: session.styles, numbering: session.numbering)
            try session.parse("styles.xml", stylesReader)
            try session.parse("meta.xml", session.properties)
            guard container.contains("content.xml") else {
                session.reportNoDocument()
                return
            }
            let body = ODTBodyReader(styles: session.styles, stylesReader: stylesReader)
            try session.parse("content.xml", body)
            session.notes = body.notes
            session.revisions = body.revisions
            session.revisionPart = "content.xml"
            session.finish(DOCXBlockBuilder(session: session).document(from: body.paragraphs))
        } catch {
            session.report(error)
        }
    }
}
