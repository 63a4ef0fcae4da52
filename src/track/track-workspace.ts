import { START } from "../diagnostics/diagnostic.js";
import type { Config, Item, Workspace } from "../model/types.js";
import { issueKey } from "./forge.js";
import { readTrackFacts, readTrackFactsMemo, type TrackMemo } from "./read-track-facts.js";
import { resolveProgress } from "./resolve-progress.js";
import { type Facts, NO_FACTS, type Tracked } from "./types.js";
import { updateStatus } from "./updates/update-status.js";

/** What each item was last tracked from: the cache's read (kept by serve's memo) and the config. */
const trackedWith = new WeakMap<Item, { read: unknown; config: Config }>();

/**
 * track: the facts from outside the workspace that its model refers to, read from the cache that
 * `waymark sync` fills (never the network, so `check`, `status` and `build` stay offline). Each
 * item's progress is then taken from one source, with what it counts and as of when, and its
 * updates are read from the tracking issue's latest comments. `history` adds every issue's figures
 * at every sync (the burn-ups), which only the site and `status --forecast` need.
 */
export async function trackWorkspace(
  workspace: Workspace,
  options: { history?: boolean; memo?: TrackMemo } = {},
): Promise<Tracked> {
  const read = options.memo
    ? await readTrackFactsMemo(workspace.root, options, options.memo)
    : await readTrackFacts(workspace.root, options);
  const facts: Facts =
    read.ok && read.snapshot
      ? {
          asOf: read.snapshot.lastSync,
          issues: read.snapshot.issues,
          searches: read.snapshot.searches,
          area: read.snapshot.area.scopes.size ? read.snapshot.area : undefined,
          history: read.snapshot.history,
        }
      : NO_FACTS;
  const progressFacts = {
    issues: facts.issues ?? new Map(),
    searches: facts.searches ?? new Map(),
  };
  for (const item of workspace.items) {
    // An item serve carried over from the last model, tracked from this same read and
    // configuration, has its progress and updates already.
    const last = trackedWith.get(item);
    if (last?.read === read && last.config === workspace.config) continue;
    item.progress = resolveProgress(item, progressFacts);
    const cached = item.tracking && facts.issues?.get(issueKey(item.tracking));
    item.updates = updateStatus(item, cached || undefined, workspace.config);
    trackedWith.set(item, { read, config: workspace.config });
  }
  if (read.ok) return { facts, diagnostics: [] };
  return {
    facts,
    diagnostics: [
      {
        ruleId: "unreadable-cache",
        severity: "warning",
        span: { file: ".waymark/cache.sqlite", start: START, end: START },
        message: `Unexpected unreadable sync cache (${read.reason}), expected a cache written by \`waymark sync\``,
        hint: "Delete .waymark/cache.sqlite and run `waymark sync` again; until then no GitHub facts are used.",
      },
    ],
  };
}
