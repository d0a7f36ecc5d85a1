/// The print edition's pages in the other outputs: keys on the elements of the page handed to the PDF
/// engine, page-break markers in the EPUB.
extension MarkupRenderer {
    /// In the print page, ` data-page-key="KEY"`: the engine reports the page on which the element with
    /// that key begins (``PrintPageMap``). Empty in the other flavours.
    func pageKey(_ key: String) -> String {
        flavor == .print ? " data-page-key=\"\(MarkupEscaping.attribute(key))\"" : ""
    }

    /// In EPUB, the page-break marker of the print page that begins with the element `key`:
    /// `<span epub:type="pagebreak" role="doc-pagebreak" id="page-12" title="12"></span>`.
    ///
    /// The page number is its `title`, which reading systems and screen readers announce. Not also
    /// `aria-label`: on an empty element axe-core 4.4 reports it as not allowed (`aria-allowed-attr`),
    /// and DAISY Ace accepts either.
    ///
    /// Empty when there is no page map, when no page begins with that element, and when the page is not
    /// one of ``allowedPages`` or not after the last page marked: the book's reading order differs from
    /// the print order in places (the imprint is at the end of the book and on page 2 in print), and a
    /// page list must ascend.
    func pageBreak(_ key: String) -> String {
        guard flavor == .ebook, let page = pageStarts[key] else { return "" }
        if let allowedPages, !allowedPages.contains(page) || page <= (markedPages.last ?? 0) { return "" }
        markedPages.append(page)
        return "<span epub:type=\"pagebreak\" role=\"doc-pagebreak\" id=\"page-\(page)\" title=\"\(page)\"></span>\n"
    }

    /// The marker and the opening tag's key for the element `key`: what stands before the element and
    /// what goes into its tag.
    func page(_ key: String) -> (before: String, attribute: String) {
        (pageBreak(key), pageKey(key))
    }
}
