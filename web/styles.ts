/** The whole stylesheet: small enough to serve from the app itself, no build step. Colours meet WCAG AA contrast. */
export const STYLESHEET = `
:root { --ink: #1b1b1f; --muted: #4a4a55; --accent: #0b5394; --accent-ink: #fff; --line: #d0d0d8; --warn-bg: #fff4e5; --warn-ink: #6b3d00; --success-bg: #e7f4ea; --success-ink: #14532d; --success-line: #1e7b34; --paper: #fff; --soft: #f5f6f8; --error: #b00020; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.55; color: var(--ink); background: var(--paper); overflow-wrap: break-word; }
body { margin: 0; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, summary:focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
.skip-link { position: absolute; left: -9999px; top: 0; background: var(--accent); color: var(--accent-ink); padding: .5rem 1rem; z-index: 10; }
.skip-link:focus { left: 1rem; }
header.site { background: var(--accent); color: var(--accent-ink); }
header.site .inner, main, footer.site .inner { max-width: 60rem; margin: 0 auto; padding: 1rem 1.25rem; }
header.site a { color: var(--accent-ink); text-decoration: none; font-weight: 700; font-size: 1.25rem; }
header.site p { margin: .25rem 0 0; }
nav.languages ul { list-style: none; display: flex; gap: 1rem; padding: 0; margin: .5rem 0 0; }
nav.languages a { font-weight: 400; font-size: 1rem; text-decoration: underline; }
nav.languages a[aria-current] { font-weight: 700; text-decoration: none; }
nav.section-tabs { border-bottom: 2px solid var(--line); margin: 1rem 0 1.5rem; }
nav.section-tabs ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; padding: 0; margin: 0; }
nav.section-tabs a { display: inline-block; padding: .5rem 0; min-height: 2.75rem; text-decoration: none; border-bottom: 4px solid transparent; margin-bottom: -2px; }
nav.section-tabs a:hover { border-bottom-color: var(--line); }
nav.section-tabs a[aria-current] { border-bottom-color: var(--accent); font-weight: 700; color: var(--ink); }
footer.site { border-top: 1px solid var(--line); margin-top: 3rem; color: var(--muted); }
h1 { font-size: 2rem; line-height: 1.2; margin: .5rem 0 1rem; }
h2 { font-size: 1.4rem; margin-top: 2rem; }
h3 { font-size: 1.1rem; margin-bottom: .25rem; }
.notice { border-left: 6px solid #b35c00; background: var(--warn-bg); color: var(--warn-ink); padding: .75rem 1rem; font-weight: 600; }
.success { border-left: 6px solid var(--success-line); background: var(--success-bg); color: var(--success-ink); padding: .75rem 1rem; font-weight: 600; }
div.notice > p, div.success > p { margin: 0; }
.preview-notice { margin-bottom: 1.5rem; }
.preview-notice p + p { margin-top: .5rem; }
/* A new API token, shown once: the whole secret visible and selectable, in a face where 0 and O differ. */
div.success > p + p { margin-top: .5rem; }
/* The API reference: paths and shapes in a fixed face, long lines scroll inside their box, never the page. */
.api-path, .api-schema { font-family: ui-monospace, monospace; }
.api-schema { max-height: 24rem; overflow: auto; background: var(--soft); padding: .75rem; font-size: .85rem; }
.api-operation { border-top: 1px solid var(--soft); margin-top: 1.5rem; }
.token-secret { font-family: ui-monospace, monospace; font-size: .95rem; overflow-wrap: anywhere; user-select: all; }
div.notice > ul, div.success > ul { margin: .5rem 0 0; padding-left: 1.25rem; font-weight: 400; }
.kind { text-transform: uppercase; letter-spacing: .05em; font-size: .85rem; color: var(--muted); margin: 0; }
/* The small line above a heading is often the way back: a link there stands alone, so it gets a 24 px target (2.5.8). */
.kind a { display: inline-block; padding: .2rem 0; }
.event-list { list-style: none; padding: 0; display: grid; gap: 1rem; }
.event-list li { border: 1px solid var(--line); border-radius: .5rem; padding: 1rem; background: var(--soft); }
.event-list h3 { margin: .25rem 0; font-size: 1.2rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dl.facts dt { font-weight: 700; }
dl.facts dd { margin: 0; }
/* A button and a link drawn as one are the same height side by side: a <button> does not inherit the page's line-height. */
.button { display: inline-block; min-height: 2.75rem; line-height: 1.3; background: var(--accent); color: var(--accent-ink); padding: .6rem 1.2rem; border-radius: .35rem; text-decoration: none; font-weight: 700; border: 2px solid var(--accent); font-family: inherit; font-size: 1rem; cursor: pointer; }
.button-secondary { background: var(--paper); color: var(--accent); }
.button-danger { background: var(--error); border-color: var(--error); color: #fff; }
/* A row's buttons carry a verb only (the name is in their accessible name): one line, so a narrow column does not break it. */
td .button, td button { white-space: nowrap; }
.actions { display: flex; flex-wrap: wrap; gap: .75rem; align-items: center; }
/* A list of actions side by side: its bullets would sit on the links before them. */
ul.actions { list-style: none; padding-left: 0; }
.organiser-bar { display: flex; flex-wrap: wrap; align-items: center; gap: .75rem 1.5rem; padding: .25rem 0 1rem; margin-bottom: 1rem; border-bottom: 1px solid var(--line); }
.organiser-bar p { margin: 0; font-weight: 600; }
.organiser-bar ul.actions { margin: 0; flex: 1 1 auto; }
.organiser-bar form { margin: 0 0 0 auto; }
ul.attention { list-style: none; padding: 0; display: grid; gap: .5rem; }
ul.attention li { border-left: 6px solid #b35c00; background: var(--warn-bg); padding: .5rem .75rem; }
.field { margin: 1.25rem 0; }
.field label { display: block; font-weight: 700; margin-bottom: .25rem; }
.hint { color: var(--muted); margin: 0 0 .35rem; }
input:not([type=checkbox]):not([type=radio]), select, textarea { display: block; width: 100%; max-width: 32rem; min-height: 2.75rem; padding: .45rem .6rem; font: inherit; color: var(--ink); background: var(--paper); border: 2px solid var(--muted); border-radius: .25rem; }
textarea { min-height: 5rem; }
input[readonly] { background: var(--soft); border-style: dashed; }
.field-error { border-left: 5px solid var(--error); padding-left: 1rem; }
.field-error input:not([type=checkbox]):not([type=radio]), .field-error select, .field-error textarea { border-color: var(--error); }
.error-message { color: var(--error); font-weight: 700; margin: 0 0 .35rem; }
.error-summary { border: 5px solid var(--error); padding: 0 1.25rem 1rem; margin: 1.5rem 0; }
.error-summary:focus { outline: 3px solid #f0a500; outline-offset: 2px; }
.error-summary h2 { font-size: 1.25rem; margin: 1rem 0 .5rem; }
.error-summary ul { margin: 0; padding-left: 1.25rem; }
.error-summary a { color: var(--error); font-weight: 700; }
/* A fieldset is as wide as its widest content unless told otherwise, and a long legend then widens the page. */
fieldset { min-width: 0; border: 1px solid var(--line); border-radius: .35rem; margin: 1.5rem 0; padding: .25rem 1.25rem .25rem; }
legend { font-weight: 700; font-size: 1.1rem; padding: 0 .35rem; max-width: 100%; white-space: normal; }
/* A checkbox or radio button sits left of its label's first line, 24 px square (WCAG 2.2 2.5.8); notes and errors
   in the same row take the whole width above it. */
input[type=checkbox], input[type=radio] { width: 1.5rem; height: 1.5rem; margin: 0; accent-color: var(--accent); cursor: pointer; }
.choice { display: grid; grid-template-columns: 1.5rem minmax(0, 1fr); column-gap: .65rem; align-items: start; margin: .6rem 0; }
.choice > :not(input):not(label) { grid-column: 1 / -1; }
.choice > .choice-hint { grid-column: 2; margin: .1rem 0 0; }
.choice > input { margin-top: calc((1.55em - 1.5rem) / 2); }
.field .choice > label, .choice > label { display: block; font-weight: 400; margin: 0; cursor: pointer; }
/* A question answered by radios or boxes: a group of its own, looking like one field among the others. */
.question-group { border: 0; border-radius: 0; padding: 0; margin: 1.25rem 0; }
.question-group > legend { font-size: 1rem; padding: 0; margin-bottom: .25rem; }
.question-group.field-error { border-left: 5px solid var(--error); padding-left: 1rem; }
.given-answers dt { font-weight: 700; }
.given-answers dd { margin: 0 0 .75rem; }
.question-list > li { margin-bottom: 1.25rem; }
.question-list .question-label { font-weight: 700; margin: 0 0 .25rem; }
.count-table { border-collapse: collapse; margin: .5rem 0 1rem; }
.count-table th, .count-table td { text-align: left; padding: .3rem 1.5rem .3rem 0; border-bottom: 1px solid var(--line); }
.count-table td:last-child, .count-table th:last-child { text-align: right; padding-right: 0; }
.privacy { border-left: 6px solid var(--accent); background: var(--soft); padding: .25rem 1rem; margin: 1.5rem 0; }
.privacy h2 { font-size: 1.15rem; margin-top: .75rem; }
.programme { list-style: none; padding: 0; margin: 0; }
.programme li { display: grid; grid-template-columns: 7.5rem 1fr; gap: 1rem; padding: .75rem 0; border-top: 1px solid var(--line); }
.programme .time { font-variant-numeric: tabular-nums; font-weight: 700; }
.programme .slot-kind { color: var(--muted); font-size: .9rem; }
.programme p { margin: .2rem 0; }
.programme .speakers { color: var(--muted); }
.programme .add-to-calendar { font-size: .9rem; color: var(--muted); }
/* Relative, so that a row's visually hidden text is clipped by the scroller, not stretching the page beside it. */
.table-scroll { max-width: 100%; overflow-x: auto; position: relative; }
/* The quota table: a row per tier, each cell with a label of its own that only a narrow screen shows, where the rows
   stack into boxes and the column heads go. */
.tier-table { width: 100%; border-collapse: collapse; margin: .5rem 0 1rem; }
.tier-table th, .tier-table td { text-align: left; vertical-align: top; padding: .4rem .5rem .4rem 0; }
.tier-table thead th { font-size: .95rem; }
.tier-table th[scope=row] { white-space: nowrap; font-weight: 700; padding-top: .6rem; }
.tier-table input:not([type=checkbox]):not([type=radio]), .tier-table textarea { max-width: none; }
.tier-table td.field-error { border-left: 5px solid var(--error); padding-left: .5rem; }
.tier-table .cell-label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.tier-table td:nth-child(2) { width: 30%; }
.tier-table td:nth-child(3) { width: 11rem; }
.mail-list { width: 100%; border-collapse: collapse; }
.mail-list th, .mail-list td { text-align: left; border-bottom: 1px solid var(--line); padding: .5rem; vertical-align: top; }
.mail-list code { overflow-wrap: anywhere; }
.mail-body { border: 1px solid var(--line); padding: 1rem; white-space: pre-wrap; background: var(--soft); }
iframe.mail-html { width: 100%; height: 80vh; min-height: 24rem; border: 1px solid var(--line); }
.result-chart { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem 2rem; align-items: start; margin: 0 0 1.5rem; }
.result-chart svg { display: block; width: 100%; max-width: 28rem; height: auto; }
.text-answers li { margin: .4rem 0; white-space: pre-line; }
.check-in-list { list-style: none; padding: 0; }
.check-in-list li { border-bottom: 1px solid var(--line); padding: .5rem 0; }
.preserve-lines { white-space: pre-line; }
.map-scroll { margin: 0; overflow-x: auto; max-width: 40rem; }
.region-map { display: block; width: 100%; min-width: 28rem; height: auto; border: 1px solid var(--line); background: var(--soft); }
.region-border { stroke: var(--muted); stroke-width: 2; }
.region-dot { fill: var(--paper); stroke: var(--accent); stroke-width: 3; }
.region-selected { fill: var(--accent); }
.region-name, .region-county-name { paint-order: stroke; stroke: var(--soft); stroke-width: 4px; stroke-linejoin: round; }
.region-name { font-size: 14px; fill: var(--ink); } /* the sizes region-picture.ts places the names for */
.region-county-name { font-size: 13px; font-style: italic; fill: var(--muted); }
.region-legend { font-size: 13px; fill: var(--ink); }
.region-legend-rule { stroke: var(--line); stroke-width: 1; }
.anchor-middle { text-anchor: middle; }
.anchor-end { text-anchor: end; }
@media (max-width: 40rem) {
  .tier-table, .tier-table tbody, .tier-table tr, .tier-table th, .tier-table td { display: block; width: auto; }
  .tier-table thead { display: none; }
  .tier-table tr { border: 1px solid var(--line); border-radius: .35rem; padding: .25rem .75rem .5rem; margin: 0 0 .75rem; }
  .tier-table td:nth-child(2), .tier-table td:nth-child(3) { width: auto; }
  /* A wide list stacks on a phone, a box per row and each value under its column's name, instead of scrolling its
     columns out of sight (rows tall with hidden text left blank bands). The name is drawn, not read twice: the
     cell still has its column header. */
  table.stack-on-phone, .stack-on-phone > tbody, .stack-on-phone > tbody > tr, .stack-on-phone > tbody > tr > td, .stack-on-phone > tbody > tr > th { display: block; width: auto; }
  .stack-on-phone > thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .stack-on-phone > tbody > tr { border-bottom: 1px solid var(--line); padding: .5rem 0; }
  .stack-on-phone > tbody > tr > td, .stack-on-phone > tbody > tr > th { border: 0; padding: .2rem 0; text-align: left; }
  .stack-on-phone td[data-label]::before { content: attr(data-label) / ""; display: block; font-weight: 700; font-size: .9rem; color: var(--muted); }
  .stack-on-phone > caption { display: block; text-align: left; }
  .tier-table .cell-label { position: static; width: auto; height: auto; overflow: visible; clip-path: none; white-space: normal; display: block; font-weight: 700; margin-bottom: .25rem; }
}
@media (max-width: 30rem) {
  dl.facts, .programme li { grid-template-columns: 1fr; }
  dl.facts dd { margin-bottom: .5rem; }
  .programme li { gap: .25rem; }
}
@page { size: A4; margin: 15mm; }
.amount-cell { text-align: right; white-space: nowrap; }
ul.file-links { list-style: none; padding-left: 0; margin: 0; }
ul.file-links li { position: relative; }
ul.file-links a { white-space: nowrap; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media print {
  header.site, footer.site, nav, .no-print, .skip-link, .organiser-bar { display: none !important; }
  html { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  h1, h2, h3 { break-after: avoid; }
  .programme li { break-inside: avoid; }
}
`;
