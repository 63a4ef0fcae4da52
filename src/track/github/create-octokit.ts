import { Octokit } from "@octokit/core";
import { paginateGraphQL } from "@octokit/plugin-paginate-graphql";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import Bottleneck from "bottleneck";

import { DEFAULT_API_URL } from "../resolve-api-url.js";

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
}

export const WaymarkOctokit = Octokit.plugin(throttling, retry, paginateGraphQL);
export type Client = InstanceType<typeof WaymarkOctokit>;

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
  const client = new WaymarkOctokit({
    auth: options.token,
    baseUrl: (options.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, ""),
    userAgent: "waymark",
    log: silent,
    request: { fetch: countingFetch },
    retry: { retryAfterBaseValue: base, retries: 3 },
    throttle: {
      retryAfterBaseValue: base,
      fallbackSecondaryRateRetryAfter: 60,
      onRateLimit: wait,
      onSecondaryRateLimit: wait,
      ...(options.pace === "writes"
        ? {}
        : { write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }) }),
    },
  });
  return { client, counter };
}
