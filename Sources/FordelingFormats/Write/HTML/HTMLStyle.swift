/// The report's stylesheet, inline in every page: system fonts only, tables as approved sheets print them, charts and
/// marks that stay apart in grey print, and A4 pages for the browser's "print to PDF".
enum HTMLStyle {
    static let css = """

    :root { color-scheme: light; }
    body { margin: 0; color: #1a1a1a; background: #fff; line-height: 1.45; font-size: 15px;
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
    nav { padding: 10px 24px; background: #eef2f6; border-bottom: 1px solid #d5dce3; }
    a { color: #0b4f8a; }
    main { max-width: 1320px; margin: 0 auto; padding: 18px 24px 32px; }
    h1 { font-size: 1.65rem; line-height: 1.2; margin: 0.3em 0 0.2em; }
    h2 { font-size: 1.25rem; margin: 1.6em 0 0.5em; padding-bottom: 0.2em; border-bottom: 2px solid #d5dce3; }
    h3 { font-size: 1.05rem; margin: 1.3em 0 0.4em; }
    p { max-width: 62rem; }
    code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.9em; overflow-wrap: anywhere; }
    .lede { display: flex; flex-wrap: wrap; gap: 10px 18px; align-items: baseline; margin: 0.4em 0 1.2em; }
    .lede .total { font-size: 1.3rem; font-weight: 700; font-variant-numeric: tabular-nums; }
    .status { display: inline-block; white-space: nowrap; padding: 1px 9px; border-radius: 10px; font-size: 0.85rem; font-weight: 600; border: 1px solid; }
    .status.ok { color: #1d5e2c; background: #e4f2e7; border-color: #9cc9a7; }
    .status.bad { color: #8a1c1c; background: #fde7e7; border-color: #e3a5a5; }
    .layout { display: flex; flex-wrap: wrap; gap: 24px 28px; align-items: flex-start; }
    .layout > .table-wrap { flex: 0 1 auto; }
    .charts { flex: 1 1 400px; min-width: 0; display: flex; flex-wrap: wrap; gap: 0 32px; align-items: flex-start; }
    .table-wrap { max-width: 100%; overflow-x: auto; }
    table { border-collapse: collapse; font-size: 13px; font-variant-numeric: tabular-nums; margin: 0.3em 0 1em; }
    caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    th, td { padding: 4px 8px; border-bottom: 1px solid #dde2e7; text-align: left; vertical-align: top; }
    thead th { background: #eef2f6; vertical-align: bottom; font-weight: 600; border-bottom: 2px solid #8a96a3; }
    thead th.num { width: 6.5em; }
    tbody th { font-weight: 500; white-space: nowrap; }
    .num { text-align: right; white-space: nowrap; }
    thead th.num { white-space: normal; }
    tr.total th, tr.total td { font-weight: 700; border-top: 2px solid #333; border-bottom: none; }
    td small, th small { display: block; font-size: 11px; font-weight: 400; color: #333; white-space: nowrap; }
    mark { background: transparent; color: inherit; font-weight: 700; }
    .mark-error { background: #fde2e1; outline: 2px solid #a4161a; outline-offset: -2px; }
    .mark-warning { background: #fff0c2; outline: 2px dashed #7a5600; outline-offset: -2px; }
    .mark-info { background: #e3ecfb; outline: 2px dotted #284b85; outline-offset: -2px; }
    .mark-diff { background: #efe7fa; outline: 3px double #5b3a8c; outline-offset: -3px; }
    .status.warn { color: #6b4b00; background: #fff4d1; border-color: #d9bb66; }
    table.findings, table.diff { font-size: 12.5px; width: 100%; }
    table.findings td:nth-child(2), table.diff td:nth-child(7), table.diff td:nth-child(8) { overflow-wrap: anywhere; min-width: 8em; }
    table.findings td:last-child { min-width: 16em; }
    tr.severity-error > th { color: #a4161a; font-weight: 700; }
    tr.severity-warning > th { color: #6b4b00; font-weight: 700; }
    figure.chart { flex: 0 1 400px; margin: 0 0 26px; }
    figcaption { font-size: 13px; color: #333; margin-bottom: 6px; max-width: 36rem; }
    figcaption strong { display: block; font-size: 15px; color: #1a1a1a; }
    figcaption strong::first-letter { text-transform: uppercase; }
    svg { display: block; max-width: 100%; height: auto; font-size: 11px; }
    svg text { fill: #1a1a1a; dominant-baseline: central; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; paint-order: stroke; }
    svg .value { font-variant-numeric: tabular-nums; }
    rect.amount { fill: #2f6690; }
    rect.figure { fill: #5f84ad; }
    rect.up { fill: #1d4e89; }
    rect.down { stroke: #7f3b00; stroke-width: 1; }
    line.axis { stroke: #333; stroke-width: 1; }
    .average line { stroke: #111; stroke-width: 1.5; stroke-dasharray: 5 3; }
    .average text { font-weight: 700; }
    dl.facts { display: grid; grid-template-columns: max-content auto; gap: 2px 16px; font-size: 14px; margin: 0.4em 0 1em; }
    dl.facts dt { font-weight: 600; }
    dl.facts dd { margin: 0; font-variant-numeric: tabular-nums; }
    .notes { font-size: 14px; }
    .hint { color: #333; font-size: 14px; }
    footer { max-width: 1320px; margin: 0 auto; padding: 12px 24px 28px; font-size: 12px; color: #444; border-top: 1px solid #d5dce3; }
    @page { size: A4; margin: 14mm 12mm 16mm; }
    @media print {
      * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
      body { font-size: 9.5pt; }
      nav, .hint, footer { display: none; }
      main { max-width: none; padding: 0; }
      a { color: inherit; text-decoration: none; }
      h2 { margin-top: 1em; }
      h1, h2, h3, figcaption { break-after: avoid; }
      .page { break-before: page; }
      main > section.page:first-of-type { break-before: auto; }
      table, figure.chart, dl.facts { break-inside: avoid; }
      table { font-size: 8.5pt; }
      th, td { padding: 2px 6px; }
      .layout { display: block; }
      .table-wrap { overflow: visible; }
      .charts { gap: 0 6mm; }
      figure.chart { flex: 1 1 80mm; }
      td small, th small { display: inline; margin-left: 0.4em; font-size: 7pt; }
      td small + small::before { content: "· "; }
    }

    """
}
