import { Octokit } from "@octokit/core";
import { paginateGraphQL } from "@octokit/plugin-paginate-graphql";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import Bottleneck from "bottleneck";

import { DEFAULT_API_URL } from "../resolve-api-url.js";
import { honourRetryAfter, realWait, type Wait } from "./honour-retry-after.js";

export interface ClientOptions {
  token: string;
  /** REST base URL: https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise. */
  apiUrl?: string;
  /** Base of the retry backoff and of rate-limit waits, in ms (1000 against GitHub). */
  retryBaseMs?: number;
  /** Give up on one HTTP request after this long; it is then retried like a 5xx. */
  timeoutMs?: number;
  /** Writes keep GitHub's one-per-second pacing; reads are serial without a pause. */
  pace?: "reads" | "writes";
  /** The pause between writes in ms (1000, GitHub's advice; tests against the local server use 0). */
  writeGapMs?: number;
  /** How a rate-limit wait is made (a test passes one that records it instead of sleeping). */
  wait?: Wait;
}

export type Client = InstanceType<ReturnType<typeof octokitWith>>;

/** Our plugin goes first, so its request wrap is the innermost: it sees a 429 before the others. */
const octokitWith = (plainRetry: ReturnType<typeof honourRetryAfter>) =>
  Octokit.plugin(plainRetry, throttling, retry, paginateGraphQL);

const silent = { debug() {}, info() {}, warn() {}, error() {} };
/** Longest rate-limit wait we sit out before failing the sync instead. */
const MAX_WAIT_SECONDS = 120;

/**
 * An Octokit with throttling (primary and secondary rate limits), retry (5xx, resets, timeouts)
 * and GraphQL pagination. `counter.requests` counts every HTTP request sent, retries included.
 */
export function createClient(options: ClientOptions): {
  client: Client;
  counter: { requests: number };
} {
  const counter = { requests: 0 };
  const base = options.retryBaseMs ?? 1000;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const countingFetch: typeof fetch = (input, init) => {
    counter.requests++;
    return fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  };
  const wait = (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) =>
    retryCount < 3 && retryAfter <= MAX_WAIT_SECONDS;
  const plainRetry = honourRetryAfter({
    baseMs: base,
    maxSeconds: MAX_WAIT_SECONDS,
    retries: 3,
    wait: options.wait ?? realWait,
  });
  const client = new (octokitWith(plainRetry))({
    auth: options.token,
    baseUrl: (options.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, ""),
    userAgent: "waymark",
    log: silent,
    request: { fetch: countingFetch },
    // A 429 is ours (honourRetryAfter) or throttling's: plugin-retry would ignore retry-after.
    retry: {
      retryAfterBaseValue: base,
      retries: 3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
    },
    throttle: {
      retryAfterBaseValue: base,
      fallbackSecondaryRateRetryAfter: 60,
      onRateLimit: wait,
      onSecondaryRateLimit: wait,
      ...(options.pace === "writes" && options.writeGapMs === undefined
        ? {}
        : {
            write: new Bottleneck.Group({
              maxConcurrent: 1,
              minTime: options.pace === "writes" ? (options.writeGapMs ?? 0) : 0,
            }),
          }),
    },
  });
  return { client, counter };
}
