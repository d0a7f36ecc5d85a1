public import Foundation
public import PublicationCore

/// Writes a publication as one self-contained HTML5 page (`index.html`).
///
/// The style sheet is inline and images are embedded as `data:` URLs, so the page needs no network,
/// no external fonts and no scripts. `lang` is set on `<html>` and on every block, headings run in
/// order (`h1` volume, `h2` contribution, `h3`… sections), a skip link leads to the main text, and each
/// language has its table of contents ("Inhalt", "İçindekiler").
///
/// ```swift
/// let html = HTMLWriter().page(for: publication, layout: .parallel)
/// // <div class="row status-translated" data-row="0">
/// // <div class="cell original" lang="de">
/// // <p lang="de">Osnabrück hat …</p>
/// // </div>
/// // <div class="cell translation" lang="tr">
/// // <p lang="tr">Osnabrück …</p>
/// ```
public struct HTMLWriter: PublicationWriter {
    /// Placeholders, editor marks and where images are found.
    public var options: PublicationWriterOptions
    /// The page's file name, `index.html` unless changed.
    public var fileName: String

    /// Creates an HTML writer.
    public init(options: PublicationWriterOptions = PublicationWriterOptions(), fileName: String = "index.html") {
        self.options = options
        self.fileName = fileName
    }

    /// The page's HTML.
    public func page(for publication: BilingualPublication, layout: PublicationLayout) -> String {
        let renderer = MarkupRenderer(flavor: .screen, options: options) { figure in
            ImageResource.dataURL(for: figure, in: options.resourceDirectory)
        }
        return PublicationMarkup(renderer: renderer, layout: layout)
            .page(publication, styleSheet: Self.styleSheet + PublicationMarkup.languageViewStyles)
    }

    @discardableResult
    public func write(_ publication: BilingualPublication, layout: PublicationLayout, to folder: URL) throws -> [Diagnostic] {
        let url = folder.appendingPathComponent(fileName)
        do {
            try Data(page(for: publication, layout: layout).utf8).write(to: url)
        } catch {
            throw PublicationWriterError.cannotWrite(path: url.path, reason: "\(error.localizedDescription)")
        }
        return ImageResource.problems(in: publication, directory: options.resourceDirectory)
    }
}
