import { STATE_EMOJI } from "../../model/markdown/state.js";
import { progressBar } from "../progress-bar.js";
import type { Paint } from "./paint.js";
import type { StatusRow } from "./status-rows.js";
import type { Cell } from "./text-table.js";

/** What the slate's Owner column says for a goal nobody owns that asks for help (seed 001). */
export const OWNER_NEEDED = "Owner needed";

/** A goal nobody owns that asks for help: the slate says "Owner needed" for it. */
export function needsOwner(row: Pick<StatusRow, "owners" | "state">): boolean {
  return row.owners.length === 0 && row.state === "help-wanted";
}

/** `Title`, or `  ↳ Title` per level of nesting, as seed 000 indents initiatives. */
export function deliverableCell(row: StatusRow, paint: Paint): Cell {
  if (row.depth === 0) return { text: row.title, paint: paint.goal };
  return { text: `${"  ".repeat(row.depth)}↳ ${row.title}` };
}

/** `🦀 in progress`: the seed's emoji, and the word for readers who do not know them. */
export function stateCell(row: StatusRow, paint: Paint): Cell {
  if (!row.state) return { text: "" };
  return {
    text: `${STATE_EMOJI[row.state]} ${row.state.replace("-", " ")}`,
    paint: paint.state[row.state],
  };
}

export function progressCell(row: StatusRow, paint: Paint): Cell {
  return { text: progressBar(row.progress ?? undefined), paint: paint.bar };
}

export function ownersCell(row: StatusRow): Cell {
  return { text: row.owners.join(", ") };
}

/** The owners, marked when they ask for help; "Owner needed" for an unowned goal that does; or blank. */
export function slateOwner(row: StatusRow): string {
  if (row.owners.length)
    return `${row.owners.join(", ")}${row.state === "help-wanted" ? " (help wanted)" : ""}`;
  return needsOwner(row) ? OWNER_NEEDED : "";
}

export function slateOwnerCell(row: StatusRow, paint: Paint): Cell {
  const text = slateOwner(row);
  return { text, paint: row.owners.length ? undefined : paint.state["help-wanted"] };
}

export function statusCell(row: StatusRow, paint: Paint): Cell {
  if (!row.status) return { text: "" };
  return { text: row.status, paint: paint.status[row.status] };
}
