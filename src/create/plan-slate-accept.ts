import type { Item, SlateStatus, Workspace } from "../model/types.js";
import { type FieldTarget, spliceField } from "./splice-field.js";

/** What the teams decided: the goals accepted, or those not accepted (the rest are accepted). */
export interface AcceptDecision {
  period: string;
  /** Goal ids accepted; when given, every other proposed goal is not accepted. */
  accept?: string[];
  /** Goal ids not accepted; the other proposed goals are. */
  reject?: string[];
}

/** One line changed in one file: a goal's status, or the period's state. */
export interface AcceptChange {
  file: string;
  /** 1-based line of the change. */
  line: number;
  /** The goal changed, or undefined for the period page. */
  goal?: string;
  field: "status" | "state";
  from: string;
  to: string;
  /** The file's whole new text. */
  text: string;
}

export type AcceptPlan =
  | { ok: true; changes: AcceptChange[]; unchanged: string[]; notes: string[] }
  | { ok: false; problem: "unknown-goal"; value: string; known: string[] }
  | { ok: false; problem: "unspliceable"; file: string; message: string };

const RPG_STATUS: Record<SlateStatus, string> = {
  proposed: "Proposed",
  accepted: "Accepted",
  provisional: "Provisional",
  "not-accepted": "Not accepted",
};

/**
 * The teams' decision on a slate as minimal edits: each proposed goal's status becomes accepted
 * or not-accepted (its front matter's `status:`, or the `Status` row of a rust-project-goals
 * metadata table), and the period page's `state:` becomes accepted. Every other byte of every
 * file stays. Pure: it takes each file's text and returns the new texts; the caller writes them.
 */
export function planSlateAccept(
  ws: Workspace,
  texts: ReadonlyMap<string, string>,
  decision: AcceptDecision,
): AcceptPlan {
  const goals = slateGoals(ws, decision.period);
  const ids = goals.map((g) => g.id);
  for (const id of [...(decision.accept ?? []), ...(decision.reject ?? [])])
    if (!ids.includes(id)) return { ok: false, problem: "unknown-goal", value: id, known: ids };
  const accepted = (goal: Item) =>
    decision.accept ? decision.accept.includes(goal.id) : !decision.reject?.includes(goal.id);
  const changes: AcceptChange[] = [];
  const unchanged: string[] = [];
  const notes: string[] = [];
  const rpg = ws.layout === "rust-project-goals";
  for (const goal of goals) {
    if (goal.status !== "proposed") {
      unchanged.push(goal.id);
      continue;
    }
    const to: SlateStatus = accepted(goal) ? "accepted" : "not-accepted";
    const target: FieldTarget = rpg
      ? { in: "metadata-table", key: "Status", value: RPG_STATUS[to] }
      : { in: "front-matter", key: "status", value: to };
    const change = splice(texts, goal.file, target, {
      goal: goal.id,
      field: "status",
      from: "proposed",
      to,
    });
    if (change && "problem" in change) return change;
    if (change) changes.push(change);
  }
  const page = ws.periods.find((p) => p.id === decision.period);
  if (rpg || !page?.file) {
    notes.push(rpg ? "rust-project-goals" : "no-page");
  } else if (page.state !== "accepted") {
    const change = splice(
      texts,
      page.file,
      { in: "front-matter", key: "state", value: "accepted" },
      { field: "state", from: page.state, to: "accepted" },
    );
    if (change && "problem" in change) return change;
    if (change) changes.push(change);
  }
  return { ok: true, changes, unchanged, notes };
}

/** The period's top goals: those whose parent is not on the same slate. */
function slateGoals(ws: Workspace, period: string): Item[] {
  const byId = new Map(ws.items.map((i) => [i.id, i] as const));
  return ws.items.filter((item) => {
    if (item.period !== period) return false;
    const parent = item.parent ? byId.get(item.parent) : undefined;
    return parent?.period !== period;
  });
}

/** One field changed in one file (each goal and the period page have a file of their own); undefined when the file already says so. */
function splice(
  texts: ReadonlyMap<string, string>,
  file: string,
  target: FieldTarget,
  what: Pick<AcceptChange, "field" | "from" | "to" | "goal">,
): AcceptChange | undefined | Extract<AcceptPlan, { problem: "unspliceable" }> {
  const before = texts.get(file);
  if (before === undefined)
    return { ok: false, problem: "unspliceable", file, message: "Unexpected missing file" };
  const result = spliceField(before, target);
  if (!result.ok) return { ok: false, problem: "unspliceable", file, message: result.message };
  if (!result.changed) return undefined;
  return { file, line: firstChangedLine(before, result.text), ...what, text: result.text };
}

function firstChangedLine(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(0, i).split("\n").length;
}
