import { runPipeline } from "../../src/pipeline/run-pipeline.js";
import { openCache } from "../../src/track/cache/open-cache.js";
import { githubForge } from "../../src/track/github/github-forge.js";
import { syncWorkspace } from "../../src/track/sync-workspace.js";
import type { FakeGitHub } from "../github/start-fake-github.js";

/** One `waymark sync` of the workspace at `dir` against the local GitHub, in process; `now` sets its clock. */
export async function syncWorkspaceDir(dir: string, server: FakeGitHub, now?: () => Date) {
  const { workspace } = await runPipeline(dir, { check: false });
  const db = (await openCache(workspace.root, { create: true }))!;
  const forge = githubForge({ token: server.token, apiUrl: server.url, retryBaseMs: 1 });
  try {
    return await syncWorkspace(workspace, forge, db, { apiHost: "fake", now });
  } finally {
    await db.destroy();
  }
}
