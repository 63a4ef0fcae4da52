import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { LIVE_RELOAD_JS } from "../../render/site/assets/live-reload-js.js";
import {
  LIVE_RELOAD_JS_INTEGRITY,
  SERVE_PAGE_CSP,
  SITE_CSP,
} from "../../render/site/content-security-policy.js";
import type { ServeProblem } from "./serve-site.js";

/** Where serve answers its own requests, beside the site (no workspace file is named so). */
export const LIVE_PATHS = { events: "__waymark/events", script: "__waymark/live.js" } as const;

/** How many errors a page's banner lists; the terminal has them all. */
const SHOWN_ERRORS = 20;

/** An error as a page's banner shows it: its place, rule id and message (text, not markup). */
export interface BannerError {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  message: string;
}

/** What every open page is told, at once when it connects and again whenever it changes. */
export interface LiveState {
  /** The site's load count: a page served at another version reloads. */
  version: number;
  /** Why the preview may be stale (a failed reload, the watcher failing), one line each. */
  problems: string[];
  errors: BannerError[];
  errorCount: number;
}

export interface LiveReload {
  /** Serve's own answers (the event stream, the script), or undefined for a site request. */
  answer(request: Request, base: string): Response | undefined;
  /** The site's load count now; take it before rendering a page, for `decorate`. */
  version(): number;
  /**
   * A page of the site, rendered at `version`, with the live-reload script added (and allowed by
   * the page's policy); anything else as it is.
   */
  decorate(response: Response, base: string, version: number): Promise<Response>;
  /** The site was loaded again: pages served before reload, and the last failure is over. */
  loaded(): void;
  /** What the checker found in the site now served (errors are shown until fixed). */
  checked(diagnostics: Diagnostic[]): void;
  /** A problem to show until the next load (a failed reload, the folder gone) or for good (the watcher). */
  problem(problem: ServeProblem): void;
  close(): void;
}

/**
 * Live reload for `waymark serve`, over server-sent events: one stream per open page, each sent
 * the whole state (small) on connect and on every change, so a page that connects late still
 * learns that it is stale or that the workspace has errors.
 */
export function createLiveReload(): LiveReload {
  const clients = new Set<ReadableStreamDefaultController<Uint8Array>>();
  const problems = new Map<string, string>();
  const encoder = new TextEncoder();
  let version = 0;
  let errors: Diagnostic[] = [];

  const state = (): LiveState => ({
    version,
    problems: [...problems.values()],
    errors: errors.slice(0, SHOWN_ERRORS).map(bannerError),
    errorCount: errors.length,
  });
  const message = () => encoder.encode(`event: state\ndata: ${JSON.stringify(state())}\n\n`);
  const broadcast = () => {
    const bytes = message();
    for (const client of clients) {
      try {
        client.enqueue(bytes);
      } catch {
        clients.delete(client); // a page gone without its stream being cancelled
      }
    }
  };

  const events = (): Response => {
    let self: ReadableStreamDefaultController<Uint8Array> | undefined;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        self = controller;
        clients.add(controller);
        controller.enqueue(message());
      },
      cancel() {
        if (self) clients.delete(self);
      },
    });
    return new Response(body, {
      headers: {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-store",
      },
    });
  };

  return {
    answer(request, base) {
      const path = new URL(request.url).pathname;
      if (path === base + LIVE_PATHS.events) return events();
      if (path === base + LIVE_PATHS.script)
        return new Response(LIVE_RELOAD_JS, {
          headers: {
            "content-type": "text/javascript; charset=utf-8",
            "cache-control": "no-store",
          },
        });
      return undefined;
    },
    version: () => version,
    async decorate(response, base, at) {
      if (!response.headers.get("content-type")?.startsWith("text/html")) return response;
      const html = await response.text();
      const href = escapeAttribute(base);
      const tag =
        `<script src="${href}${LIVE_PATHS.script}" integrity="${LIVE_RELOAD_JS_INTEGRITY}" ` +
        `data-events="${href}${LIVE_PATHS.events}" data-version="${at}" defer></script>`;
      const page = html
        .replace(policyTag(SITE_CSP), policyTag(SERVE_PAGE_CSP))
        .replace("</head>", `${tag}</head>`);
      const headers = new Headers(response.headers);
      headers.set("cache-control", "no-store");
      return new Response(page, { status: response.status, headers });
    },
    loaded() {
      version++;
      for (const key of [...problems.keys()]) if (key !== "watch-failed") problems.delete(key);
      broadcast();
    },
    checked(diagnostics) {
      errors = diagnostics.filter((d) => d.severity === "error");
      broadcast();
    },
    problem(problem) {
      problems.set(problem.kind, problemText(problem));
      broadcast();
    },
    close() {
      for (const client of clients) client.close();
      clients.clear();
    },
  };
}

/** The meta tag the site's layout writes (preact's rendering of it). */
function policyTag(policy: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
}

/** A problem as the banner says it (the terminal says it in its own words, with colour). */
function problemText(problem: ServeProblem): string {
  switch (problem.kind) {
    case "reload-failed":
      return `reload failed: ${problem.error.message}; still showing the last site loaded. Save a file to try again.`;
    case "watch-failed":
      return `watching files failed: ${problem.error.message}; live reload may miss changes. Restart waymark serve if pages go stale.`;
    case "folder-gone":
      return `${problem.dir} is gone (moved or deleted); still showing the last site loaded, and reloading when it is back.`;
  }
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

function bannerError(d: Diagnostic): BannerError {
  const { file, start } = d.span;
  return { file, line: start.line, column: start.column, ruleId: d.ruleId, message: d.message };
}
