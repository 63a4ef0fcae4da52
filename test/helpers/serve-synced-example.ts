import { readFileSync } from "node:fs";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type SiteServer, serveSite } from "../../src/publish/site/serve-site.js";
import type { Seed } from "../github/seed-store.js";
import { type FakeGitHub, startFakeGitHub } from "../github/start-fake-github.js";
import { syncWorkspaceDir } from "./sync-workspace-dir.js";

const ASYNC_WG = JSON.parse(readFileSync("test/github/seeds/async-wg.json", "utf8")) as Seed;

export interface SyncedExample {
  gh: FakeGitHub;
  /** The copy of examples/async-wg, synced, that is served. */
  dir: string;
  served: SiteServer;
  /** "http://127.0.0.1:PORT". */
  origin: string;
  close(): Promise<void>;
}

/**
 * `waymark serve` on a copy of examples/async-wg synced from the local GitHub (the async-wg
 * seed), its triage board writing to that server with its token: what the board's tests move.
 */
export async function serveSyncedExample(date = "2024-08-01"): Promise<SyncedExample> {
  const gh = await startFakeGitHub({ seed: ASYNC_WG });
  const dir = await mkdtemp(join(tmpdir(), "waymark-board-"));
  await cp("examples/async-wg", dir, { recursive: true });
  await syncWorkspaceDir(dir, gh);
  const served = await serveSite({
    dir,
    port: 0,
    date,
    board: {
      apiUrl: gh.url,
      token: async () => ({ token: gh.token, source: "GITHUB_TOKEN" }),
      tuning: { retryBaseMs: 1, writeGapMs: 0 },
    },
  });
  if ("failed" in served) throw new Error(`could not listen: ${served.failed}`);
  return {
    gh,
    dir,
    served,
    origin: new URL(served.url).origin,
    close: async () => {
      await served.close();
      await gh.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
