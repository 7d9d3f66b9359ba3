/// The stylesheet inlined into every HTML sheet: screen and print, Latin and Japanese.
enum HTMLSheetStyle {
    /// The CSS text.
    ///
    /// - Fonts: Latin faces first, then Japanese ones, then the generic family; for `lang="ja"` the Japanese faces
    ///   come first so kana, kanji and full-width punctuation use one design, with a looser line height.
    /// - Print: the paper size is left to the printer (A4 or Letter); the margins fit both. Headings never end a
    ///   page, a question's heading stays with its first lines, list items do not split nor leave one item alone,
    ///   and folded answers are printed unfolded (`foldedAnswersCSS`).
    static let css = """
        :root {
          --ink: #1f2328;
          --muted: #59636e;
          --accent: #0b5cad;
          --rule: #d1d9e0;
          --code-bg: #f2f4f7;
          --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans",
            "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic", "YuGothic", Meiryo, "Noto Sans CJK JP",
            "Noto Sans JP", sans-serif;
          --sans-ja: "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic", "YuGothic", Meiryo,
            "Noto Sans CJK JP", "Noto Sans JP", system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
          --mono: ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", "Liberation Mono",
            "Noto Sans Mono CJK JP", monospace;
        }
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body {
          margin: 0 auto;
          padding: 2.5rem 1.5rem 4rem;
          max-width: 46rem;
          font-family: var(--sans);
          font-size: 1rem;
          line-height: 1.6;
          color: var(--ink);
          background: #fff;
          overflow-wrap: break-word;
        }
        :lang(ja) body, body:lang(ja) { font-family: var(--sans-ja); line-height: 1.8; line-break: strict; }
        h1, h2, h3 { line-height: 1.3; }
        h1 { font-size: 1.9rem; margin: 0 0 0.25rem; }
        .summary { margin: 0; color: var(--muted); }
        .sheet-header { border-bottom: 3px solid var(--ink); padding-bottom: 0.75rem; margin-bottom: 1.5rem; }
        .contents h2 { font-size: 1.1rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); }
        :lang(ja) .contents h2 { text-transform: none; letter-spacing: 0; }
        .contents ol { padding-left: 1.6rem; margin: 0; }
        .contents li { margin: 0.2rem 0; }
        .contents a { color: var(--accent); text-decoration: none; }
        .contents a:hover, .contents a:focus { text-decoration: underline; }
        .question { border-top: 1px solid var(--rule); margin-top: 2rem; padding-top: 1.25rem; }
        .question > header h2 { font-size: 1.25rem; margin: 0; }
        .number { color: var(--accent); font-variant-numeric: tabular-nums; }
        .meta { margin: 0.35rem 0 0; color: var(--muted); font-size: 0.9rem; }
        h3, .answer > summary {
          font-size: 0.85rem;
          font-weight: 700;
          text-transform: uppercase;
          letter-spacing: 0.06em;
          color: var(--accent);
          margin: 1.25rem 0 0.4rem;
        }
        :lang(ja) h3, :lang(ja) .answer > summary { text-transform: none; letter-spacing: 0.02em; font-size: 0.95rem; }
        p { margin: 0 0 0.75rem; }
        ul, ol { margin: 0 0 0.75rem; padding-left: 1.5rem; }
        li { margin: 0.2rem 0; }
        code {
          font-family: var(--mono);
          font-size: 0.88em;
          background: var(--code-bg);
          border-radius: 4px;
          padding: 0.1em 0.3em;
        }
        .answer > summary { cursor: pointer; }
        .answer[open] > summary { margin-bottom: 0.6rem; }
        .checklist { list-style: none; padding-left: 0; }
        .checklist label { display: flex; gap: 0.6rem; align-items: baseline; }
        .checklist input { flex: none; width: 1em; height: 1em; margin: 0; accent-color: var(--accent); transform: translateY(0.12em); }
        dl { margin: 0; }
        dt { font-weight: 600; margin-top: 0.6rem; }
        dd { margin: 0.2rem 0 0 1.25rem; color: var(--muted); }
        dd > :last-child { margin-bottom: 0; }
        .references li { color: var(--muted); font-size: 0.92rem; }
        .questions-only .question { padding-bottom: 5rem; }
        @page { margin: 16mm 15mm 18mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10.5pt; line-height: 1.5; }
          :lang(ja) body, body:lang(ja) { line-height: 1.7; }
          h1 { font-size: 20pt; }
          .question > header h2 { font-size: 12.5pt; }
          .contents { break-after: page; }
          .contents a { color: inherit; }
          .question { margin-top: 1.1rem; padding-top: 0.8rem; }
          .question > header:not(:last-child), h2, h3, dt, .answer > summary {
            break-after: avoid;
            page-break-after: avoid;
          }
          .question > header { break-inside: avoid; page-break-inside: avoid; }
          li, dt, dd { break-inside: avoid; page-break-inside: avoid; }
          li:first-child, li:nth-last-child(2) { break-after: avoid; page-break-after: avoid; }
          p { orphans: 3; widows: 3; }
          code { background: none; border: 1px solid var(--rule); padding: 0 0.2em; }
          .questions-only .question { break-inside: avoid; page-break-inside: avoid; padding-bottom: 7rem; }
        }
        """
}

extension HTMLSheetStyle {
    /// Added to `css` when answers are folded: prints them unfolded, without the disclosure triangle.
    ///
    /// `::details-content` is standard CSS (Chromium 131, Safari 18.4, Firefox 143); validators that predate it
    /// report it as unknown, which is why sheets without folded answers leave it out.
    static let foldedAnswersCSS = """
        @media print {
          .answer > summary { list-style: none; cursor: auto; }
          .answer > summary::-webkit-details-marker { display: none; }
          .answer::details-content { content-visibility: visible; height: auto; }
        }
        """
}
