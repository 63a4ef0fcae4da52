/**
 * The roadmap table's part of the site script. The page works without it; it swaps the filter
 * links for a form that filters rows in place, and makes the column headers sort the table while
 * keeping initiatives under their goals.
 * Kept as plain ES2017 in a string so the build has no bundler step.
 */
export const ROADMAP_TABLE_JS = `"use strict";
(function () {
  var form = document.getElementById("roadmap-filter");
  var table = document.getElementById("roadmap-table");
  if (!form || !table || !table.tBodies[0]) return;
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var count = document.getElementById("roadmap-count");
  var filteredPage = table.getAttribute("data-filtered") === "true";
  var fields = ["state", "owner", "team"];

  form.hidden = false;
  Array.prototype.forEach.call(document.querySelectorAll(".filter-links"), function (el) {
    el.hidden = true;
  });

  var params = new URLSearchParams(window.location.search);
  fields.forEach(function (name) {
    var value = params.get(name);
    if (value !== null && form.elements[name]) form.elements[name].value = value;
  });

  function has(list, value) {
    return (" " + list + " ").indexOf(" " + value + " ") >= 0;
  }

  function apply() {
    var want = {};
    fields.forEach(function (name) {
      want[name] = form.elements[name] ? form.elements[name].value : "";
    });
    if (filteredPage) {
      var query = new URLSearchParams();
      fields.forEach(function (name) {
        if (want[name]) query.set(name, want[name]);
      });
      var text = query.toString();
      window.location.href = form.action + (text ? "?" + text : "");
      return;
    }
    var shown = 0;
    rows.forEach(function (row) {
      var ok =
        (!want.state || row.getAttribute("data-state") === want.state) &&
        (!want.owner || has(row.getAttribute("data-owners"), want.owner)) &&
        (!want.team || has(row.getAttribute("data-teams"), want.team));
      row.hidden = !ok;
      if (ok) shown++;
    });
    if (count) count.textContent = shown + (shown === 1 ? " deliverable" : " deliverables");
    var url = new URL(window.location.href);
    fields.forEach(function (name) {
      if (want[name]) url.searchParams.set(name, want[name]);
      else url.searchParams.delete(name);
    });
    window.history.replaceState(null, "", url.toString());
  }

  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    apply();
  });
  form.addEventListener("reset", function () {
    window.setTimeout(apply, 0);
  });
  if (!filteredPage) apply();

  var STATE_ORDER = { "in-progress": 0, "help-wanted": 1, paused: 2, done: 3, none: 4 };
  var original = rows.slice();
  var keys = {
    title: function (row) {
      return row.cells[0].textContent.replace(/^\\s*↳\\s*/, "").trim().toLowerCase();
    },
    state: function (row) {
      return STATE_ORDER[row.getAttribute("data-state")];
    },
    progress: function (row) {
      return Number(row.getAttribute("data-progress"));
    },
    owners: function (row) {
      return row.cells[3].textContent.trim().toLowerCase();
    },
  };

  /** Sorts siblings only: each goal keeps its initiatives under it. */
  function sortTree(key, direction) {
    var children = {};
    original.forEach(function (row) {
      var parent = row.getAttribute("data-parent") || "";
      var known = parent && original.some(function (r) { return r.getAttribute("data-id") === parent; });
      var slot = known ? parent : "";
      (children[slot] = children[slot] || []).push(row);
    });
    var out = [];
    function visit(list) {
      var sorted = list.slice();
      if (key) {
        sorted.sort(function (a, b) {
          var x = keys[key](a);
          var y = keys[key](b);
          return (x < y ? -1 : x > y ? 1 : 0) * direction;
        });
      }
      sorted.forEach(function (row) {
        out.push(row);
        visit(children[row.getAttribute("data-id")] || []);
      });
    }
    visit(children[""] || []);
    out.forEach(function (row) {
      tbody.appendChild(row);
    });
  }

  var headers = Array.prototype.slice.call(table.querySelectorAll("th[data-sort]"));
  headers.forEach(function (th) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    while (th.firstChild) button.appendChild(th.firstChild);
    th.appendChild(button);
    button.addEventListener("click", function () {
      var current = th.getAttribute("aria-sort");
      var next = current === "ascending" ? "descending" : current === "descending" ? "none" : "ascending";
      headers.forEach(function (other) {
        other.removeAttribute("aria-sort");
      });
      if (next !== "none") th.setAttribute("aria-sort", next);
      sortTree(next === "none" ? null : th.getAttribute("data-sort"), next === "descending" ? -1 : 1);
    });
  });
})();
`;
