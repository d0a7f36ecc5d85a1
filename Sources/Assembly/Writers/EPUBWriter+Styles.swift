extension EPUBWriter {
    /// The book's style sheet: reading-system fonts, language-aware hyphenation, table cells for the
    /// parallel layout (better supported by reading systems than grids) that stack on narrow screens, marks for missing translations.
    static let styleSheet = """
        body { font-family: "DejaVu Serif", "Noto Serif", serif; line-height: 1.5; color: #1b1b1b; }
        p, li, blockquote, figcaption { hyphens: auto; -epub-hyphens: auto; }
        h1, h2, h3, h4, h5, h6 { font-family: "DejaVu Sans", "Noto Sans", sans-serif; line-height: 1.25; page-break-after: avoid;
          overflow-wrap: break-word; }
        .volume-title span { display: block; }
        .byline { font-style: italic; }
        .contribution-subtitle { font-size: 1.1em; }
        .version-label { font-family: "DejaVu Sans", "Noto Sans", sans-serif; font-size: 0.75em; text-transform: uppercase; color: #4a4a4a; }
        .row { display: table; table-layout: fixed; width: 100%; }
        .row > .cell { display: table-cell; width: 50%; vertical-align: top; padding: 0 0.6em; }
        .interleaved .translation { border-left: 3px solid #7a5c00; padding-left: 0.8em; margin: 0.4em 0 1em; }
        .missing-translation { background: #fdf3d7; color: #5c4300; border-left: 3px solid #5c4300; padding: 0.3em 0.6em; }
        .placeholder-mark { font-weight: bold; color: #5c4300; background: #fdf3d7; border-left: 3px solid #5c4300; padding: 0 0.4em; }
        .missing-translation .placeholder { font-weight: bold; }
        .original-fallback { color: #1b1b1b; }
        .editor-mark { font-size: 0.75em; color: #5c4300; border: 1px solid #5c4300; display: inline-block; padding: 0 0.3em; }
        blockquote { margin: 1em 0 1em 1em; padding-left: 0.8em; border-left: 2px solid #c8c8c8; }
        figure { margin: 1em 0; }
        figure img { max-width: 100%; }
        .image-missing { border: 1px dashed #4a4a4a; padding: 1em; }
        .notes { font-size: 0.9em; border-top: 1px solid #c8c8c8; margin-top: 1.5em; }
        .notes-title { font-weight: bold; }
        .translation-pending { font-style: italic; color: #4a4a4a; }
        @media (max-width: 40em) {
          .row { display: block; width: auto; }
          .row > .cell { display: block; width: auto; padding: 0; }
          .row > .cell + .cell { border-top: 1px dotted #c8c8c8; margin-top: 0.5em; }
        }

        """
}
