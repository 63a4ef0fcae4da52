/**
 * `waymark serve`'s own script, never part of a built site: serve adds it to each page it sends
 * (with its hash in the policy). It listens to the server's events (`data-events`) and
 *   - reloads the page when the site was loaded again since the page was served (the version
 *     the page was served at is `data-version`; each load has a new one);
 *   - shows a banner while the last reload failed, the watcher failed or the workspace has
 *     errors, listing each error's place, rule id and message. Text goes in with textContent,
 *     so nothing from a file becomes markup. Styles are set through the CSSOM, which the
 *     policy allows (no style attribute, no stylesheet of its own).
 * Plain ES2017 in a string, as the site's script is.
 */
export const LIVE_RELOAD_JS = `"use strict";
(function () {
  var script = document.currentScript;
  if (!script || typeof EventSource !== "function") return;
  var version = script.getAttribute("data-version");
  var source = new EventSource(script.getAttribute("data-events"));
  var banner = null;

  function line(parent, tag, text) {
    var el = document.createElement(tag);
    el.textContent = text;
    parent.appendChild(el);
    return el;
  }

  function show(state) {
    var problems = state.problems || [];
    var errors = state.errors || [];
    if (!problems.length && !errors.length) {
      if (banner) banner.remove();
      banner = null;
      return;
    }
    if (!banner) {
      banner = document.createElement("section");
      banner.id = "waymark-live-banner";
      banner.setAttribute("role", "alert");
      var s = banner.style;
      s.position = "sticky";
      s.top = "0";
      s.zIndex = "1000";
      s.margin = "0";
      s.padding = "0.75rem 1rem";
      s.background = "#7f1d1d";
      s.color = "#ffffff";
      s.font = "14px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace";
      s.whiteSpace = "pre-wrap";
      document.body.insertBefore(banner, document.body.firstChild);
    }
    banner.textContent = "";
    problems.forEach(function (p) {
      line(banner, "p", "waymark serve: " + p);
    });
    if (errors.length) {
      line(banner, "p", state.errorCount + (state.errorCount === 1 ? " error" : " errors") +
        " in the workspace, until fixed:");
      var list = document.createElement("ul");
      errors.forEach(function (d) {
        line(list, "li", d.file + ":" + d.line + ":" + d.column + " " + d.ruleId + " " + d.message);
      });
      if (state.errorCount > errors.length)
        line(list, "li", "… and " + (state.errorCount - errors.length) + " more: see the terminal");
      banner.appendChild(list);
    }
  }

  source.addEventListener("state", function (event) {
    var state = JSON.parse(event.data);
    if (String(state.version) !== version) {
      source.close();
      window.location.reload();
      return;
    }
    show(state);
  });
})();
`;
