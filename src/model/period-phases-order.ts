import type { Diagnostic, Span } from "../diagnostics/diagnostic.js";
import { spanAt } from "../load/parse-yaml.js";
import { PERIOD_PHASES, type PhaseDates } from "./period-phases.js";
import type { Spans } from "./types.js";

const ORDER = PERIOD_PHASES.join(", ");

/**
 * A period's phases follow each other: each starts on or after the one before it. A date out of
 * order is reported at the date itself (`phases.review` in the file's front matter or
 * waymark.yaml), naming the earlier phase it comes before.
 */
export function phaseOrderDiagnostics(
  phases: PhaseDates | undefined,
  spans: Spans,
  path: string,
  fallback: Span,
): Diagnostic[] {
  if (!phases) return [];
  const out: Diagnostic[] = [];
  let latest: { id: string; date: string } | undefined;
  for (const id of PERIOD_PHASES) {
    const date = phases[id];
    if (date === undefined) continue;
    if (latest && date < latest.date) {
      out.push({
        ruleId: "phase-order",
        severity: "error",
        span: spanAt(spans, `${path}.${id}`, fallback),
        message: `Unexpected \`${id}\` date ${date} before \`${latest.id}\` (${latest.date}), expected the phases in the order ${ORDER}`,
        hint: `Fix the date: \`${id}\` starts when \`${latest.id}\` ends, so on or after ${latest.date}.`,
      });
      continue;
    }
    latest = { id, date };
  }
  return out;
}
