import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { answerRest } from "./answer-rest.js";
import { describeOperation, executeGraphQL } from "./execute-graphql.js";
import type { RateLimitState } from "./graphql-sources.js";
import {
  applyFault,
  type Fault,
  type FaultKind,
  FaultPlan,
  type RequestInfo,
} from "./inject-faults.js";
import { type Seed, seedStore } from "./seed-store.js";
import type { Store } from "./store.js";

export interface FakeGitHubOptions {
  /** The data to serve; the server works on its own copy. */
  seed: Seed;
  /** Faults armed from the start; more can be added with `faults.add`. */
  faults?: Fault[];
  /** Delay before every answer, in milliseconds (the sync bench uses 50). */
  latencyMs?: number;
  /** The token clients must send; default a fresh random `ghp_…`. */
  token?: string;
  /** Points per hour for GraphQL and requests per hour for REST (default 5000 each). */
  rateLimit?: number;
  /** Base of `url`/`html_url` fields (default https://github.com). */
  webUrl?: string;
  /** Clock for writes (default the real time). */
  now?: () => string;
  /** Port on 127.0.0.1 (default an ephemeral one; the demo script fixes one). */
  port?: number;
  /** Called with each log entry as it is written (the demo script prints them). */
  onRequest?: (entry: LoggedRequest) => void;
}

export interface LoggedRequest extends RequestInfo {
  /** HTTP status answered; 0 when the connection was reset or left hanging. */
  status: number;
  /** GraphQL: the operation's name (or `anonymous`); REST: the operation id (`issues/create`). */
  operation?: string;
  /** GraphQL: the operation's top-level field count (aliases included). */
  aliases?: number;
  /** GraphQL: rate-limit points charged. */
  cost?: number;
  /** A write: a REST request other than GET/HEAD, or a GraphQL mutation (tests count these). */
  write?: true;
  fault?: FaultKind;
}

export interface FakeGitHub {
  /** REST base URL, also octokit's `baseUrl` (GraphQL is at `${url}/graphql`). */
  url: string;
  graphqlUrl: string;
  token: string;
  /** Every request in arrival order, appended as it is answered. */
  log: LoggedRequest[];
  store: Store;
  faults: FaultPlan;
  /** Answers that broke GitHub's published REST description; close() throws if any. */
  problems: string[];
  close(): Promise<void>;
}

/** Starts a GitHub-shaped server on 127.0.0.1 with an ephemeral port. */
export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const store = seedStore(options.seed, { now: options.now });
  const token = options.token ?? `ghp_${randomBytes(18).toString("hex")}`;
  const webUrl = options.webUrl ?? "https://github.com";
  const faults = new FaultPlan(options.faults);
  const log: LoggedRequest[] = [];
  const record = (entry: LoggedRequest) => {
    log.push(entry);
    options.onRequest?.(entry);
  };
  const problems: string[] = [];
  const hour = () => Math.ceil(Date.now() / 1000) + 3600;
  const limits: Record<"core" | "graphql", RateLimitState> = {
    core: { limit: options.rateLimit ?? 5000, used: 0, resetAt: hour() },
    graphql: { limit: options.rateLimit ?? 5000, used: 0, resetAt: hour() },
  };
  const closing = new AbortController();
  const viewerId = () => store.users.get(store.viewer.toLowerCase())!.databaseId;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = url.pathname.replace(/^\/api\/v3(?=\/)/, "");
    const isGraphQL = path === "/graphql" || path === "/api/graphql";
    const entry: LoggedRequest = {
      method: req.method ?? "GET",
      path,
      kind: isGraphQL ? "graphql" : "rest",
      status: 0,
    };
    const raw = await readBody(req);
    if (isGraphQL) Object.assign(entry, describeOperation(raw));
    else if (entry.method !== "GET" && entry.method !== "HEAD") entry.write = true;
    if (options.latencyMs) await sleep(options.latencyMs, undefined, { signal: closing.signal });
    const limit = limits[isGraphQL ? "graphql" : "core"];
    const headers = rateLimitHeaders(limit, isGraphQL ? "graphql" : "core");
    const fault = faults.next(entry);
    if (fault) {
      entry.fault = fault.kind;
      entry.status = applyFault(fault, req, res, headers, viewerId());
      record(entry);
      return;
    }
    if (!authorized(req.headers.authorization, token)) {
      entry.status = send(res, 401, headers, {
        message: req.headers.authorization ? "Bad credentials" : "Requires authentication",
        documentation_url: "https://docs.github.com/rest",
        status: "401",
      });
      record(entry);
      return;
    }
    let body: unknown;
    try {
      body = raw.length ? JSON.parse(raw) : undefined;
    } catch {
      entry.status = send(res, 400, headers, { message: "Problems parsing JSON", status: "400" });
      record(entry);
      return;
    }
    if (isGraphQL && req.method === "POST") {
      const answer = await executeGraphQL((body ?? {}) as Record<string, unknown>, {
        store,
        webUrl,
        rateLimit: limit,
      });
      Object.assign(entry, {
        operation: answer.operation,
        aliases: answer.aliases,
        cost: answer.cost,
      });
      const extra: Record<string, string> = answer.rateLimited
        ? { "x-ratelimit-remaining": "0" }
        : {};
      entry.status = send(
        res,
        200,
        { ...rateLimitHeaders(limit, "graphql"), ...extra },
        answer.body,
      );
    } else {
      const reply = answerRest(
        { store, urls: { api: server.url, web: webUrl }, limits },
        {
          method: entry.method,
          path,
          query: url.searchParams,
          body,
          ifNoneMatch: req.headers["if-none-match"],
        },
      );
      if (reply.operationId) entry.operation = reply.operationId;
      if (reply.problem) problems.push(reply.problem);
      const headers = { ...rateLimitHeaders(limits.core, "core"), ...reply.headers };
      entry.status = send(res, reply.status, headers, reply.body);
    }
    record(entry);
  };

  const http = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (closing.signal.aborted) return;
      problems.push(`fake GitHub crashed on ${req.method} ${req.url}: ${String(error)}`);
      if (!res.headersSent) send(res, 500, {}, { message: `fake GitHub: ${String(error)}` });
    });
  });
  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(options.port ?? 0, "127.0.0.1", resolve);
  });
  const { port } = http.address() as AddressInfo;
  const server: FakeGitHub = {
    url: `http://127.0.0.1:${port}`,
    graphqlUrl: `http://127.0.0.1:${port}/graphql`,
    token,
    log,
    store,
    faults,
    problems,
    close: async () => {
      closing.abort();
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeAllConnections();
      await closed;
      if (problems.length) {
        throw new Error(
          `The fake GitHub server saw ${problems.length} problem(s):\n${problems.join("\n")}`,
        );
      }
    },
  };
  return server;
}

function authorized(header: string | undefined, token: string): boolean {
  const m = header?.match(/^(?:bearer|token)\s+(\S+)$/i);
  return m?.[1] === token;
}

function rateLimitHeaders(limit: RateLimitState, resource: string): Record<string, string> {
  return {
    "x-ratelimit-limit": String(limit.limit),
    "x-ratelimit-remaining": String(Math.max(0, limit.limit - limit.used)),
    "x-ratelimit-reset": String(limit.resetAt),
    "x-ratelimit-used": String(limit.used),
    "x-ratelimit-resource": resource,
    "x-github-media-type": "github.v3; format=json",
  };
}

function send(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: unknown,
): number {
  if (body === undefined) {
    res.writeHead(status, headers);
    res.end();
  } else {
    res.writeHead(status, { ...headers, "content-type": "application/json; charset=utf-8" });
    res.end(JSON.stringify(body));
  }
  return status;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
