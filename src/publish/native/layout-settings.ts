import { RULES } from "../../check/all-rules.js";
import { implicitReferences } from "../../check/implicit-labels.js";
import { runCheck } from "../../check/run-check.js";
import { fileSpan } from "../../diagnostics/diagnostic.js";
import { CONFIG_FILE } from "../../model/layouts/waymark/build-config.js";
import type { Config, RuleLevel, Workspace } from "../../model/types.js";

/**
 * What an adapted layout does implicitly, as a native workspace says it in waymark.yaml, so that
 * the import checks as its source did: the reference labels the layout's renderer defines
 * (`references:`), and the lower severity Waymark gives defects in content it does not own
 * (`rules:`). A native source says these itself, and gets nothing added.
 */
export interface LayoutSettings {
  references: NonNullable<Config["references"]>;
  rules: NonNullable<Config["rules"]>;
  /** Comments for waymark.yaml, by top-level key: why these settings are there. */
  comments: Record<string, string>;
}

export function layoutSettings(ws: Workspace): LayoutSettings {
  const references = implicitReferences(ws);
  const rules: LayoutSettings["rules"] = new Map();
  const findings = new Map<string, number>();
  const comments: Record<string, string> = {};
  if (ws.layout === "waymark") return { references, rules, comments };
  const span = fileSpan(CONFIG_FILE);
  const lowered = new Map(
    RULES.filter((r) => r.foreignSeverity && r.foreignSeverity !== r.severity).map((r) => [
      r.id,
      r.foreignSeverity as RuleLevel,
    ]),
  );
  for (const d of runCheck(ws, [], { rules: RULES.filter((r) => lowered.has(r.id)) }))
    findings.set(d.ruleId, (findings.get(d.ruleId) ?? 0) + 1);
  for (const [id, level] of lowered)
    if (findings.has(id) && !ws.config.rules?.has(id)) rules.set(id, { level, span });
  if (references.size) comments.references = referencesComment(ws.layout);
  if (rules.size) comments.rules = rulesComment(ws.layout, [...rules.keys()], findings);
  return { references, rules, comments };
}

function referencesComment(layout: string): string {
  return [
    `Labels the ${layout} book defines on every page itself (badges, team names, issue and`,
    "RFC numbers), so its pages use them without a definition of their own.",
  ].join("\n");
}

function rulesComment(layout: string, ids: string[], findings: Map<string, number>): string {
  const counts = ids.map((id) => `${findings.get(id)} ${id}`);
  const listed =
    counts.length > 1 ? `${counts.slice(0, -1).join(", ")} and ${counts.at(-1)}` : counts[0];
  return [
    `Imported from a ${layout} checkout, where Waymark reports defects in content it does`,
    `not own as warnings. The source has ${listed} findings`,
    "(`waymark check` lists them); these settings keep them warnings. Fix them, then delete",
    "a rule's line, or set it to `error`, to check this workspace as strictly as any other.",
  ].join("\n");
}
