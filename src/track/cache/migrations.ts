import { type Kysely, type Migration, type MigrationProvider, sql } from "kysely";
import { areaHistoryMigration } from "./area-history-migration.js";
import { triageMigration } from "./triage-migration.js";

/**
 * The cache's schema, one migration per change, applied in order by kysely's Migrator in a
 * transaction. Never edit a published migration; add the next one.
 */
const migrations: Record<string, Migration> = {
  "001-initial": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("sync")
        .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
        .addColumn("started_at", "text", (c) => c.notNull())
        .addColumn("finished_at", "text", (c) => c.notNull())
        .addColumn("api_host", "text", (c) => c.notNull())
        .addColumn("requests", "integer", (c) => c.notNull())
        .addColumn("issues", "integer", (c) => c.notNull())
        .addColumn("changed", "integer", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("issue")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("facts", "text")
        .addColumn("updated_at", "text")
        .addColumn("sub_done", "integer")
        .addColumn("sub_total", "integer")
        .addColumn("synced_at", "text", (c) => c.notNull())
        .addColumn("sync_id", "integer", (c) => c.notNull().references("sync.id"))
        .execute();
      await db.schema
        .createTable("search")
        .addColumn("query", "text", (c) => c.primaryKey())
        .addColumn("count", "integer", (c) => c.notNull())
        .addColumn("synced_at", "text", (c) => c.notNull())
        .addColumn("sync_id", "integer", (c) => c.notNull().references("sync.id"))
        .execute();
      await db.schema
        .createTable("issue_history")
        .addColumn("sync_id", "integer", (c) => c.notNull().references("sync.id"))
        .addColumn("key", "text", (c) => c.notNull())
        .addColumn("state", "text")
        .addColumn("sub_done", "integer")
        .addColumn("sub_total", "integer")
        .addColumn("checks_done", "integer")
        .addColumn("checks_total", "integer")
        .addPrimaryKeyConstraint("issue_history_pk", ["sync_id", "key"])
        .execute();
      await sql`create index issue_history_key on issue_history (key, sync_id)`.execute(db);
    },
  },
  "002-triage": triageMigration,
  "003-area-history": areaHistoryMigration,
};

export const cacheMigrations: MigrationProvider = {
  getMigrations: async () => migrations,
};
