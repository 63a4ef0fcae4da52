/**
 * The charts' part of the site's stylesheet. Every colour is a variable of the site's light or dark
 * scheme, so a chart follows the reader's setting; lines differ by dash and by legend words too,
 * never by colour alone. SVG text is `currentColor`, the page's own text colour.
 */
export const CHART_CSS = `
.chart { margin: 1rem 0 1.5rem; max-width: 44rem; }
.chart-svg { display: block; width: 100%; height: auto; color: var(--fg); overflow: visible; }
.chart-svg .axis text, .chart-svg .marker-label, .chart-svg .bar-label { fill: var(--muted); }
.chart-svg .grid { stroke: var(--border); stroke-width: 1; }
.chart-svg .line { fill: none; stroke-width: 2.5; stroke-linejoin: round; }
.chart-svg .line-done, .chart-svg .line-focus { stroke: var(--bar-on); }
.chart-svg .line-total { stroke: var(--muted); stroke-dasharray: 2 3; }
.chart-svg .line-forecast { stroke: var(--accent); stroke-dasharray: 7 4; }
.chart-svg .forecast-range { fill: var(--accent); fill-opacity: 0.15; }
.chart-svg .marker { stroke: var(--warn-border); stroke-width: 1.5; stroke-dasharray: 4 3; }
.chart-svg .band { fill: var(--surface); stroke: var(--link); stroke-width: 1; stroke-dasharray: 3 3; }
.chart-svg .bar { fill: var(--link); }
.chart-legend { display: flex; flex-wrap: wrap; gap: 0.2rem 1.2rem; list-style: none; padding: 0; margin: 0.4rem 0; font-size: 0.9rem; }
.swatch { display: inline-block; width: 1.4rem; height: 0; border-top: 3px solid var(--muted); vertical-align: middle; }
.swatch-done, .swatch-focus { border-top-color: var(--bar-on); }
.swatch-total { border-top-style: dotted; }
.swatch-forecast { border-top: 3px dashed var(--accent); }
.swatch-range { height: 0.8rem; border: 0; background: var(--accent); opacity: 0.3; }
.swatch-marker-end { border-top: 2px dashed var(--warn-border); }
.swatch-limit { height: 0.8rem; border: 1px dashed var(--link); background: var(--surface); }
.swatch-bar { height: 0.8rem; border: 0; background: var(--link); }
.chart details { margin-top: 0.4rem; }
.chart figcaption p { margin: 0.3rem 0; }
.risk { display: inline-block; padding: 0 0.4rem; border-radius: 999px; font-size: 0.85rem; white-space: nowrap; }
.risk-off-track { background: var(--warn-bg); color: var(--help-fg); font-weight: 600; }
.risk-at-risk { background: var(--progress-bg); color: var(--progress-fg); }
`;
