/**
 * The triage board's part of the site script. It acts only on a board that `waymark serve`
 * made writable (the static site's board has no token and stays read-only). A card moves by drag
 * and drop or by its "Move to…" button; both open one dialog that names the labels that will
 * change, and only its Move button posts the move. The card moves at once and goes back if the
 * server reports a failure; a move that worked offers Undo. Every outcome is announced in the
 * status or alert region. Kept as plain ES2017 in a string so the build has no bundler step.
 */
export const BOARD_JS = `"use strict";
(function () {
  var board = document.getElementById("triage-board");
  if (!board || board.getAttribute("data-writable") !== "true") return;
  var dialog = document.getElementById("board-dialog");
  var status = document.getElementById("board-status");
  var alertBox = document.getElementById("board-error");
  if (!dialog || !status || !alertBox || typeof dialog.showModal !== "function") return;
  var token = board.getAttribute("data-csrf");
  var message = status.querySelector("[data-message]");
  var undoButton = status.querySelector(".board-undo");
  var form = dialog.querySelector("form");
  var titles = {};
  var labels = {};
  var columns = Array.prototype.slice.call(board.querySelectorAll("[data-column]"));
  columns.forEach(function (column) {
    var id = column.getAttribute("data-column");
    titles[id] = column.querySelector("h2").firstChild.textContent.trim();
    labels[id] = column.getAttribute("data-label");
  });
  var pending = null;
  var undoId = null;
  var dragged = null;

  function columnOf(card) {
    return card.closest("[data-column]");
  }
  function carried(card) {
    var text = card.getAttribute("data-carried");
    return text ? text.split("\\n") : [];
  }
  function listOf(id) {
    return board.querySelector('[data-column="' + id + '"] .board-cards');
  }
  function recount() {
    columns.forEach(function (column) {
      var n = column.querySelectorAll(".board-card").length;
      column.querySelector("[data-count]").textContent = String(n);
      var none = column.querySelector(".board-none");
      if (none) none.hidden = n > 0;
    });
  }
  function say(text) {
    alertBox.textContent = "";
    message.textContent = text;
  }
  function fail(text) {
    message.textContent = "";
    undoButton.hidden = true;
    alertBox.textContent = text;
  }
  /** The label changes a move makes, as the server will plan them, for the dialog to name. */
  function plan(card, to) {
    var have = carried(card);
    var want = labels[to];
    var add = want && !have.some(function (l) { return l.toLowerCase() === want.toLowerCase(); }) ? [want] : [];
    var remove = have.filter(function (l) { return !want || l.toLowerCase() !== want.toLowerCase(); });
    var parts = [];
    if (add.length) parts.push("adds " + add.join(", "));
    if (remove.length) parts.push("removes " + remove.join(", "));
    return parts.length ? "On GitHub this " + parts.join(" and ") + "." : "No label changes.";
  }

  function open(card, to) {
    pending = card;
    var from = columnOf(card).getAttribute("data-column");
    dialog.querySelector("[data-issue]").textContent = card.getAttribute("data-issue");
    var radios = Array.prototype.slice.call(form.elements.to);
    var choice = to && to !== from ? to : null;
    radios.forEach(function (radio) {
      radio.disabled = radio.value === from;
      radio.checked = false;
      if (!choice && !radio.disabled) choice = radio.value;
    });
    form.elements.to.value = choice;
    dialog.querySelector("[data-plan]").textContent = plan(card, choice);
    dialog.returnValue = "";
    dialog.showModal();
    var checked = form.querySelector("input[name=to]:checked");
    (checked || form.querySelector("button")).focus();
  }
  form.addEventListener("change", function () {
    if (pending) dialog.querySelector("[data-plan]").textContent = plan(pending, form.elements.to.value);
  });
  form.addEventListener("submit", function (event) {
    var confirm = event.submitter && event.submitter.value === "confirm";
    var card = pending;
    var to = form.elements.to.value;
    pending = null;
    if (!card) return;
    if (confirm && to) {
      // Closed by hand: the dialog's own close would return focus before the card has moved.
      event.preventDefault();
      dialog.close("confirm");
      move(card, to);
    } else {
      window.setTimeout(function () { card.querySelector(".board-move").focus(); }, 0);
    }
  });
  dialog.addEventListener("cancel", function () {
    var card = pending;
    pending = null;
    if (card) window.setTimeout(function () { card.querySelector(".board-move").focus(); }, 0);
  });

  function post(url, body) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json", "x-waymark-csrf": token },
      body: JSON.stringify(body),
    }).then(function (response) {
      return response.json().catch(function () {
        return { ok: false, message: "The server answered " + response.status + "." };
      });
    }, function () {
      return { ok: false, message: "Could not reach waymark serve: is it still running?" };
    });
  }
  /** Puts a card in a column, keeping the column's order by issue key. */
  function place(card, id) {
    var list = listOf(id);
    var key = card.getAttribute("data-issue");
    var after = Array.prototype.slice.call(list.children).filter(function (other) {
      return other !== card && other.getAttribute("data-issue") > key;
    })[0];
    list.insertBefore(card, after || null);
    recount();
    card.querySelector(".board-move").focus();
  }
  function settle(card, answer, fallback) {
    card.removeAttribute("aria-busy");
    if (answer.carried) card.setAttribute("data-carried", answer.carried.join("\\n"));
    place(card, answer["class"] || fallback);
  }

  function move(card, to) {
    var from = columnOf(card).getAttribute("data-column");
    var key = card.getAttribute("data-issue");
    card.setAttribute("aria-busy", "true");
    place(card, to);
    say("Moving " + key + " to " + titles[to] + "…");
    undoButton.hidden = true;
    post(board.getAttribute("data-move"), { issue: key, to: to }).then(function (answer) {
      settle(card, answer, from);
      if (!answer.ok) return fail(answer.message + " " + key + " stays in " + titles[answer["class"] || from] + ".");
      undoId = answer.undo || null;
      say(answer.message);
      undoButton.hidden = !undoId;
    });
  }
  undoButton.addEventListener("click", function () {
    if (!undoId) return;
    var id = undoId;
    undoId = null;
    undoButton.hidden = true;
    say("Undoing…");
    post(board.getAttribute("data-undo"), { undo: id }).then(function (answer) {
      var card = answer.issue && board.querySelector('[data-issue="' + CSS.escape(answer.issue) + '"]');
      if (card) settle(card, answer, columnOf(card).getAttribute("data-column"));
      if (!answer.ok) return fail(answer.message);
      say(answer.message);
    });
  });

  Array.prototype.forEach.call(board.querySelectorAll(".board-card"), function (card) {
    var button = card.querySelector(".board-move");
    button.hidden = false;
    button.addEventListener("click", function () { open(card, null); });
    card.setAttribute("draggable", "true");
    card.addEventListener("dragstart", function (event) {
      dragged = card;
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData("text/plain", card.getAttribute("data-issue"));
    });
    card.addEventListener("dragend", function () {
      dragged = null;
      columns.forEach(function (c) { c.classList.remove("board-drop"); });
    });
  });
  columns.forEach(function (column) {
    column.addEventListener("dragover", function (event) {
      if (!dragged || columnOf(dragged) === column) return;
      event.preventDefault();
      column.classList.add("board-drop");
    });
    column.addEventListener("dragleave", function (event) {
      if (!column.contains(event.relatedTarget)) column.classList.remove("board-drop");
    });
    column.addEventListener("drop", function (event) {
      event.preventDefault();
      column.classList.remove("board-drop");
      if (dragged && columnOf(dragged) !== column) open(dragged, column.getAttribute("data-column"));
    });
  });
})();
`;
