import type { Cache } from "../cache/open-cache.js";
import { type AreaIssue, type Forge, ForgeError, parseIssueKey } from "../forge.js";
import type { LabelWrite } from "./plan-label-writes.js";

export interface ApplyResult {
  runId: number;
  done: LabelWrite[];
  /** The write that failed, with the forge's words; the writes after it were not tried. */
  failed?: { write: LabelWrite; message: string };
}

/**
 * Makes the planned label writes one at a time and records each in the cache's audit log
 * (`triage_write`) as it happens: a write GitHub confirmed is logged done and the cached issue's
 * labels follow it, in one transaction; a write that failed is logged failed and ends the run,
 * with nothing after it tried and nothing it did not make recorded as made. Only a run that got
 * through is marked finished, which is what later reports count closed focus issues from.
 */
export async function applyLabelWrites(
  forge: Forge,
  db: Cache,
  writes: LabelWrite[],
  now: () => Date = () => new Date(),
): Promise<ApplyResult> {
  const { id: runId } = await db
    .insertInto("triage_run")
    .values({ started_at: now().toISOString(), planned: writes.length, done: 0, failed: 0 })
    .returning("id")
    .executeTakeFirstOrThrow();
  const done: LabelWrite[] = [];
  for (const write of writes) {
    const ref = parseIssueKey(write.issue);
    let error: string | undefined;
    try {
      if (!ref) throw new ForgeError(`Unexpected issue key ${write.issue}`);
      if (write.action === "add") await forge.addLabels(ref, [write.label]);
      else await forge.removeLabel(ref, write.label);
    } catch (failure) {
      if (!(failure instanceof ForgeError)) throw failure;
      // Removing a label that is already gone leaves the issue as planned.
      if (!(write.action === "remove" && failure.status === 404)) error = failure.message;
    }
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto("triage_write")
        .values({
          run_id: runId,
          at: now().toISOString(),
          issue: write.issue,
          action: write.action,
          label: write.label,
          outcome: error ? "failed" : "done",
          error: error ?? null,
        })
        .execute();
      if (error) return;
      const row = await trx
        .selectFrom("area_issue")
        .select("facts")
        .where("key", "=", write.issue)
        .executeTakeFirst();
      if (!row) return;
      const facts = JSON.parse(row.facts) as AreaIssue;
      const others = facts.labels.filter((l) => l.toLowerCase() !== write.label.toLowerCase());
      facts.labels = write.action === "add" ? [...others, write.label] : others;
      await trx
        .updateTable("area_issue")
        .set({ facts: JSON.stringify(facts) })
        .where("key", "=", write.issue)
        .execute();
    });
    if (error) {
      await db
        .updateTable("triage_run")
        .set({ done: done.length, failed: 1 })
        .where("id", "=", runId)
        .execute();
      return { runId, done, failed: { write, message: error } };
    }
    done.push(write);
  }
  await db
    .updateTable("triage_run")
    .set({ done: done.length, finished_at: now().toISOString() })
    .where("id", "=", runId)
    .execute();
  return { runId, done };
}
