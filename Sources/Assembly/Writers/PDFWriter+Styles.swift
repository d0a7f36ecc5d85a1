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
          @top-left { content: string(volume); font: 8pt "Kopru Sans", "DejaVu Sans", sans-serif; color: #4a4a4a; }
          @top-right { content: string(contribution); font: 8pt "Kopru Sans", "DejaVu Sans", sans-serif; color: #4a4a4a; }
          @bottom-center { content: counter(page); font: 9pt "Kopru Sans", "DejaVu Sans", sans-serif; } }
        @page :first { @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } }
        html { font-family: "Kopru Serif", "DejaVu Serif", "Noto Serif", serif; font-size: 10pt; line-height: 1.4; color: #000000; }
        body { margin: 0; }
        :lang(de) { hyphens: auto; }
        :lang(tr) { hyphens: manual; }
        h1, h2, h3, h4, h5, h6 { font-family: "Kopru Sans", "DejaVu Sans", "Noto Sans", sans-serif; line-height: 1.2;
          break-after: avoid; hyphens: manual; }
        h1 { font-size: 22pt; bookmark-level: 1; }
        h2 { font-size: 14pt; bookmark-level: 2; }
        .contribution h2 { string-set: contribution content(text); }
        h3 { font-size: 11.5pt; bookmark-level: 3; }
        h4, h5, h6 { font-size: 10.5pt; bookmark-level: none; }
        .toc h2 { bookmark-level: none; }
        .volume-title .title-de { string-set: volume content(text); }
        .volume-title span { display: block; }
        .volume-title .title-tr { font-size: 0.85em; color: #333333; }
        a { color: inherit; text-decoration: none; }
        .skip-link { display: none; }
        .title-page { break-after: page; padding-top: 60mm; }
        .title-details p, .date { margin: 2pt 0; }
        .tocs { break-after: page; }
        .toc { break-inside: avoid; margin-bottom: 10mm; }
        .toc ol { list-style: none; padding: 0; }
        .toc li { margin: 3pt 0; }
        .toc a::after { content: leader(".") " " target-counter(attr(href url), page); }
        .toc-authors { display: block; font-size: 8.5pt; color: #333333; }
        .volume { break-before: page; string-set: volume attr(data-volume-title); }
        .contribution { break-before: page; }
        .volume > .contribution:first-of-type { break-before: auto; }
        .byline { font-style: italic; margin: 2pt 0; }
        .version-label { font-family: "Kopru Sans", "DejaVu Sans", sans-serif; font-size: 7.5pt; text-transform: uppercase;
          letter-spacing: 0.05em; color: #4a4a4a; margin: 2pt 0 4pt; }
        .row { display: table; table-layout: fixed; width: 100%; border-collapse: separate; border-spacing: 0;
            break-inside: avoid; }
        .row > .cell { display: table-cell; width: 50%; vertical-align: top; padding: 0 4mm 0 0; }
        .row > .cell + .cell { padding: 0 0 0 4mm; border-left: 0.4pt solid #999999; }
        .row > .cell > :first-child { margin-top: 4pt; }
        p { margin: 4pt 0; text-align: justify; orphans: 2; widows: 2; }
        .interleaved .translation { border-left: 2pt solid #7a5c00; padding-left: 3mm; margin: 3pt 0 8pt; }
        .sequential .version.translation { break-before: page; }
        .missing-translation { border-left: 2pt solid #5c4300; background: #fdf3d7; padding: 2pt 3mm; margin: 4pt 0; }
        .missing-translation .placeholder { font-weight: bold; margin: 2pt 0; }
        .editor-mark { font-family: "Kopru Sans", "DejaVu Sans", sans-serif; font-size: 7pt; color: #5c4300;
          border: 0.5pt solid #5c4300; display: inline-block; padding: 0 2pt; margin: 0 0 4pt; }
        blockquote { margin: 6pt 0 6pt 4mm; padding-left: 3mm; border-left: 1pt solid #999999; }
        figure { margin: 6pt 0; break-inside: avoid; }
        figure img { max-width: 100%; }
        .image-missing { border: 0.5pt dashed #4a4a4a; padding: 4mm; }
        figcaption { font-size: 8.5pt; }
        .footnote { float: footnote; font-size: 8pt; text-align: left; }
        ::footnote-call { content: counter(footnote); font-size: 7pt; vertical-align: super; line-height: 0; }
        ::footnote-marker { content: counter(footnote) ". "; }
        @page { @footnote { border-top: 0.4pt solid #000000; padding-top: 2pt; } }
        .imprint { break-before: page; }
        .imprint-text { margin-bottom: 10mm; }

        """
}
