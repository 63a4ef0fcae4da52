import { renderTriagePage, type TriageView, triageViewOf } from "../../render/site/pages/triage.js";
import { boardOf } from "../../render/site/pages/triage-board.js";
import { sitePaths } from "../../render/site/site-paths.js";
import { parseIssueKey } from "../../track/forge.js";
import { readTrackFacts } from "../../track/read-track-facts.js";
import { resolveApiUrl } from "../../track/resolve-api-url.js";
import { TRIAGE_CLASSES, type TriageClass } from "../../track/triage/classify-issue.js";
import type { SiteSource } from "./site-app.js";
import { newCsrfToken, refuseWrite } from "./triage-guard.js";
import * as say from "./triage-messages.js";
import { type BoardOptions, boardWriter, type WriteAnswer } from "./triage-write.js";

export type { BoardOptions };

export interface TriageApiInput {
  /** The workspace folder, whose sync cache the board reads and writes. */
  root: string;
  /** The address `serve` listens on: the board writes only on loopback. */
  hostname: string;
  /** The site as last loaded (its board route holds the triage config). */
  source: () => SiteSource;
  board?: BoardOptions;
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);
/** A move or an undo is a few dozen bytes; anything much larger is not ours. */
const MAX_BODY = 4096;

/**
 * The triage board in `waymark serve`: answers `GET /triage/` with the board read from the sync
 * cache as it is now, made movable (the site app's static route shows it read-only), and takes
 * moves and undos as JSON posts to `/triage/move` and `/triage/undo`. Every other request is
 * left to the site app (`undefined`). The CSRF token is made here once per server start and
 * reaches only pages this server renders; see `refuseWrite` for what a write must show.
 */
export function triageApi(
  input: TriageApiInput,
): (request: Request) => Promise<Response | undefined> {
  const csrf = newCsrfToken();
  const writer = boardWriter(input.root, input.board);
  const readOnly = LOOPBACK.has(input.hostname.toLowerCase())
    ? null
    : say.readOnlyHost(input.hostname);

  return async (request) => {
    const site = input.source();
    const page = site.shell.href(sitePaths.triage);
    const path = new URL(request.url).pathname;
    if (path !== page && path !== `${page}move` && path !== `${page}undo`) return undefined;
    const view = triageViewOf(site.routes.get(sitePaths.triage));
    if (path === page) {
      if (!view || (request.method !== "GET" && request.method !== "HEAD")) return undefined;
      return renderBoard(site, view, {
        csrf,
        move: `${page}move`,
        undo: `${page}undo`,
        readOnly,
        host: apiHost(input.board?.apiUrl ?? view.api),
      });
    }
    if (request.method !== "POST")
      return json({ status: 405, body: { ok: false, message: "Use POST." } });
    const refused = refuseWrite(request, csrf) ?? readOnly;
    if (refused) return json({ status: 403, body: { ok: false, message: refused } });
    if (!view) return json({ status: 404, body: { ok: false, message: say.noBoard() } });
    const body = await readJson(request);
    if (path.endsWith("move")) {
      const issue = body?.issue;
      const to = body?.to as TriageClass;
      if (typeof issue !== "string" || !parseIssueKey(issue) || !TRIAGE_CLASSES.includes(to))
        return json({ status: 400, body: { ok: false, message: say.badRequest() } });
      return json(await writer.move(view.triage, view.api, issue, to));
    }
    if (typeof body?.undo !== "string")
      return json({ status: 400, body: { ok: false, message: say.badRequest() } });
    return json(await writer.undo(view.triage, view.api, body.undo));
  };

  /** The board as the cache has it at this moment: a move made here shows on the next load. */
  async function renderBoard(site: SiteSource, view: TriageView, live: TriageView["live"]) {
    const read = await readTrackFacts(input.root);
    const snapshot = read.ok ? read.snapshot : undefined;
    const area = snapshot?.area.scopes.size ? snapshot.area : undefined;
    const board = area ? boardOf(view.triage, area, view.date, snapshot?.lastSync) : null;
    const html = renderTriagePage(site.shell, { ...view, board, live });
    return new Response(html, {
      headers: {
        "content-type": "text/html; charset=utf-8",
        // It holds this run's CSRF token and the cache's state of the moment.
        "cache-control": "no-store",
      },
    });
  }
}

function apiHost(api: string | null | undefined): string {
  const url = resolveApiUrl(api ?? undefined);
  return url.ok ? url.host : "GitHub";
}

async function readJson(request: Request): Promise<Record<string, unknown> | undefined> {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_BODY) return undefined;
  const text = await request.text();
  if (text.length > MAX_BODY) return undefined;
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === "object" ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function json({ status, body }: WriteAnswer): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
  });
}
