import type { Transaction } from "kysely";
import type { AreaIssue } from "../forge.js";
import { classifyIssues } from "../triage/classify-issue.js";
import type { AreaRecord } from "../triage/sync-area.js";
import type { CacheDatabase } from "./cache-schema.js";

/**
 * The triage area's part of one sync, inside its transaction: each fetched entry's issues
 * replace what the cache held for it, and an issue no longer found open with the area label is
 * kept with `left_at` (triage counts a focus issue that closed since the last run).
 */
export async function writeArea(
  trx: Transaction<CacheDatabase>,
  area: AreaRecord,
  syncId: number,
  at: string,
): Promise<void> {
  if (area.scopes.length) {
    await trx.deleteFrom("area_scope").where("scope", "not in", area.scopes).execute();
    await trx.deleteFrom("area_issue").where("scope", "not in", area.scopes).execute();
  }
  for (const { scope, issues } of area.fetched) {
    const found = issues.map((i) => i.key);
    let gone = trx
      .updateTable("area_issue")
      .set({ left_at: at, synced_at: at, sync_id: syncId })
      .where("scope", "=", scope)
      .where("left_at", "is", null);
    if (found.length) gone = gone.where("key", "not in", found);
    await gone.execute();
    for (const issue of issues) {
      const row = {
        scope,
        facts: JSON.stringify(issue),
        updated_at: issue.updatedAt,
        left_at: null,
        synced_at: at,
        sync_id: syncId,
      };
      await trx
        .insertInto("area_issue")
        .values({ key: issue.key, ...row })
        .onConflict((c) => c.column("key").doUpdateSet(row))
        .execute();
    }
    const scopeRow = {
      area_label: area.areaLabel,
      open_count: issues.length,
      checked_at: area.checkedAt,
      sync_id: syncId,
    };
    await trx
      .insertInto("area_scope")
      .values({ scope, ...scopeRow })
      .onConflict((c) => c.column("scope").doUpdateSet(scopeRow))
      .execute();
  }
  const probed = area.scopes.filter((s) => !area.fetched.some((f) => f.scope === s));
  if (probed.length) {
    await trx
      .updateTable("area_scope")
      .set({ checked_at: area.checkedAt, sync_id: syncId })
      .where("scope", "in", probed)
      .execute();
  }
  if (area.labels) await writeAreaCounts(trx, area.labels, syncId);
}

/** The piles' sizes once this sync's issues are in, the open issues of every scope counted. */
async function writeAreaCounts(
  trx: Transaction<CacheDatabase>,
  labels: NonNullable<AreaRecord["labels"]>,
  syncId: number,
): Promise<void> {
  const rows = await trx
    .selectFrom("area_issue")
    .select("facts")
    .where("left_at", "is", null)
    .execute();
  const piles = classifyIssues(
    rows.map((r) => JSON.parse(r.facts) as AreaIssue),
    labels,
  );
  await trx
    .insertInto("area_history")
    .values({
      sync_id: syncId,
      focus: piles.focus.length,
      on_deck: piles["on-deck"].length,
      other: piles.other.length,
      uncategorised: piles.uncategorised.length,
    })
    .execute();
}
