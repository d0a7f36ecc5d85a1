extension PDFWriter {
    /// The print style sheet: A4 pages, page numbers, running heads from `string-set`, contents with
    /// page numbers from `target-counter`, bookmarks, footnotes at the foot of the page, embedded
    /// DejaVu fonts, and table cells for the parallel columns.
    static let styleSheet = """
        @font-face { font-family: "Kopru Serif"; font-weight: normal; font-style: normal;
          src: local("DejaVu Serif"), url("file:///usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"); }
        @font-face { font-family: "Kopru Serif"; font-weight: bold; font-style: normal;
          src: local("DejaVu Serif Bold"), url("file:///usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"); }
        @font-face { font-family: "Kopru Serif"; font-weight: normal; font-style: italic;
          src: local("DejaVu Serif Italic"), url("file:///usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"); }
        @font-face { font-family: "Kopru Sans"; font-weight: normal; font-style: normal;
          src: local("DejaVu Sans"), url("file:///usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"); }
        @font-face { font-family: "Kopru Sans"; font-weight: bold; font-style: normal;
          src: local("DejaVu Sans Bold"), url("file:///usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"); }
        @page { size: A4; margin: 22mm 18mm 24mm 18mm;
          @top-left { content: string(head-left); width: 48%; text-align: left; white-space: nowrap; overflow: hidden;
            text-overflow: ellipsis; hyphens: none; font: 8pt "Kopru Sans", "DejaVu Sans", sans-serif; color: #4a4a4a; }
          @top-right { content: string(head-right); width: 48%; text-align: right; white-space: nowrap; overflow: hidden;
            text-overflow: ellipsis; hyphens: none; font: 8pt "Kopru Sans", "DejaVu Sans", sans-serif; color: #4a4a4a; }
          @bottom-center { content: counter(page); font: 9pt "Kopru Sans", "DejaVu Sans", sans-serif; }
          @footnote { border-top: 0.4pt solid #000000; padding-top: 2pt; } }
        @page front { @top-left { content: none; } @top-right { content: none; } }
        @page title { @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } }
        html { font-family: "Kopru Serif", "DejaVu Serif", "Noto Serif", serif; font-size: 10pt; line-height: 1.4; color: #000000; }
        body { margin: 0; }
        :lang(de) { hyphens: auto; }
        :lang(tr) { hyphens: manual; }
        [lang="tr"] span[lang="de"]:not(.footnote), [lang="de"] span[lang="tr"]:not(.footnote) { hyphens: none; }
        p, li { hyphenate-limit-chars: 6 3 3; }
        h1, h2, h3, h4, h5, h6, .byline, .byline *, .contribution-subtitle, .contribution-subtitle *, .title-page, .title-page *, .toc, .toc *, .version-label, .editor-mark,
          .translation-pending { hyphens: none !important; }
        h1, h2, h3, h4, h5, h6 { font-family: "Kopru Sans", "DejaVu Sans", "Noto Sans", sans-serif; line-height: 1.2;
          break-after: avoid; break-inside: avoid; text-align: left; }
        h1 { font-size: 22pt; bookmark-level: 1; }
        h2 { font-size: 14pt; bookmark-level: 2; }
        h3 { font-size: 11.5pt; bookmark-level: 3; }
        h4, h5, h6 { font-size: 10.5pt; bookmark-level: none; }
        .toc h2, .imprint h2 { bookmark-level: none; }
        .parallel .heading-row h2:lang(de) { string-set: head-left content(text); }
        .parallel .heading-row h2:lang(tr) { string-set: head-right content(text); }
        .interleaved > .original h2 { string-set: head-left content(text); }
        .interleaved > .translation h2 { string-set: head-right content(text); }
        .sequential > .version h2:lang(de) { string-set: head-left content(text), head-right ""; }
        .sequential > .version h2:lang(tr) { string-set: head-left "", head-right content(text); }
        .volume { string-set: head-left attr(data-volume-title); }
        .volume .contribution h2 { string-set: head-right content(text); }
        a { color: inherit; text-decoration: none; }
        .skip-link { display: none; }
        .title-page { page: title; break-after: page; padding-top: 40mm; }
        .volume-title { margin: 0 0 14mm; }
        .volume-title span { display: block; }
        .volume-title .title-tr { font-size: 0.8em; font-weight: normal; margin-top: 6mm; }
        .title-details { margin: 0 0 12mm; padding-top: 4mm; border-top: 0.6pt solid #000000; }
        .title-details .subtitle { font-size: 12pt; font-style: italic; margin: 0 0 6pt; text-align: left; }
        .title-details .series { font-family: "Kopru Sans", "DejaVu Sans", sans-serif; font-weight: bold; margin: 0 0 2pt; }
        .title-details p { margin: 2pt 0; text-align: left; }
        .imprint { page: front; break-after: page; font-size: 8.5pt; }
        .imprint-text { margin-bottom: 8mm; }
        .imprint h2 { font-size: 10pt; }
        .imprint p { text-align: left; }
        .accessibility { font-style: italic; }
        .tocs { page: front; break-after: page; }
        .toc { margin-bottom: 10mm; }
        .toc ol { list-style: none; padding: 0; }
        .toc li { margin: 3pt 0; break-inside: avoid; }
        .toc a::after { content: leader(".") " " target-counter(attr(href url), page); }
        .toc-authors { display: block; font-size: 8.5pt; color: #333333; }
        .volume { break-before: page; }
        .volume > .toc { page: front; break-after: page; }
        .contribution { break-before: page; counter-reset: note-de note-tr; }
        .volume > .contribution:first-of-type { break-before: auto; }
        .byline { font-style: italic; margin: 2pt 0; text-align: left; }
        .contribution-subtitle { font-size: 11.5pt; margin: 0 0 4pt; text-align: left; break-after: avoid; }
        .version-label { font-family: "Kopru Sans", "DejaVu Sans", sans-serif; font-size: 7.5pt; text-transform: uppercase;
          letter-spacing: 0.05em; color: #4a4a4a; margin: 2pt 0 4pt; break-after: avoid; }
        .row { display: table; table-layout: fixed; width: 100%; border-collapse: separate; border-spacing: 0; }
        .row.heading-row, .row.section-row, .pair.section-row, .block.section-row { break-after: avoid; break-inside: avoid; }
        .row > .cell { display: table-cell; width: 50%; vertical-align: top; padding: 0 4mm 0 0; }
        .row > .cell + .cell { padding: 0 0 0 4mm; border-left: 0.4pt solid #999999; }
        .row > .cell > :first-child { margin-top: 4pt; }
        p { margin: 4pt 0; text-align: justify; orphans: 2; widows: 2; }
        li { orphans: 2; widows: 2; }
        .interleaved .translation { border-left: 2pt solid #7a5c00; padding-left: 3mm; margin: 3pt 0 8pt; }
        .interleaved .pair > .original { break-after: avoid; }
        .sequential .version.translation { break-before: page; }
        .missing-translation { border-left: 2pt solid #5c4300; background: #fdf3d7; padding: 2pt 3mm; margin: 4pt 0;
          break-inside: avoid; }
        .placeholder-mark { font-weight: bold; color: #5c4300; background: #fdf3d7; border-left: 2pt solid #5c4300; padding: 0 3mm; }
        .missing-translation .placeholder { font-weight: bold; margin: 2pt 0; }
        .translation-pending { font-style: italic; color: #4a4a4a; text-align: left; }
        .editor-mark { font-family: "Kopru Sans", "DejaVu Sans", sans-serif; font-size: 7pt; color: #5c4300;
          border: 0.5pt solid #5c4300; padding: 0 2pt; margin: 0 0 4pt; text-align: left; }
        blockquote { margin: 6pt 0 6pt 4mm; padding-left: 3mm; border-left: 1pt solid #999999; }
        figure { margin: 6pt 0; break-inside: avoid; }
        figure img { max-width: 100%; }
        .image-missing { border: 0.5pt dashed #4a4a4a; padding: 4mm; }
        figcaption { font-size: 8.5pt; }
        .footnote { float: footnote; font-size: 8pt; text-align: left; hyphens: manual; }
        .footnote:lang(de) { counter-increment: note-de; }
        .footnote:lang(tr) { counter-increment: note-tr; }
        .footnote:lang(de)::footnote-call { content: counter(note-de); }
        .footnote:lang(tr)::footnote-call { content: counter(note-tr); }
        .footnote:lang(de)::footnote-marker { content: counter(note-de) ". "; }
        .footnote:lang(tr)::footnote-marker { content: counter(note-tr) ". "; }
        ::footnote-call { font-size: 7pt; vertical-align: super; line-height: 0; }

        """
}
