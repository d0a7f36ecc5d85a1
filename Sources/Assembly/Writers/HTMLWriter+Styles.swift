extension HTMLWriter {
    /// The page's inline style sheet: system fonts only, colours with a contrast of at least 7:1 for text,
    /// `hyphens: auto` for running text (hyphenation follows each block's `lang`; headings are not
    /// hyphenated, as in print), a grid for the parallel layout that stacks
    /// on narrow screens, dark colours when the reader's system asks for them (`prefers-color-scheme`),
    /// and print rules (A4, page numbers).
    static let styleSheet = """
        :root { color-scheme: light dark; --text: #1b1b1b; --muted: #4a4a4a; --accent: #0b4f8a; --rule: #c8c8c8;
          --mark-bg: #fdf3d7; --mark-text: #5c4300; --translation: #6b5100; --background: #ffffff; }
        @media (prefers-color-scheme: dark) {
          :root { --text: #ececec; --muted: #c4c4c4; --accent: #8cc4ff; --rule: #555555;
            --mark-bg: #3a2f10; --mark-text: #ffe08a; --translation: #e0b84d; --background: #121212; }
        }
        html { font-family: "DejaVu Serif", "Noto Serif", Georgia, "Times New Roman", serif; font-size: 100%;
          line-height: 1.55; color: var(--text); background: var(--background); }
        body { margin: 0 auto; max-width: 72rem; padding: 0 1.25rem 3rem; }
        p, li, blockquote, figcaption { hyphens: auto; -webkit-hyphens: auto; overflow-wrap: break-word; }
        h1, h2, h3, h4, h5, h6 { hyphens: manual; -webkit-hyphens: manual; overflow-wrap: break-word; }
        h1, h2, h3, h4, h5, h6 { font-family: "DejaVu Sans", "Noto Sans", "Helvetica Neue", Arial, sans-serif; line-height: 1.25; }
        a { color: var(--accent); }
        a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
        .skip-link { position: absolute; left: -999rem; top: 0; background: var(--background); padding: 0.5rem 1rem; z-index: 10; }
        .skip-link:focus { left: 1rem; }
        .title-page { padding: 2.5rem 0 1.5rem; border-bottom: 2px solid var(--text); margin-bottom: 2rem; }
        .volume-title { font-size: 2.2rem; margin: 0 0 1rem; }
        .volume-title span { display: block; }
        .volume-title .title-tr { color: var(--muted); font-size: 0.85em; }
        .title-details p, .date { margin: 0.2rem 0; color: var(--muted); }
        .tocs { display: grid; grid-template-columns: 1fr 1fr; gap: 2rem; margin-bottom: 3rem; }
        .toc ol { padding-left: 1.5rem; }
        .toc li { margin: 0.3rem 0; }
        .toc-authors { display: block; color: var(--muted); font-size: 0.9em; }
        .contribution { border-top: 1px solid var(--rule); padding-top: 1.5rem; margin-top: 3rem; }
        .byline { font-style: italic; margin: 0.25rem 0; }
        .contribution-subtitle { font-size: 1.1rem; margin: 0 0 0.5rem; }
        .version-label { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 0.8rem;
          text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); margin: 0.25rem 0 0.5rem; }
        .row { display: grid; grid-template-columns: 1fr 1fr; column-gap: 2.5rem; }
        .row > .cell { min-width: 0; position: relative; }
        .row > .cell > :first-child { margin-top: 0.6rem; }
        .heading-row h2 { margin-bottom: 0.25rem; }
        .interleaved .translation { border-left: 4px solid var(--translation); padding-left: 1rem; margin: 0.5rem 0 1.5rem; }
        .interleaved .translation .version-label { color: var(--translation); margin-top: 0; }
        .sequential .version.translation { border-top: 1px dashed var(--rule); margin-top: 2rem; }
        .missing-translation { background: var(--mark-bg); color: var(--mark-text); border-left: 4px solid var(--mark-text);
          padding: 0.4rem 0.8rem; margin: 0.6rem 0; }
        .placeholder-mark { font-weight: bold; color: var(--mark-text); background: var(--mark-bg); border-left: 4px solid var(--mark-text); padding: 0 0.5rem; }
        .missing-translation .placeholder { font-weight: bold; margin: 0.2rem 0; }
        .original-fallback { color: var(--text); }
        .translation-pending { font-style: italic; color: var(--muted); }
        .title-details { margin: 1rem 0; }
        .series { font-weight: bold; }
        .original-fallback .version-label { color: var(--mark-text); }
        .editor-mark { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 0.75rem;
          color: var(--mark-text); border: 1px solid var(--mark-text); border-radius: 3px; display: inline-block;
          padding: 0 0.3rem; margin: 0 0 0.5rem; }
        blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 3px solid var(--rule); }
        .attribution { color: var(--muted); }
        figure { margin: 1rem 0; }
        figure img { max-width: 100%; height: auto; }
        .image-missing { border: 1px dashed var(--muted); padding: 1rem; color: var(--muted); }
        figcaption { font-size: 0.9rem; color: var(--muted); }
        .noteref { text-decoration: none; }
        .notes { font-size: 0.9rem; border-top: 1px solid var(--rule); margin-top: 1.5rem; }
        .notes-title { font-weight: bold; }
        .imprint { border-top: 2px solid var(--text); margin-top: 3rem; display: grid; grid-template-columns: 1fr 1fr; gap: 2rem; }
        @media (max-width: 44rem) {
          .row, .tocs, .imprint { grid-template-columns: 1fr; }
          .row > .cell + .cell { border-top: 1px dotted var(--rule); }
        }
        @page { size: A4; margin: 20mm 18mm 22mm; @bottom-center { content: counter(page); font-size: 9pt; } }
        @media print {
          :root { --text: #000000; --muted: #333333; --background: #ffffff; }
          body { max-width: none; padding: 0; }
          .skip-link { display: none; }
          a { color: inherit; text-decoration: none; }
          .row, .tocs, .imprint { display: table; table-layout: fixed; width: 100%; }
          .row > .cell, .tocs > .toc, .imprint > .imprint-text { display: table-cell; width: 50%; padding-right: 1.5rem; vertical-align: top; }
          .contribution { break-before: page; }
          h2, h3, h4 { break-after: avoid; }
        }

        """
}
