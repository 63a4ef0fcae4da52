import type { Kysely, Migration } from "kysely";

/** Migration 002: the triage area's issues, its scope probes, and the audit log of label writes. */
export const triageMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("area_issue")
      .addColumn("key", "text", (c) => c.primaryKey())
      .addColumn("scope", "text", (c) => c.notNull())
      .addColumn("facts", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addColumn("left_at", "text")
      .addColumn("synced_at", "text", (c) => c.notNull())
      .addColumn("sync_id", "integer", (c) => c.notNull().references("sync.id"))
      .execute();
    await db.schema
      .createTable("area_scope")
      .addColumn("scope", "text", (c) => c.primaryKey())
      .addColumn("area_label", "text", (c) => c.notNull())
      .addColumn("open_count", "integer", (c) => c.notNull())
      .addColumn("checked_at", "text", (c) => c.notNull())
      .addColumn("sync_id", "integer", (c) => c.notNull().references("sync.id"))
      .execute();
    await db.schema
      .createTable("triage_run")
      .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
      .addColumn("started_at", "text", (c) => c.notNull())
      .addColumn("finished_at", "text")
      .addColumn("planned", "integer", (c) => c.notNull())
      .addColumn("done", "integer", (c) => c.notNull())
      .addColumn("failed", "integer", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("triage_write")
      .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
      .addColumn("run_id", "integer", (c) => c.notNull().references("triage_run.id"))
      .addColumn("at", "text", (c) => c.notNull())
      .addColumn("issue", "text", (c) => c.notNull())
      .addColumn("action", "text", (c) => c.notNull())
      .addColumn("label", "text", (c) => c.notNull())
      .addColumn("outcome", "text", (c) => c.notNull())
      .addColumn("error", "text")
      .execute();
  },
};
