import { useShell } from "../shell.js";

/**
 * The search box in every page's header: an ARIA 1.2 combobox. It is `hidden` until site.js
 * shows it and adds its list and live region (assets/search-js.ts), which keeps every page a
 * few hundred bytes lighter: without JavaScript there is no search, and the header shows only
 * what works (the navigation reaches every page).
 */
export function SearchBox() {
  const shell = useShell();
  return (
    <search id="site-search" class="site-search" hidden data-base={shell.data.base}>
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
        aria-keyshortcuts="/"
        autocomplete="off"
        spellcheck={false}
        placeholder="Search"
      />
      <span class="search-key" aria-hidden="true">
        /
      </span>
    </search>
  );
}
