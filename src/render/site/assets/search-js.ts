import { SEARCH_LIBRARY_INTEGRITY } from "../search/search-library.js";
import { sitePaths } from "../site-paths.js";

/**
 * The search box's part of the site script (the box is components/search-box.tsx). It shows the
 * box and adds its list and live region, and the first time it is used loads the library (/assets/minisearch.js, with its
 * integrity: the policy allows it by hash) and the documents (/search-index.json), and indexes
 * them in the page. Keys: "/" focuses the box from anywhere but a field, the arrows move through
 * the results, Enter opens one, Escape closes the list and then clears the box. The count is
 * announced in a live region. Every text from the index reaches the page through `textContent`,
 * never as HTML. Plain ES2017 in a string, as the other parts.
 */
export const SEARCH_JS = `"use strict";
(function () {
  var box = document.getElementById("site-search");
  var input = document.getElementById("site-search-input");
  if (!box || !input || !window.fetch || !window.Promise) return;
  var base = box.getAttribute("data-base") || "/";
  var LIBRARY = base + ${JSON.stringify(sitePaths.searchLibrary.slice(1))};
  var LIBRARY_INTEGRITY = ${JSON.stringify(SEARCH_LIBRARY_INTEGRITY)};
  var INDEX = base + ${JSON.stringify(sitePaths.searchIndex.slice(1))};

  function element(tag, attributes) {
    var el = document.createElement(tag);
    Object.keys(attributes).forEach(function (name) { el.setAttribute(name, attributes[name]); });
    return el;
  }
  // The live region is there from the start, so its first message is announced.
  var status = element("p", { id: "site-search-status", class: "visually-hidden", role: "status", "aria-live": "polite" });
  var popup = element("div", { id: "site-search-popup", class: "search-popup" });
  var list = element("div", { id: "site-search-results", class: "search-results", role: "listbox", "aria-label": "Results" });
  var note = element("p", { class: "search-note", "aria-hidden": "true" });
  popup.hidden = true;
  popup.appendChild(list);
  popup.appendChild(note);
  box.appendChild(status);
  box.appendChild(popup);
  var LIMIT = 10;
  var engine = null;
  var kinds = [];
  var documents = [];
  var loading = null;
  var shown = [];
  var active = -1;
  box.hidden = false;

  function loadLibrary() {
    if (window.MiniSearch) return Promise.resolve();
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = LIBRARY;
      script.integrity = LIBRARY_INTEGRITY;
      script.onload = function () { resolve(); };
      script.onerror = function () { reject(new Error("the search library did not load")); };
      document.head.appendChild(script);
    });
  }

  function loadIndex() {
    return fetch(INDEX, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) throw new Error("the search index answered " + response.status);
      return response.json();
    });
  }

  function load() {
    if (!loading) {
      say("Loading the search index…");
      loading = Promise.all([loadLibrary(), loadIndex()]).then(function (parts) {
        kinds = parts[1].kinds;
        documents = parts[1].documents;
        engine = new window.MiniSearch({
          fields: ["title", "text"],
          extractField: function (id, field) {
            var doc = documents[id];
            return field === "id" ? id : field === "title" ? doc[1] : doc[2];
          },
          searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: 0.2, combineWith: "AND" },
        });
        engine.addAll(documents.map(function (_, i) { return i; }));
      });
      loading.catch(function () {
        loading = null;
        say("Search is unavailable: its index could not be loaded.");
        open(true);
      });
    }
    return loading;
  }

  /** Writes the count both where it is announced and, for the eyes, under the results. */
  function say(text) {
    status.textContent = text;
    note.textContent = text;
  }

  function open(yes) {
    popup.hidden = !yes;
    input.setAttribute("aria-expanded", yes && shown.length ? "true" : "false");
  }

  function select(index) {
    var options = list.children;
    if (active >= 0 && options[active]) options[active].setAttribute("aria-selected", "false");
    active = index;
    if (active < 0 || !options[active]) {
      active = -1;
      input.removeAttribute("aria-activedescendant");
      return;
    }
    options[active].setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", options[active].id);
    options[active].scrollIntoView({ block: "nearest" });
  }

  function option(doc, i) {
    var item = document.createElement("div");
    item.id = "site-search-option-" + i;
    item.setAttribute("role", "option");
    item.setAttribute("aria-selected", "false");
    var title = document.createElement("span");
    title.className = "search-title";
    title.textContent = doc[1];
    var kind = document.createElement("span");
    kind.className = "search-kind";
    kind.textContent = kinds[doc[0]] || "";
    item.appendChild(title);
    item.appendChild(document.createTextNode(" "));
    item.appendChild(kind);
    if (doc[2]) {
      var text = document.createElement("span");
      text.className = "search-text";
      text.textContent = doc[2];
      item.appendChild(text);
    }
    item.addEventListener("click", function () { go(i); });
    return item;
  }

  function update() {
    var query = input.value.trim();
    select(-1);
    list.textContent = "";
    shown = [];
    if (!query) {
      say("");
      open(false);
      return;
    }
    var found = engine.search(query);
    shown = found.slice(0, LIMIT).map(function (result) { return documents[result.id]; });
    shown.forEach(function (doc, i) { list.appendChild(option(doc, i)); });
    list.hidden = !shown.length;
    var total = found.length;
    say(
      total === 0 ? "No results." :
      total === 1 ? "1 result." :
      total > LIMIT ? total + " results, the first " + LIMIT + " shown." :
      total + " results."
    );
    open(document.activeElement === input);
  }

  function go(i) {
    var doc = shown[i];
    if (doc) window.location.href = base + doc[3];
  }

  function refresh() {
    load().then(update, function () {});
  }

  input.addEventListener("focus", function () {
    if (input.value.trim()) refresh();
    else load().catch(function () {});
  });
  input.addEventListener("input", refresh);
  input.addEventListener("keydown", function (event) {
    var n = shown.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!n) return;
      if (popup.hidden) open(true);
      var step = event.key === "ArrowDown" ? 1 : -1;
      select(active < 0 ? (step > 0 ? 0 : n - 1) : (active + step + n) % n);
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (n) go(active >= 0 ? active : 0);
    } else if (event.key === "Escape") {
      event.preventDefault();
      if (!popup.hidden) {
        select(-1);
        open(false);
      } else if (input.value) {
        input.value = "";
        update();
      }
    }
  });
  // A click on a result must not blur the box first, or the list would close under the pointer.
  popup.addEventListener("mousedown", function (event) { event.preventDefault(); });
  box.addEventListener("focusout", function (event) {
    if (!event.relatedTarget || !box.contains(event.relatedTarget)) {
      select(-1);
      open(false);
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    var target = event.target;
    var tag = target && target.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable)) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
})();
`;
