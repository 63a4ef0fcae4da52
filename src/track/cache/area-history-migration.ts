import type { Kysely, Migration } from "kysely";

/**
 * Migration 003: the triage area's pile counts at every sync, so the focus count can be drawn over
 * time against its limits. The issues themselves keep only their latest labels (`area_issue`).
 */
export const areaHistoryMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("area_history")
      .addColumn("sync_id", "integer", (c) => c.primaryKey().references("sync.id"))
      .addColumn("focus", "integer", (c) => c.notNull())
      .addColumn("on_deck", "integer", (c) => c.notNull())
      .addColumn("other", "integer", (c) => c.notNull())
      .addColumn("uncategorised", "integer", (c) => c.notNull())
      .execute();
  },
};
