/**
 * The search box in the header and its list of results (components/search-box.tsx), joined into
 * the site's one stylesheet. The list floats under the box, over the page, and on a phone takes
 * the header's width; colours come from the site's variables, so dark mode follows.
 */
export const SEARCH_CSS = `
.site-search { position: relative; margin-left: auto; }
.site-search input {
  font: inherit; font-size: 0.95rem; width: 16rem; max-width: 100%; padding: 0.3rem 2rem 0.3rem 0.6rem;
  color: var(--fg); background: var(--bg); border: 1px solid var(--border); border-radius: 6px;
}
.site-search input::placeholder { color: var(--muted); opacity: 1; }
.search-key {
  position: absolute; right: 0.45rem; top: 50%; transform: translateY(-50%); pointer-events: none;
  font: 0.8rem ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: var(--muted);
  border: 1px solid var(--border); border-radius: 4px; padding: 0 0.3rem; line-height: 1.3;
}
.site-search input:focus + .search-key, .site-search input:not(:placeholder-shown) + .search-key { display: none; }
.search-popup {
  position: absolute; right: 0; top: calc(100% + 0.3rem); z-index: 20; width: 30rem; max-width: calc(100vw - 1.5rem);
  background: var(--bg); color: var(--fg);
  border: 1px solid var(--border); border-radius: 8px; box-shadow: 0 8px 24px rgba(0, 0, 0, 0.2);
}
.search-results { padding: 0.25rem 0; }
.search-results [role="option"] { padding: 0.45rem 0.8rem; cursor: pointer; border-left: 3px solid transparent; }
.search-results [role="option"]:hover { background: var(--surface); }
.search-results [role="option"][aria-selected="true"] { background: var(--surface); border-left-color: var(--focus); }
.search-title { font-weight: 600; color: var(--link); overflow-wrap: anywhere; }
.search-kind {
  display: inline-block; margin-left: 0.3rem; padding: 0 0.45rem; border-radius: 999px; font-size: 0.75rem;
  background: var(--paused-bg); color: var(--paused-fg); white-space: nowrap;
}
.search-text { display: block; font-size: 0.85rem; color: var(--muted); overflow-wrap: anywhere; }
.search-note { margin: 0; padding: 0.4rem 0.8rem; font-size: 0.85rem; color: var(--muted); border-top: 1px solid var(--border); }
.search-note:empty { display: none; }
.search-results[hidden] + .search-note { border-top: 0; }

@media (max-width: 40rem) {
  .site-search { flex: 1 1 100%; margin-left: 0; }
  .site-search input { width: 100%; }
  .search-popup { left: 0; right: 0; width: auto; max-width: none; }
}
`;
