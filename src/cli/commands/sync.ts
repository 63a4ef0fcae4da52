import type { Command } from "commander";
import type { LayoutName } from "../../model/types.js";
import { cachePath } from "../../track/cache/cache-path.js";
import type { Cache } from "../../track/cache/open-cache.js";
import { ForgeError } from "../../track/forge.js";
import { resolveApiUrl } from "../../track/resolve-api-url.js";
import { resolveToken } from "../../track/resolve-token.js";
import { configOption, layoutOption } from "./check.js";
import { openForCommand } from "./open-for-command.js";
import {
  badApiUrl,
  cacheFailed,
  noToken,
  syncFailed,
  syncProgress,
  syncSummary,
} from "./track-messages.js";

interface SyncOptions {
  json?: boolean;
  apiUrl?: string;
  layout?: LayoutName;
  config?: string;
}

export function registerSync(program: Command): void {
  program
    .command("sync")
    .description("fetch the items' tracking issues and tracked searches from GitHub into the cache")
    .argument("[dir]", "workspace folder", ".")
    .option("--json", "print what changed as JSON")
    .option("--api-url <url>", "GitHub's REST API URL (GitHub Enterprise: https://HOST/api/v3)")
    .addOption(layoutOption())
    .addOption(configOption())
    .action(async (dir: string, opts: SyncOptions) => {
      const opened = await openForCommand(dir, { layout: opts.layout, config: opts.config });
      if (!opened) return;
      const { workspace } = opened;
      const api = resolveApiUrl(opts.apiUrl ?? workspace.config.github?.api);
      if (!api.ok) {
        process.stderr.write(badApiUrl(api.url, api.expected));
        process.exitCode = 2;
        return;
      }
      const token = await resolveToken();
      if (!token) {
        process.stderr.write(noToken("sync"));
        process.exitCode = 2;
        return;
      }
      // Octokit, kysely and better-sqlite3 load here, not when any other command starts.
      const { openCache } = await import("../../track/cache/open-cache.js");
      const { githubForge } = await import("../../track/github/github-forge.js");
      const { syncWorkspace } = await import("../../track/sync-workspace.js");
      let db: Cache | undefined;
      try {
        db = await openCache(workspace.root, { create: true });
      } catch (error) {
        process.stderr.write(cacheFailed(cachePath(workspace.root), (error as Error).message));
        process.exitCode = 1;
        return;
      }
      const forge = githubForge({ token: token.token, apiUrl: api.url, ...testTuning() });
      const tty = process.stderr.isTTY === true && !opts.json;
      try {
        const result = await syncWorkspace(workspace, forge, db as Cache, {
          apiHost: api.host,
          onProgress: tty
            ? (done, total) => process.stderr.write(syncProgress(done, total))
            : undefined,
        });
        if (tty) process.stderr.write("\r\x1b[K");
        if (opts.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        else process.stdout.write(syncSummary(result, api.host));
      } catch (error) {
        if (tty) process.stderr.write("\r\x1b[K");
        if (!(error instanceof ForgeError)) throw error;
        process.stderr.write(syncFailed(error.message));
        process.exitCode = 1;
      } finally {
        await db?.destroy();
      }
    });
}

/**
 * Retry and write pacing for tests against the local server (WAYMARK_GITHUB_RETRY_MS,
 * WAYMARK_GITHUB_TIMEOUT_MS, WAYMARK_GITHUB_WRITE_GAP_MS); against GitHub the defaults (1 s
 * backoff base, 60 s per request, 1 s between writes) apply.
 */
export function testTuning(): { retryBaseMs?: number; timeoutMs?: number; writeGapMs?: number } {
  const number = (name: string) => {
    const value = Number(process.env[name]);
    return Number.isFinite(value) && value >= 0 ? value : undefined;
  };
  return {
    retryBaseMs: number("WAYMARK_GITHUB_RETRY_MS"),
    timeoutMs: number("WAYMARK_GITHUB_TIMEOUT_MS"),
    writeGapMs: number("WAYMARK_GITHUB_WRITE_GAP_MS"),
  };
}
