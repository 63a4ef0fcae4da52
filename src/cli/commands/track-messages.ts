import pc from "picocolors";
import type { SyncResult } from "../../track/sync-workspace.js";

/** What `waymark sync` (and later `updates`, `issues`) say; kept apart from the commands' logic. */

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** No token anywhere: one line, exit 2 (the command cannot run at all). */
export function noToken(command: string): string {
  return `${pc.red("✖")} waymark ${command} needs a GitHub token: set GITHUB_TOKEN or GH_TOKEN, or log in with \`gh auth login\`.\n`;
}

export function badApiUrl(url: string, reason: string): string {
  return `${pc.red("✖")} Unexpected API URL \`${url}\`, expected ${reason}\n  ${pc.dim("Pass --api-url or set github.api in waymark.yaml, e.g. https://github.example.com/api/v3.")}\n`;
}

export function syncFailed(message: string): string {
  return `${pc.red("✖")} Sync failed: ${message}\n  ${pc.dim("Nothing was written; the cache still holds the previous sync. Run `waymark sync` again.")}\n`;
}

export function cacheFailed(path: string, message: string): string {
  return `${pc.red("✖")} Could not open the cache ${path}: ${message}\n  ${pc.dim("Delete the file and sync again; it holds nothing that GitHub does not.")}\n`;
}

export function syncSummary(result: SyncResult, host: string): string {
  const changed = result.changes.length ? `${result.changes.length} changed` : "no changes";
  const searches = result.searches ? `, ${plural(result.searches, "search")}` : "";
  const area = result.area
    ? `, ${plural(result.area.issues, "open issue")} of the triage area (${result.area.changes.length} changed)`
    : "";
  return `${pc.green("✔")} synced ${plural(result.issues, "issue")}${searches}${area} from ${host}: ${changed}, ${plural(result.requests, "request")}\n`;
}

/** The progress bar of a sync on a terminal, redrawn in place. */
export function syncProgress(done: number, total: number): string {
  const width = 24;
  const filled = total ? Math.round((done / total) * width) : width;
  return `\r${pc.cyan("█".repeat(filled))}${pc.dim("░".repeat(width - filled))} ${done}/${total} issues`;
}
