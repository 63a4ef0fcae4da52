import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * What can go wrong between a client and github.com, each as github.com shows it:
 * - `rate-limit`: 429 with `retry-after` and `x-ratelimit-remaining: 0` (primary limit);
 * - `plain-rate-limit`: 429 with `retry-after` alone, the limit not spent (a proxy, an abuse guard);
 * - `graphql-rate-limited`: HTTP 200 with a `RATE_LIMITED` GraphQL error, as the GraphQL API does;
 * - `secondary-rate-limit`: 403 with GitHub's "secondary rate limit" message and `retry-after`;
 * - `bad-gateway`: 502 with an HTML body;
 * - `connection-reset`: the socket is reset (TCP RST) without an answer;
 * - `timeout`: no answer at all, until the client gives up or the server closes.
 */
export type FaultKind =
  | "rate-limit"
  | "plain-rate-limit"
  | "graphql-rate-limited"
  | "secondary-rate-limit"
  | "bad-gateway"
  | "connection-reset"
  | "timeout";

export interface RequestInfo {
  method: string;
  path: string;
  kind: "graphql" | "rest";
}

export interface Fault {
  kind: FaultKind;
  /** Position of the first affected request among those `on` matches, from 1 (default 1). */
  at?: number;
  /** How many matching requests in a row from `at` fail (default 1; `Infinity` for all). */
  times?: number;
  /** Which requests count: `graphql`, `rest`, or a predicate; default every request. */
  on?: "graphql" | "rest" | ((request: RequestInfo) => boolean);
  /** Seconds sent in `retry-after` (default 1; 0 lets a test retry at once). */
  retryAfter?: number;
}

/** Faults armed on one server, each counting the requests it matches. */
export class FaultPlan {
  private readonly armed: { fault: Fault; seen: number }[] = [];

  constructor(faults: Fault[] = []) {
    for (const f of faults) this.add(f);
  }

  add(fault: Fault): void {
    this.armed.push({ fault, seen: 0 });
  }

  clear(): void {
    this.armed.length = 0;
  }

  /** Counts the request against every fault and returns the first that fires on it. */
  next(request: RequestInfo): Fault | undefined {
    let fired: Fault | undefined;
    for (const a of this.armed) {
      const { on } = a.fault;
      const matches = !on || (typeof on === "function" ? on(request) : on === request.kind);
      if (!matches) continue;
      a.seen++;
      const from = a.fault.at ?? 1;
      if (!fired && a.seen >= from && a.seen < from + (a.fault.times ?? 1)) fired = a.fault;
    }
    return fired;
  }
}

const SECONDARY =
  "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:FAKE.";

/**
 * Answers a request with the fault; returns the status logged (0 when nothing was answered).
 * `rateLimitHeaders` are the server's usual ones, overridden where the fault says so.
 */
export function applyFault(
  fault: Fault,
  req: IncomingMessage,
  res: ServerResponse,
  headers: Record<string, string>,
  userId: number,
): number {
  const retryAfter = String(fault.retryAfter ?? 1);
  const json = (status: number, body: unknown, extra: Record<string, string> = {}) => {
    res.writeHead(status, {
      ...headers,
      "content-type": "application/json; charset=utf-8",
      ...extra,
    });
    res.end(JSON.stringify(body));
    return status;
  };
  const exhausted = {
    "retry-after": retryAfter,
    "x-ratelimit-remaining": "0",
    "x-ratelimit-reset": String(Math.ceil(Date.now() / 1000) + Number(retryAfter)),
  };
  switch (fault.kind) {
    case "rate-limit":
      return json(
        429,
        {
          message: `API rate limit exceeded for user ID ${userId}.`,
          documentation_url:
            "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limit",
          status: "429",
        },
        exhausted,
      );
    case "plain-rate-limit":
      return json(
        429,
        { message: "Too many requests. Please retry later.", status: "429" },
        { "retry-after": retryAfter },
      );
    case "graphql-rate-limited":
      return json(
        200,
        {
          errors: [
            {
              type: "RATE_LIMITED",
              message: `API rate limit already exceeded for user ID ${userId}.`,
            },
          ],
        },
        exhausted,
      );
    case "secondary-rate-limit":
      return json(
        403,
        {
          message: SECONDARY,
          documentation_url:
            "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
          status: "403",
        },
        { "retry-after": retryAfter },
      );
    case "bad-gateway":
      res.writeHead(502, { "content-type": "text/html" });
      res.end(
        "<html><body><h1>502 Bad Gateway</h1>The server returned an invalid or incomplete response.</body></html>\n",
      );
      return 502;
    case "connection-reset":
      req.socket.resetAndDestroy();
      return 0;
    case "timeout":
      return 0; // left open: the server's close() ends it
  }
}
