import { SEARCH_LIBRARY_INTEGRITY } from "../search/search-library.js";
import { useShell } from "../shell.js";
import { sitePaths } from "../site-paths.js";

/**
 * The search box in every page's header: an ARIA 1.2 combobox whose listbox site.js fills from
 * /search-index.json. It is `hidden` until the script shows it: without JavaScript there is no
 * search, and the header shows only what works (the navigation reaches every page).
 */
export function SearchBox() {
  const shell = useShell();
  return (
    <search
      id="site-search"
      class="site-search"
      hidden
      data-base={shell.data.base}
      data-index={shell.href(sitePaths.searchIndex)}
      data-library={shell.href(sitePaths.searchLibrary)}
      data-library-integrity={SEARCH_LIBRARY_INTEGRITY}
    >
      <label for="site-search-input" class="visually-hidden">
        Search goals, stories and pages
      </label>
      <input
        id="site-search-input"
        type="text"
        enterkeyhint="go"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded="false"
        aria-controls="site-search-results"
        aria-describedby="site-search-hint"
        aria-keyshortcuts="/"
        autocomplete="off"
        spellcheck={false}
        placeholder="Search"
      />
      <kbd id="site-search-hint" class="search-key" title="Press / to search">
        <span class="visually-hidden">Shortcut: </span>/
      </kbd>
      <p id="site-search-status" class="visually-hidden" role="status" aria-live="polite" />
      <div id="site-search-popup" class="search-popup" hidden>
        <div id="site-search-results" class="search-results" role="listbox" aria-label="Results" />
        <p class="search-note" aria-hidden="true" />
      </div>
    </search>
  );
}
