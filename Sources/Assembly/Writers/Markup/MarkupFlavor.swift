/// The three targets of the shared markup: a web page, the page handed to the PDF engine, an EPUB document.
enum MarkupFlavor: Sendable {
    /// HTML5 for browsers: endnotes with links back, `lang` attributes.
    case screen
    /// HTML5 for the PDF engine: footnotes at the foot of the page, Turkish text with soft hyphens.
    case print
    /// XHTML for EPUB 3: `xml:lang` next to `lang`, `epub:type` on notes.
    case ebook
}
