import Foundation
import PublicationCore
import XMLSource

/// Reads an OpenDocument text (.odt) into a ``ContributionDocument``.
struct ODTReader {
    static let mimeType = "application/vnd.oasis.opendocument.text"

    var parserOptions: XMLStreamParser.Options

    /// Whether a container is an OpenDocument text (its `mimetype`, or a `content.xml` without Word's main part).
    static func isOpenDocument(_ container: OfficeContainer) -> Bool {
        if let data = container.smallPart("mimetype") {
            return String(decoding: data, as: UTF8.self).hasPrefix("application/vnd.oasis.opendocument.text")
        }
        return container.contains("content.xml") && !container.contains("word/document.xml")
    }

    func read(_ container: OfficeContainer, into context: ReadContext) {
        context.statistics.format = .odt
    }
}
