import { CHART_CSS } from "../../charts/chart-css.js";
import { BOARD_CSS } from "./board-css.js";
import { SEARCH_CSS } from "./search-css.js";

/**
 * The site's one stylesheet, served as /assets/site.css: system fonts, readable measure, a dark
 * scheme that follows the reader's setting, layouts that fold down to a phone, and a print sheet.
 * Colours are chosen for WCAG AA contrast in both schemes.
 */
export const SITE_CSS = `:root {
  color-scheme: light dark;
  --bg: #ffffff;
  --fg: #1f2328;
  --muted: #57606a;
  --surface: #f6f8fa;
  --border: #d0d7de;
  --link: #0550ae;
  --accent: #8250df;
  --focus: #0969da;
  --done-bg: #dafbe1;
  --done-fg: #116329;
  --progress-bg: #fff1e5;
  --progress-fg: #953800;
  --help-bg: #fff8c5;
  --help-fg: #6e4b00;
  --paused-bg: #eaeef2;
  --paused-fg: #424a53;
  --bar-on: #1a7f37;
  --bar-off: #d0d7de;
  --warn-bg: #fff8c5;
  --warn-border: #bf8700;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans",
    "Liberation Sans", Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji";
  line-height: 1.6;
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}

@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117;
    --fg: #e6edf3;
    --muted: #9da7b3;
    --surface: #161b22;
    --border: #3d444d;
    --link: #6cb6ff;
    --accent: #c297ff;
    --focus: #58a6ff;
    --done-bg: #12361f;
    --done-fg: #7ee2a0;
    --progress-bg: #3d2410;
    --progress-fg: #ffb77c;
    --help-bg: #3b2e05;
    --help-fg: #f2d36b;
    --paused-bg: #262c36;
    --paused-fg: #c9d1d9;
    --bar-on: #3fb950;
    --bar-off: #3d444d;
    --warn-bg: #2f2604;
    --warn-border: #d29922;
  }
}

*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
html { background: var(--bg); color: var(--fg); }
body { margin: 0; font-size: 1rem; }
main { max-width: 62rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
h1, h2, h3 { line-height: 1.25; margin: 1.8em 0 0.6em; }
h1 { font-size: 2rem; margin-top: 0.5rem; }
h2 { font-size: 1.45rem; border-bottom: 1px solid var(--border); padding-bottom: 0.25em; }
h3 { font-size: 1.15rem; }
p, ul, ol, dl, table, pre, blockquote { margin: 0 0 1rem; }
a { color: var(--link); text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
code, pre { font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.9em; }
code { background: var(--surface); padding: 0.1em 0.3em; border-radius: 4px; }
pre { background: var(--surface); padding: 0.8rem 1rem; overflow-x: auto; border-radius: 6px; }
pre code { background: none; padding: 0; }
blockquote { margin-left: 0; padding: 0.2rem 1rem; border-left: 4px solid var(--border); color: var(--muted); }
img { max-width: 100%; height: auto; }
.lead { font-size: 1.1rem; }
.muted { color: var(--muted); }

.visually-hidden, .sr-only {
  position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.skip-link { position: absolute; left: 0.5rem; top: -3rem; background: var(--bg); padding: 0.5rem 1rem; z-index: 10; }
.skip-link:focus { top: 0.5rem; }

.site-header {
  display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1.5rem;
  padding: 0.75rem 1.25rem; border-bottom: 1px solid var(--border); background: var(--surface);
}
.brand { font-weight: 700; color: var(--fg); text-decoration: none; font-size: 1.1rem; }
.site-header ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; margin: 0; padding: 0; }
.site-header a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
.site-footer { max-width: 62rem; margin: 0 auto; padding: 1rem 1.25rem 2rem; color: var(--muted); border-top: 1px solid var(--border); font-size: 0.9rem; }

.breadcrumbs ol { display: flex; flex-wrap: wrap; list-style: none; padding: 0; margin: 0; font-size: 0.9rem; }
.breadcrumbs li + li::before { content: "›"; padding: 0 0.5em; color: var(--muted); }

.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 0.75rem 1.5rem;
  background: var(--surface); border: 1px solid var(--border); border-radius: 8px; padding: 1rem 1.25rem; }
.facts div { min-width: 0; }
.facts dt { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
.facts dd { margin: 0.1rem 0 0; overflow-wrap: anywhere; }
.inline-list { list-style: none; padding: 0; margin: 0; }

.table-wrap { overflow-x: auto; margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
th, td { text-align: left; vertical-align: top; padding: 0.45rem 0.6rem; border-bottom: 1px solid var(--border); }
thead th { background: var(--surface); font-weight: 600; white-space: nowrap; }
tbody th { font-weight: 400; }
tr.goal-row th { font-weight: 600; }
tfoot th, tfoot td { font-weight: 600; }
.deliverable.depth-1 { padding-left: 1.6rem; }
.deliverable.depth-2 { padding-left: 2.8rem; }
.deliverable.depth-3, .deliverable.depth-4 { padding-left: 4rem; }
.nest { color: var(--muted); }
.parent-note { color: var(--muted); font-size: 0.85rem; }
th[aria-sort] .sort::after { content: " ▲"; font-size: 0.75em; }
th[aria-sort="descending"] .sort::after { content: " ▼"; }
.sort { font: inherit; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; text-decoration: underline dotted; }

.state, .status, .kind, .tag {
  display: inline-block; padding: 0.05rem 0.5rem; border-radius: 999px; font-size: 0.85rem; white-space: nowrap;
  background: var(--paused-bg); color: var(--paused-fg);
}
.state-done { background: var(--done-bg); color: var(--done-fg); }
.state-in-progress { background: var(--progress-bg); color: var(--progress-fg); }
.state-help-wanted { background: var(--help-bg); color: var(--help-fg); font-weight: 600; }
.state-paused { background: var(--paused-bg); color: var(--paused-fg); }
.status-accepted { background: var(--done-bg); color: var(--done-fg); }
.status-proposed, .status-provisional { background: var(--help-bg); color: var(--help-fg); }
.status-not-accepted { background: var(--paused-bg); color: var(--paused-fg); text-decoration: line-through; }
.kind-shiny-future { background: var(--done-bg); color: var(--done-fg); }
.kind-status-quo { background: var(--progress-bg); color: var(--progress-fg); }
.tag { margin-left: 0.4rem; font-size: 0.75rem; }
.group-status { font-weight: 600; }

.progress { display: inline-flex; align-items: center; gap: 0.4rem; white-space: nowrap; }
.progress .bar { display: inline-flex; gap: 2px; }
.progress .seg { display: inline-block; width: 0.7rem; height: 0.7rem; border-radius: 2px; background: var(--bar-off); }
.progress .seg.on { background: var(--bar-on); }
.provenance { display: block; font-size: 0.8rem; color: var(--muted); }
.stale-mark { display: inline-block; padding: 0 0.4rem; border-radius: 999px; font-size: 0.8rem; background: var(--progress-bg); color: var(--progress-fg); white-space: nowrap; }
.progress .count { font-variant-numeric: tabular-nums; color: var(--muted); font-size: 0.85rem; }
.progress-none { color: var(--muted); font-size: 0.85rem; }

.callout { border: 1px solid var(--border); border-left: 4px solid var(--accent); border-radius: 6px;
  padding: 0.75rem 1rem; margin: 1rem 0; background: var(--surface); }
.callout h2 { border: 0; margin-top: 0.2rem; font-size: 1.15rem; }
.callout.help-wanted { border-left-color: var(--warn-border); background: var(--warn-bg); }
.owner-needed { color: var(--help-fg); font-weight: 600; }
.banner { padding: 0.75rem 1rem; border-radius: 6px; border: 1px solid var(--warn-border); background: var(--warn-bg); margin: 0 0 1.25rem; }
.warning-text { color: var(--help-fg); }
tr.uncovered th, tr.uncovered td { background: var(--warn-bg); }
.matrix td { text-align: center; }
.schedule tr[aria-current] th, .schedule tr[aria-current] td { background: var(--progress-bg); font-weight: 600; }
.phase-past td, .phase-past th { color: var(--muted); }

.filters { margin: 1rem 0; }
.filters h2 { font-size: 1rem; border: 0; margin: 0 0 0.4rem; }
.filter-links ul { display: flex; flex-wrap: wrap; gap: 0.3rem 0.9rem; list-style: none; padding: 0; margin: 0 0 0.5rem; }
.filter-links a[aria-current="page"] { font-weight: 700; }
.filter-more { display: flex; flex-wrap: wrap; gap: 0 2rem; }
.filter-form { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: end; }
.filter-form label { display: flex; flex-direction: column; font-size: 0.85rem; color: var(--muted); }
.filter-form select, .filter-form button { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--border); border-radius: 6px; padding: 0.3rem 0.5rem; }
.row-count { color: var(--muted); font-size: 0.9rem; }
.checklist { list-style: none; padding-left: 0; }
.checklist li { margin: 0.3rem 0; }
.cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem; }
.card { border: 1px solid var(--border); border-radius: 8px; padding: 0 1rem 0.5rem; background: var(--surface); }
.card h3 { margin-top: 0.8rem; }
.story-list { padding-left: 1.2rem; }
.story-list li { margin: 0.2rem 0; }
${SEARCH_CSS}

@media (max-width: 40rem) {
  main { padding: 1rem 0.9rem 2rem; }
  h1 { font-size: 1.6rem; }
  .site-header { padding: 0.6rem 0.9rem; }
  th, td { padding: 0.4rem 0.4rem; }
  .deliverable.depth-1 { padding-left: 1rem; }
  .deliverable.depth-2, .deliverable.depth-3, .deliverable.depth-4 { padding-left: 1.6rem; }
  table.roadmap thead { display: none; }
  table.roadmap tr { display: grid; grid-template-columns: 1fr auto; border-bottom: 1px solid var(--border); padding: 0.3rem 0; }
  table.roadmap th, table.roadmap td { border: 0; }
  table.roadmap th { grid-column: 1 / -1; }
}

@media print {
  :root { --bg: #fff; --fg: #000; --muted: #333; --surface: #fff; --link: #000; }
  .site-header nav, .site-search, .skip-link, .filters, .site-footer { display: none; }
  main { max-width: none; padding: 0; }
  a { text-decoration: none; }
  .prose a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.8em; color: #333; }
  h2, h3 { break-after: avoid; }
  tr, .card, .callout { break-inside: avoid; }
  .table-wrap { overflow: visible; }
  .progress .seg { border: 1px solid #000; }
  .progress .seg.on { background: #000; }
}
${CHART_CSS}${BOARD_CSS}`;
