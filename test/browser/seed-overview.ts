import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { State } from "../../src/model/types.js";
import { sharedPath } from "../helpers/shared-corpus.js";

/** One row of seed 000's overview table, as the page it was taken from shows it. */
export interface SeedRow {
  title: string;
  state: State;
  goal: boolean;
}

/**
 * Seed 000 is stored double-encoded (its UTF-8 read as Windows-1252), so its state emoji appear
 * as these strings: ✅ 🦀 ✋ 💤 in that form.
 */
const STATE_AS_STORED: [string, State][] = [
  ["âœ…", "done"],
  ["ðŸ¦€", "in-progress"],
  ["âœ‹", "help-wanted"],
  ["ðŸ’¤", "paused"],
];
/** 🔻, which marks a goal row, stored the same way. */
const GOAL_AS_STORED = "ðŸ”»";

/**
 * The 34 rows of seed 000's "Overview" table, read independently of Waymark's own parser: one
 * table line per row, the title from its link label (or the plain text of "↳ tbd").
 */
export async function seedOverview(): Promise<SeedRow[]> {
  const dir = sharedPath("seeds");
  const name = (await readdir(dir)).find((f) => f.startsWith("000_"));
  if (!name) throw new Error(`seed 000 is missing from ${dir}`);
  const text = await readFile(join(dir, name), "utf8");
  const lines = text.slice(text.indexOf("## Overview")).split("\n");
  const table = lines.slice(lines.findIndex((l) => l.startsWith("|")));
  const rows: SeedRow[] = [];
  for (const line of table.slice(2)) {
    if (!line.startsWith("|")) break;
    const [, deliverable = "", stateCell = ""] = line.split("|");
    const state = STATE_AS_STORED.find(([stored]) => stateCell.includes(stored))?.[1];
    if (!state) throw new Error(`seed 000: no state in ${JSON.stringify(line)}`);
    const cell = deliverable.replace(/&nbsp;/g, "").trim();
    const title = cell.match(/\[([^\]]+)\]/)?.[1] ?? cell.replace(/^[^A-Za-z]*/, "");
    rows.push({ title, state, goal: cell.startsWith(GOAL_AS_STORED) });
  }
  return rows;
}
