import { randomBytes } from "node:crypto";
import type { Triage } from "../../model/types.js";
import type { CachedArea, CachedAreaIssue } from "../../track/cache/read-cache.js";
import { type Forge, ForgeError } from "../../track/forge.js";
import { resolveApiUrl } from "../../track/resolve-api-url.js";
import { type ResolvedToken, resolveToken } from "../../track/resolve-token.js";
import { applyLabelWrites } from "../../track/triage/apply-label-writes.js";
import { classifyIssue, type TriageClass } from "../../track/triage/classify-issue.js";
import { type LabelWrite, planLabelWrites } from "../../track/triage/plan-label-writes.js";
import * as say from "./triage-messages.js";

/** How `serve` reaches GitHub for the board's writes: as `sync` does, from its own environment. */
export interface BoardOptions {
  /** GitHub's REST API URL (`--api-url`); else waymark.yaml's `github.api`, else api.github.com. */
  apiUrl?: string;
  /** Finds the token; by default as `sync` does: GITHUB_TOKEN, GH_TOKEN, then `gh auth token`. */
  token?: () => Promise<ResolvedToken | undefined>;
  /** The client's retry base, timeout and write pacing (tests against the local GitHub use 0). */
  tuning?: { retryBaseMs?: number; timeoutMs?: number; writeGapMs?: number };
}

/** What the page is told: always JSON, always words it can show as they are. */
export interface WriteAnswer {
  status: number;
  body: {
    ok: boolean;
    message: string;
    issue?: string;
    /** The issue's pile after the attempt, as the cache now has it: where its card belongs. */
    class?: TriageClass;
    /** The configured labels it now carries. */
    carried?: string[];
    /** Posting this id to the undo address reverses the move (once). */
    undo?: string;
  };
}

interface Undo {
  issue: string;
  writes: LabelWrite[];
}

const MAX_UNDOS = 100;

/**
 * The board's writes: a move plans the label changes (only the three configured labels, as
 * `triage --move` does, or all of them off for Uncategorised), makes them through the forge and
 * records them in the cache and its audit log (`applyLabelWrites`), one move at a time. The
 * reverse of what was done is kept under a random id for Undo. The token never leaves here.
 */
export function boardWriter(root: string, options: BoardOptions = {}) {
  const undos = new Map<string, Undo>();
  const forges = new Map<string, Forge>();
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => {});
    return run;
  };

  const forgeFor = async (api: string | null): Promise<Forge | string> => {
    const url = resolveApiUrl(options.apiUrl ?? api ?? undefined);
    if (!url.ok) return say.badApi(url.url, url.expected);
    const known = forges.get(url.url);
    if (known) return known;
    const token = await (options.token ?? resolveToken)();
    if (!token) return say.noToken();
    // Loaded on the first write, as `sync` does: every command starts through the CLI's imports.
    const { githubForge } = await import("../../track/github/github-forge.js");
    const forge = githubForge({ token: token.token, apiUrl: url.url, ...options.tuning });
    forges.set(url.url, forge);
    return forge;
  };

  /** Plans with the cache as it is now, applies, and answers with where the issue ended up. */
  const write = (
    triage: Triage,
    api: string | null,
    issue: string,
    plan: (cached: CachedAreaIssue, area: CachedArea) => LabelWrite[],
    done: (writes: LabelWrite[], after: CachedAreaIssue) => WriteAnswer,
  ) =>
    serial(async (): Promise<WriteAnswer> => {
      const { openCache } = await import("../../track/cache/open-cache.js");
      const { readCache } = await import("../../track/cache/read-cache.js");
      const db = await openCache(root, { create: false });
      if (!db) return { status: 503, body: { ok: false, message: say.noCache() } };
      try {
        const area = (await readCache(db)).area;
        const cached = area.issues.get(issue);
        if (!cached || cached.leftAt) return { status: 404, body: say.notInArea(issue) };
        const writes = plan(cached, area);
        if (!writes.length) return done([], cached);
        const forge = await forgeFor(api);
        const where = (after: CachedAreaIssue) => placeOf(after, triage);
        if (typeof forge === "string")
          return { status: 503, body: { ok: false, message: forge, issue, ...where(cached) } };
        const result = await applyLabelWrites(forge, db, writes);
        const after = (await readCache(db)).area.issues.get(issue) ?? cached;
        if (result.failed) {
          const message = say.refused(result.failed.message, result.done.length, writes.length);
          return { status: 502, body: { ok: false, message, issue, ...where(after) } };
        }
        return done(writes, after);
      } catch (error) {
        if (!(error instanceof ForgeError)) throw error;
        return { status: 502, body: { ok: false, message: say.refused(error.message, 0, 1) } };
      } finally {
        await db.destroy();
      }
    });

  return {
    move(triage: Triage, api: string | null, issue: string, to: TriageClass) {
      return write(
        triage,
        api,
        issue,
        (cached, area) => planMove(cached, area, triage, to),
        (writes, after) => {
          const undo = writes.length ? remember({ issue, writes: reverse(writes) }) : undefined;
          const message = say.moved(issue, to, writes);
          return {
            status: 200,
            body: { ok: true, message, issue, undo, ...placeOf(after, triage) },
          };
        },
      );
    },
    undo(triage: Triage, api: string | null, id: string) {
      const undo = undos.get(id);
      if (!undo)
        return Promise.resolve({ status: 410, body: { ok: false, message: say.noUndo() } });
      undos.delete(id);
      // Only labels of the configured three are ever written, whatever the record says.
      const allowed = [triage.labels.focus, triage.labels.onDeck, triage.labels.other];
      const writes = undo.writes.filter((w) =>
        allowed.some((l) => l.toLowerCase() === w.label.toLowerCase()),
      );
      return write(
        triage,
        api,
        undo.issue,
        () => writes,
        (_, after) => {
          const place = placeOf(after, triage);
          const message = say.undone(undo.issue, place.class, writes);
          return { status: 200, body: { ok: true, message, issue: undo.issue, ...place } };
        },
      );
    },
  };

  function remember(undo: Undo): string {
    const id = randomBytes(12).toString("base64url");
    undos.set(id, undo);
    // The oldest go first: an undo is for the move just made, not last week's.
    for (const old of undos.keys()) if (undos.size > MAX_UNDOS) undos.delete(old);
    return id;
  }
}

/** The writes of a move: `triage --move`'s plan, or every configured label off for Uncategorised. */
function planMove(
  cached: CachedAreaIssue,
  area: CachedArea,
  triage: Triage,
  to: TriageClass,
): LabelWrite[] {
  const issue = cached.facts.key;
  if (to !== "uncategorised") return planLabelWrites([{ issue, to }], area, triage).writes;
  return placeOf(cached, triage).carried.map((label) => ({ issue, action: "remove", label }));
}

/** Undoes what was done: the removed labels back on first, then the added ones off. */
function reverse(writes: LabelWrite[]): LabelWrite[] {
  const flip = (action: LabelWrite["action"]) =>
    writes.filter((w) => w.action !== action).map((w) => ({ ...w, action }) as LabelWrite);
  return [...flip("add"), ...flip("remove")];
}

function placeOf(cached: CachedAreaIssue, triage: Triage) {
  const configured = [triage.labels.focus, triage.labels.onDeck, triage.labels.other].map((l) =>
    l.toLowerCase(),
  );
  return {
    class: classifyIssue(cached.facts.labels, triage.labels).class,
    carried: cached.facts.labels.filter((l) => configured.includes(l.toLowerCase())),
  };
}
