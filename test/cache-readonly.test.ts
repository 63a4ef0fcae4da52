import { execFile } from "node:child_process";
import { chmod, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
import { Kysely, Migrator, SqliteDialect, sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { cachePath } from "../src/track/cache/cache-path.js";
import { cacheMigrations } from "../src/track/cache/migrations.js";
import { COMPILED_CLI } from "./helpers/compiled-cli.js";
import { issueFacts, TRACKED_WORKSPACE } from "./helpers/issue-facts.js";
import { testdir } from "./helpers/testdir.js";

function waymark(args: string[]) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const env = { PATH: "/nonexistent", HOME: tmpdir(), NO_COLOR: "1" };
    execFile(process.execPath, [COMPILED_CLI, ...args], { env }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

const workspace = TRACKED_WORKSPACE;

const issue = issueFacts({ checkboxes: { done: 3, total: 4 } });

/** A cache as an older waymark left it: migrated only up to `last`, with one sync in it. */
async function oldCache(root: string, last: string | undefined): Promise<string> {
  const path = cachePath(root);
  const { mkdir } = await import("node:fs/promises");
  await mkdir(dirname(path), { recursive: true });
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new Database(path) }) });
  try {
    if (!last) return path;
    const migrator = new Migrator({ db, provider: cacheMigrations });
    const { error } = await migrator.migrateTo(last);
    if (error) throw error;
    const at = "2026-09-01T10:00:00.000Z";
    await sql`insert into sync (started_at, finished_at, api_host, requests, issues, changed)
      values (${at}, ${at}, 'api.github.com', 1, 1, 1)`.execute(db);
    await sql`insert into issue (key, facts, updated_at, sub_done, sub_total, synced_at, sync_id)
      values (${issue.key}, ${JSON.stringify(issue)}, ${issue.updatedAt}, 0, 0, ${at}, 1)`.execute(
      db,
    );
    return path;
  } finally {
    await db.destroy();
  }
}

const locked: string[] = [];
afterEach(async () => {
  for (const dir of locked.splice(0)) await chmod(dir, 0o755);
});

/** File and folder read-only, as in a read-only checkout. */
async function lock(path: string): Promise<void> {
  await chmod(path, 0o444);
  await chmod(dirname(path), 0o555);
  locked.push(dirname(path));
}

describe("read-only commands and an older cache", { timeout: 60_000 }, () => {
  it.each([["002-triage"], ["001-initial"]])(
    "check, status and build read a cache migrated to %s without writing it",
    async (last) => {
      const dir = await testdir(workspace);
      const path = await oldCache(dir, last);
      await lock(path);
      const before = await readFile(path);
      expect((await waymark(["check", dir])).code).toBe(0);
      const status = await waymark(["status", dir]);
      expect(status.code).toBe(0);
      expect(status.stdout + status.stderr).not.toContain("unreadable");
      expect(status.stdout).toContain("3/4");
      const out = await testdir({});
      const build = await waymark(["build", dir, "--out", join(out, "site")]);
      expect(build.stderr).not.toContain("unreadable");
      expect(build.code).toBe(0);
      expect((await readFile(path)).equals(before)).toBe(true);
    },
  );

  it("reports a cache with no schema in one line, with a hint to sync, and leaves it alone", async () => {
    const dir = await testdir(workspace);
    const path = await oldCache(dir, undefined);
    await lock(path);
    const before = await readFile(path);
    const check = await waymark(["check", dir]);
    expect(check.stdout + check.stderr).toContain("unreadable-cache");
    expect(check.stdout + check.stderr).toContain("waymark sync");
    expect(check.stdout + check.stderr).not.toMatch(/\n\s+at /);
    expect((await readFile(path)).equals(before)).toBe(true);
  });
});
